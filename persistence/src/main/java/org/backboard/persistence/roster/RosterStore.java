package org.backboard.persistence.roster;

import java.sql.ResultSet;
import java.sql.SQLException;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.backboard.core.clinician.ClinicianId;
import org.backboard.core.outcome.PainChange;
import org.backboard.core.patient.PatientId;
import org.backboard.core.patient.PatientStatus;
import org.backboard.core.roster.Roster;
import org.backboard.core.roster.RosterQuery;
import org.backboard.core.roster.RosterRow;
import org.backboard.core.roster.RosterSort;
import org.backboard.core.symptom.PainScore;
import org.backboard.persistence.SqlQuery;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The roster read model: one SQL query per page, one per count. An export runs the pages' own query
 * over all its rows through a cursor, so the rows are never all in memory at once.
 */
@Repository
class RosterStore implements Roster {

    /** Rows fetched per round trip while exporting, and handed over (with their pain) per batch. */
    private static final int EXPORT_BATCH = 500;

    private final NamedParameterJdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate cursor;

    RosterStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
        JdbcTemplate fetching = new JdbcTemplate(jdbc.getJdbcTemplate().getDataSource());
        fetching.setFetchSize(EXPORT_BATCH);
        this.cursor = new NamedParameterJdbcTemplate(fetching);
    }

    @Override
    public List<RosterRow> page(RosterQuery query, List<RosterSort> sort, LocalDate asOf, int offset, int limit) {
        SqlQuery page = RosterSql.page(query, sort, asOf, offset, limit);
        return withPain(jdbc.query(page.text(), page.parameters(), RosterStore::row));
    }

    @Override
    public int count(RosterQuery query, LocalDate asOf) {
        SqlQuery count = RosterSql.count(query, asOf);
        Integer rows = jdbc.queryForObject(count.text(), count.parameters(), Integer.class);
        return rows == null ? 0 : rows;
    }

    /**
     * The same query as a page from the first row to {@code limit}. PostgreSQL's driver fetches through a
     * cursor only inside a transaction (without one it reads every row first), hence MANDATORY.
     */
    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void export(RosterQuery query, List<RosterSort> sort, LocalDate asOf, int limit, Predicate<RosterRow> rows) {
        SqlQuery all = RosterSql.page(query, sort, asOf, 0, limit);
        cursor.query(all.text(), all.parameters(), (ResultSetExtractor<Void>) rs -> {
            List<RosterRow> batch = new ArrayList<>(EXPORT_BATCH);
            boolean wanted = true;
            while (wanted && rs.next()) {
                batch.add(row(rs, 0));
                if (batch.size() == EXPORT_BATCH) {
                    wanted = handOver(batch, rows);
                    batch.clear();
                }
            }
            if (wanted) {
                handOver(batch, rows);
            }
            return null;
        });
    }

    private boolean handOver(List<RosterRow> batch, Predicate<RosterRow> rows) {
        for (RosterRow row : withPain(batch)) {
            if (!rows.test(row)) {
                return false;
            }
        }
        return true;
    }

    private static RosterRow row(ResultSet rs, int rowNum) throws SQLException {
        Integer worstFlag = rs.getObject("worst_flag", Integer.class);
        return new RosterRow(
                new PatientId(rs.getObject("id", UUID.class)),
                rs.getString("mrn"),
                rs.getString("given_name"),
                rs.getString("family_name"),
                rs.getObject("date_of_birth", LocalDate.class),
                new ClinicianId(rs.getObject("therapist_id", UUID.class)),
                rs.getString("therapist_name"),
                PatientStatus.valueOf(rs.getString("status")),
                Optional.ofNullable(rs.getObject("open_onset", LocalDate.class)),
                Optional.ofNullable(worstFlag).map(FlagRank::tier), Optional.empty());
    }

    /** The page's pain changes in one more read: each patient's most advanced open episode's marks. */
    private List<RosterRow> withPain(List<RosterRow> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        Map<UUID, PainChange> changes = new HashMap<>();
        jdbc.query("""
                select distinct on (e.patient_id) e.patient_id, ep.baseline, ep.latest
                  from episode e left join episode_pain ep on ep.episode_id = e.id
                 where e.patient_id = any (cast(:patients as uuid[])) and e.status <> 'DISCHARGED'
                 order by e.patient_id, e.onset_date, e.id""",
                new MapSqlParameterSource("patients", rows.stream().map(r -> r.id().value()).toArray(UUID[]::new)),
                rs -> {
                    // the most advanced open episode, even before its first check-in (then no pain is shown)
                    Integer baseline = rs.getObject("baseline", Integer.class);
                    if (baseline != null) {
                        changes.put(rs.getObject("patient_id", UUID.class), PainChange.between(
                                new PainScore(baseline), new PainScore(rs.getInt("latest"))));
                    }
                });
        return rows.stream().map(row -> row.withPain(Optional.ofNullable(changes.get(row.id().value())))).toList();
    }
}
