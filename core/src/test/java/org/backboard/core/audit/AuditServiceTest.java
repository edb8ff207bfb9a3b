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
    void theExportIsQuotedCsvWithOneLinePerEventAndIsItselfAudited() {
        entries.add(new AuditEntry(1, AT, "tara", AuditAction.PATIENT_UPDATED, "=Okafor, Alex", "BB-000001", "check_in", "id-1",
                List.of("phone", "email")));
        entries.add(new AuditEntry(2, AT, "say \"hi\"", AuditAction.SIGN_IN_FAILED, null, null, "session", "x", List.of()));

        String csv = service.exportCsv(lead, AuditQuery.everything());

        assertThat(csv.split("\r\n")).containsExactly(
                "time,who,action,patient,patient_mrn,record,entity,entity_id,changed_fields",
                "\"2026-11-21T09:30:00Z\",\"tara\",\"Patient updated\",\"'=Okafor, Alex\",\"BB-000001\",\"Check-in\","
                        + "\"check_in\",\"id-1\",\"phone email\"",
                "\"2026-11-21T09:30:00Z\",\"say \"\"hi\"\"\",\"Sign-in failed\",,,\"Sign-in\",\"session\",\"x\",\"\"");
        assertThat(recorded).extracting(AuditEvent::action).containsExactly(AuditAction.AUDIT_EXPORTED);
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
    void aCellThatASpreadsheetWouldRunAsAFormulaIsDefused() {
        entries.add(new AuditEntry(1, AT, "=HYPERLINK(\"x\")", AuditAction.SIGN_IN_FAILED, null, null, "session", "x",
                List.of()));

        assertThat(service.exportCsv(lead, AuditQuery.everything())).contains("\"'=HYPERLINK(\"\"x\"\")\"");
    }

    @Test
    void aFormulaFollowedByALineBreakOrBehindATabIsDefusedToo() {
        entries.add(new AuditEntry(1, AT, "=1+1\nok", AuditAction.SIGN_IN_FAILED, null, null, "session", "x",
                List.of()));
        entries.add(new AuditEntry(2, AT, "\t=1+1", AuditAction.SIGN_IN_FAILED, null, null, "session", "y",
                List.of()));

        assertThat(service.exportCsv(lead, AuditQuery.everything())).contains("\"'=1+1\nok\"").contains("\"'\t=1+1\"");
    }

    @Test
    void therapistsNeitherReadNorExportTheTrail() {
        Actor therapist = clinicians.enrol("tess", "Tess Therapist", Role.THERAPIST);

        assertThatThrownBy(() -> service.search(therapist, AuditQuery.everything(), 0, 10))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> service.exportCsv(therapist, AuditQuery.everything()))
                .isInstanceOf(NotPermittedException.class);
        assertThat(recorded).isEmpty();
    }
}
