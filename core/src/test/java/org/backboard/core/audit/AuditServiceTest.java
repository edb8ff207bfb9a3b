package org.backboard.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.backboard.core.clinician.Actor;
import org.backboard.core.clinician.InMemoryClinicians;
import org.backboard.core.clinician.Role;
import org.backboard.core.shared.NotPermittedException;
import org.backboard.core.shared.RowSink;
import org.junit.jupiter.api.Test;

class AuditServiceTest {

    private static final Instant AT = Instant.parse("2026-11-21T09:30:00Z");

    private final List<AuditEntry> entries = new ArrayList<>();
    private final List<AuditEvent> recorded = new ArrayList<>();
    private final AuditTrail trail = new AuditTrail() {
        @Override
        public void record(AuditEvent event) {
            recorded.add(event);
        }

        @Override
        public List<AuditEntry> search(AuditQuery query, int offset, int limit) {
            return entries.subList(offset, Math.min(entries.size(), offset + limit));
        }

        @Override
        public int count(AuditQuery query) {
            return entries.size();
        }
    };
    private final InMemoryClinicians clinicians = new InMemoryClinicians();
    private final AuditService service = new AuditService(trail, clinicians, Clock.fixed(AT, ZoneOffset.UTC));
    private final Actor lead = clinicians.enrol("lena", "Lena Lead", Role.LEAD);

    @Test
    void theExportHandsOverEveryEventAfterBeginningAndIsItselfAudited() {
        entries.add(new AuditEntry(1, AT, "tara", AuditAction.PATIENT_UPDATED, "Okafor, Alex", "BB-000001", "check_in",
                "id-1", List.of("phone", "email")));
        entries.add(new AuditEntry(2, AT, "tara", AuditAction.SIGN_IN_FAILED, null, null, "session", "x", List.of()));
        List<String> received = new ArrayList<>();

        service.export(lead, AuditQuery.everything(), sink(received, 10));

        assertThat(received).containsExactly("begin", "1", "2");
        assertThat(recorded).extracting(AuditEvent::action).containsExactly(AuditAction.AUDIT_EXPORTED);
    }

    @Test
    void aReceiverThatHasGoneStopsTheExport() {
        for (int i = 1; i <= 5; i++) {
            entries.add(new AuditEntry(i, AT, "tara", AuditAction.SIGN_IN, null, null, "session", "x", List.of()));
        }
        List<String> received = new ArrayList<>();

        service.export(lead, AuditQuery.everything(), sink(received, 2));

        assertThat(received).containsExactly("begin", "1", "2");
    }

    @Test
    void aRecordIsNamedInWordsAndItsPatientByNameAndMrn() {
        AuditEntry checkIn = new AuditEntry(1, AT, "tara", AuditAction.CHECK_IN_RECORDED, "Okafor, Alex",
                "BB-000001", "check_in", "a75c0000-0000-0000-0000-000000000000", List.of());
        AuditEntry signIn = new AuditEntry(2, AT, "tara", AuditAction.SIGN_IN_FAILED, null, null, "session", "tara",
                List.of());

        assertThat(checkIn.record()).isEqualTo("Check-in");
        assertThat(checkIn.patient()).isEqualTo("Okafor, Alex (BB-000001)");
        assertThat(signIn.record()).isEqualTo("Sign-in");
        assertThat(signIn.patient()).isEmpty();
    }

    @Test
    void therapistsNeitherReadNorExportTheTrail() {
        Actor therapist = clinicians.enrol("tess", "Tess Therapist", Role.THERAPIST);

        assertThatThrownBy(() -> service.search(therapist, AuditQuery.everything(), 0, 10))
                .isInstanceOf(NotPermittedException.class);
        List<String> received = new ArrayList<>();
        assertThatThrownBy(() -> service.export(therapist, AuditQuery.everything(), sink(received, 10)))
                .isInstanceOf(NotPermittedException.class);
        assertThat(recorded).isEmpty();
        assertThat(received).as("nothing that looks like a file begins").isEmpty();
    }

    /** Records "begin" and each entry's id; answers false once it holds {@code takes} entries. */
    private static RowSink<AuditEntry> sink(List<String> received, int takes) {
        return new RowSink<>() {
            @Override
            public void begin() {
                received.add("begin");
            }

            @Override
            public boolean accept(AuditEntry entry) {
                received.add(String.valueOf(entry.id()));
                return received.size() <= takes;
            }
        };
    }
}
