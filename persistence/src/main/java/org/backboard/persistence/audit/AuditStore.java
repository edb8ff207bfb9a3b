package org.backboard.persistence.audit;

import jakarta.transaction.Transactional;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.backboard.core.audit.AuditAction;
import org.backboard.core.audit.AuditEntry;
import org.backboard.core.audit.AuditEvent;
import org.backboard.core.audit.AuditQuery;
import org.backboard.core.audit.AuditTrail;
import org.backboard.core.patient.PersonName;
import org.backboard.persistence.BulkCopy;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** The audit trail in PostgreSQL: plain SQL, insert and read only (the table refuses the rest). */
@Repository
class AuditStore implements AuditTrail {

    private static final String ENTRIES = """
            select e.id, e.occurred_at, coalesce(c.username, case when e.patient_actor_id is not null then 'the patient (app)' end,
                            'API client ' || a.name, e.attempted_username) as who, e.action,
                   p.given_name, p.family_name, p.mrn as patient_mrn, e.entity, e.entity_id, e.changed_fields
              from audit_event e
              left join clinician c on c.id = e.actor_id
              left join api_client a on a.id = e.api_client_actor_id
              left join patient p on p.id = e.patient_id""";

    private static final String INSERT = """
            insert into audit_event (occurred_at, actor_id, patient_actor_id, api_client_actor_id, attempted_username,
                                     action, patient_id, entity, entity_id, changed_fields)
            values (:at, :actor, :patientActor, :apiClientActor, :attempted, :action, :patient, :entity, :entityId,
                    :fields)""";

    private final NamedParameterJdbcTemplate jdbc;

    AuditStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Only inside the caller's transaction: a change and its audit record commit or roll back together. */
    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(AuditEvent event) {
        jdbc.update(INSERT, parameters(event));
    }

    /** Through COPY, as the bulk loads write: an import audits thousands of patients at once. */
    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordAll(List<AuditEvent> events) {
        BulkCopy.copy(jdbc, INSERT, events.stream().map(AuditStore::parameters).toList());
    }

    private static MapSqlParameterSource parameters(AuditEvent event) {
        return new MapSqlParameterSource()
                .addValue("at", Timestamp.from(event.occurredAt()))
                .addValue("actor", event.actor().map(id -> id.value()).orElse(null))
                .addValue("patientActor", event.patientActor().orElse(null))
                .addValue("apiClientActor", event.apiClientActor().orElse(null))
                .addValue("attempted", event.attemptedUsername().orElse(null))
                .addValue("action", event.action().name())
                .addValue("patient", event.patient().orElse(null))
                .addValue("entity", event.entity())
                .addValue("entityId", event.entityId())
                .addValue("fields", String.join(",", event.changedFields()));
    }

    @Override
    public List<AuditEntry> search(AuditQuery query, int offset, int limit) {
        MapSqlParameterSource params = new MapSqlParameterSource().addValue("offset", offset).addValue("limit", limit);
        return jdbc.query(ENTRIES + where(query, params) + " order by e.occurred_at desc, e.id desc"
                + " offset :offset limit :limit", params, AuditStore::entry);
    }

    @Override
    public int count(AuditQuery query) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        Integer count = jdbc.queryForObject("select count(*) from audit_event e" + where(query, params), params,
                Integer.class);
        return count == null ? 0 : count;
    }

    private static String where(AuditQuery query, MapSqlParameterSource params) {
        List<String> conditions = new ArrayList<>();
        query.actor().ifPresent(actor -> {
            conditions.add("e.actor_id = :actor");
            params.addValue("actor", actor.value());
        });
        query.patientMrn().ifPresent(mrn -> {
            conditions.add("e.patient_id = (select id from patient where mrn = :mrn)");
            params.addValue("mrn", mrn.strip().toUpperCase(Locale.ROOT));
        });
        query.action().ifPresent(action -> {
            conditions.add("e.action = :action");
            params.addValue("action", action.name());
        });
        query.from().ifPresent(from -> {
            conditions.add("e.occurred_at >= :from");
            params.addValue("from", Timestamp.from(from));
        });
        query.until().ifPresent(until -> {
            conditions.add("e.occurred_at < :until");
            params.addValue("until", Timestamp.from(until));
        });
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
        String fields = rs.getString("changed_fields");
        return new AuditEntry(
                rs.getLong("id"),
                rs.getTimestamp("occurred_at").toInstant(),
                rs.getString("who"),
                AuditAction.valueOf(rs.getString("action")),
                rs.getString("patient_mrn") == null ? null
                        : new PersonName(rs.getString("given_name"), rs.getString("family_name")).sortable(),
                rs.getString("patient_mrn"),
                rs.getString("entity"),
                rs.getString("entity_id"),
                fields.isEmpty() ? List.of() : Arrays.asList(fields.split(",")));
    }
}
