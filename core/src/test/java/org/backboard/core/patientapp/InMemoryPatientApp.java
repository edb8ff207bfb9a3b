package org.backboard.core.patientapp;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.backboard.core.patient.PatientId;
import org.backboard.core.shared.ConcurrentChangeException;

/** Test fakes of the patient app's stores, with the database's version and uniqueness rules. */
public final class InMemoryPatientApp {

    private InMemoryPatientApp() {
    }

    public static final class Accounts implements PatientAccounts {

        private final Map<PatientId, PatientAccount> stored = new HashMap<>();

        @Override
        public Optional<PatientAccount> forPatient(PatientId patient) {
            return Optional.ofNullable(stored.get(patient));
        }

        @Override
        public Optional<PatientAccount> byName(SignInName name) {
            return stored.values().stream().filter(account -> account.name().equals(name)).findFirst();
        }

        @Override
        public PatientAccount save(PatientAccount account) {
            PatientAccount current = stored.get(account.patient());
            if (current != null && current.version() != account.version()) {
                throw new ConcurrentChangeException("this app account");
            }
            PatientAccount saved = new PatientAccount(account.patient(), account.name(), account.passwordHash(),
                    account.state(), account.createdAt(), account.closedAt(), account.lastSeenAt(),
                    current == null ? 0 : current.version() + 1);
            stored.put(account.patient(), saved);
            return saved;
        }

        @Override
        public void seen(PatientId patient, Instant at) {
            PatientAccount current = stored.get(patient);
            stored.put(patient, new PatientAccount(patient, current.name(), current.passwordHash(), current.state(),
                    current.createdAt(), current.closedAt(), Optional.of(at), current.version()));
        }
    }

    public static final class Stored implements Invitations {

        private final List<Invitation> stored = new ArrayList<>();

        @Override
        public void add(Invitation invitation) {
            if (invitation.isOpen() && stored.stream().anyMatch(i -> i.isOpen()
                    && i.patient().equals(invitation.patient()))) {
                throw new ConcurrentChangeException("this patient's invitation");
            }
            stored.add(invitation);
        }

        @Override
        public void update(Invitation invitation) {
            stored.replaceAll(i -> i.id().equals(invitation.id()) ? invitation : i);
        }

        @Override
        public Optional<Invitation> byTokenHash(String tokenHash) {
            return stored.stream().filter(i -> i.tokenHash().equals(tokenHash)).findFirst();
        }

        @Override
        public Optional<Invitation> byCodeHash(String codeHash) {
            return stored.stream().filter(i -> i.codeHash().equals(codeHash)).findFirst();
        }

        @Override
        public Optional<Invitation> latest(PatientId patient) {
            return stored.stream().filter(i -> i.patient().equals(patient))
                    .max(Comparator.comparing(Invitation::createdAt));
        }
    }

    /** Reminders without a database; "locking" is a lookup, as tests run on one thread. */
    public static final class StoredReminders implements Reminders {

        private record Row(LocalTime at, Optional<LocalDate> sentOn, Optional<String> stopHash) { }

        private final Map<PatientId, Row> stored = new HashMap<>();
        private final Map<PatientId, String> emails;

        /** {@code emails}: the address the patient table holds for each patient. */
        public StoredReminders(Map<PatientId, String> emails) {
            this.emails = emails;
        }

        @Override
        public Optional<LocalTime> timeFor(PatientId patient) {
            return Optional.ofNullable(stored.get(patient)).map(Row::at);
        }

        @Override
        public void set(PatientId patient, LocalTime at, Optional<LocalDate> sentOn) {
            Row old = stored.get(patient);
            stored.put(patient, new Row(at, sentOn, old == null ? Optional.empty() : old.stopHash()));
        }

        @Override
        public void stop(PatientId patient) {
            stored.remove(patient);
        }

        @Override
        public Optional<PatientId> stopByLink(String stopHash) {
            Optional<PatientId> found = stored.entrySet().stream()
                    .filter(e -> e.getValue().stopHash().filter(stopHash::equals).isPresent())
                    .map(Map.Entry::getKey).findFirst();
            found.ifPresent(stored::remove);
            return found;
        }

        @Override
        public List<Due> claimDue(LocalDate today, LocalTime now, int limit) {
            return stored.entrySet().stream()
                    .filter(e -> !e.getValue().at().isAfter(now))
                    .filter(e -> e.getValue().sentOn().map(today::isAfter).orElse(true))
                    .filter(e -> emails.containsKey(e.getKey()))
                    .limit(limit).map(e -> new Due(e.getKey(), emails.get(e.getKey()))).toList();
        }

        @Override
        public void sent(PatientId patient, LocalDate today, String stopHash) {
            Row old = stored.get(patient);
            stored.put(patient, new Row(old.at(), Optional.of(today), Optional.of(stopHash)));
        }
    }
}
