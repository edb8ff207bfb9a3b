package org.backboard.persistence.clinic;

import java.time.LocalDate;
import java.util.List;
import org.backboard.core.clinic.ClinicFigures;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The clinic outcomes' counts, grouped so that a few hundred rows at most leave the database:
 * onsets from the roster's index, pain pairs from episode_pain, session pairs from each version's
 * sessions a week and the sessions of the window.
 */
@Repository
public class ClinicFiguresStore implements ClinicFigures {

    private final NamedParameterJdbcTemplate jdbc;

    ClinicFiguresStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<OnsetCount> openOnsets() {
        return jdbc.query("""
                select open_onset, count(*) from patient
                 where open_onset is not null and status = 'ACTIVE'
                 group by open_onset""", new MapSqlParameterSource(),
                (rs, row) -> new OnsetCount(rs.getObject(1, LocalDate.class), rs.getLong(2)));
    }

    @Override
    public List<PainPair> painAtWeek(int week, LocalDate reachedBy) {
        String column = switch (week) {
            case 4 -> "week4";
            case 8 -> "week8";
            case 12 -> "week12";
            default -> throw new IllegalArgumentException("pain is marked at weeks 4, 8 and 12");
        };
        return jdbc.query("select ep.baseline, ep." + column + ", count(*) from episode_pain ep "
                        + "join episode e on e.id = ep.episode_id "
                        + "where e.onset_date <= :reachedBy and ep." + column + " is not null group by 1, 2",
                new MapSqlParameterSource("reachedBy", reachedBy),
                (rs, row) -> new PainPair(rs.getInt(1), rs.getInt(2), rs.getLong(3)));
    }

    @Override
    public List<SessionPair> sessionsBetween(LocalDate from, LocalDate to) {
        // each version counts from its effective date (or the window's start) to the next version's
        // (or the day after the window): the same days ProgramAdherence.sessionDays reads it for
        return jdbc.query("""
                with open_program as (
                    select pr.id from program pr join episode e on e.id = pr.episode_id and e.status = 'ACTIVE'
                ), version_span as (
                    select v.program_id, v.effective_from, v.sessions_per_week,
                           lead(v.effective_from) over (partition by v.program_id order by v.number) as next_from
                      from program_version v join open_program o on o.id = v.program_id
                ), session_days as (
                    select program_id,
                           sum(greatest(0, least(coalesce(next_from, :dayAfter), :dayAfter)
                                           - greatest(effective_from, :from))::bigint * sessions_per_week) as days
                      from version_span group by program_id
                ), done as (
                    select s.program_id, count(*) as completed from exercise_session s
                     where s.session_date between :from and :to group by s.program_id
                )
                select d.days, coalesce(done.completed, 0), count(*)
                  from session_days d left join done on done.program_id = d.program_id
                 group by 1, 2""",
                new MapSqlParameterSource("from", from).addValue("to", to).addValue("dayAfter", to.plusDays(1)),
                (rs, row) -> new SessionPair(rs.getLong(1), rs.getInt(2), rs.getLong(3)));
    }
}
