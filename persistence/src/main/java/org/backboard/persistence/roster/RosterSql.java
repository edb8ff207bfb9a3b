package org.backboard.persistence.roster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.backboard.core.episode.Chronicity;
import org.backboard.core.patient.PatientStatus;
import org.backboard.core.redflag.Tier;
import org.backboard.core.roster.RosterQuery;
import org.backboard.core.roster.RosterSort;
import org.backboard.core.roster.StageFilter;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * Builds the roster queries. Sort columns come from closed enums, so no user text ever reaches
 * the SQL; search terms and date bounds are bound parameters. Stage bounds come from core's
 * {@link StageFilter} and {@link Chronicity}, so the chronicity rule exists once.
 */
final class RosterSql {

    private static final String OPEN = "e.status <> 'DISCHARGED'";

    private static final String COLUMNS = """
            select p.id, p.mrn, p.given_name, p.family_name, p.date_of_birth, p.therapist_id,
                   c.display_name as therapist_name, p.status""";

    private static final String FROM = " from patient p join clinician c on c.id = p.therapist_id";

    /**
     * A search is matched first through the trigram index, then sorted: without the fence the
     * planner may walk the name index hoping to meet matches early, which is slow when they
     * cluster (every "Smith" sits under S).
     */
    private static final String SEARCH_FIRST = """
            with matches as materialized (select id from patient where %s)
            """;

    /** Each patient's most advanced open episode: only joined when sorting by days until chronic. */
    private static final String OPEN_ONSETS = """
             left join (select e.patient_id, min(e.onset_date) as open_onset from episode e
                         where %s group by e.patient_id) oo on oo.patient_id = p.id""".formatted(OPEN);

    /**
     * Stage and worst open flag are read for the page's rows only, after paging: computing them
     * before the sort would cost a lookup per patient in the clinic.
     */
    private static final String PAGE_DETAILS = """
            select page.*,
                   (select min(e.onset_date) from episode e where e.patient_id = page.id and %s) as open_onset,
                   (select min(case f.tier when 'EMERGENCY' then 0 when 'URGENT' then 1 else 2 end)
                      from red_flag f where f.patient_id = page.id and f.acknowledged_at is null) as worst_flag
              from (%s) page
            """;

    private RosterSql() {
    }

    static String page(RosterQuery query, List<RosterSort> sort, LocalDate asOf, MapSqlParameterSource params) {
        List<String> search = searchConditions(query, params);
        List<String> filters = filterConditions(query, asOf, params);
        List<SortKey> keys = sortKeys(sort);
        StringBuilder inner = new StringBuilder();
        if (!search.isEmpty()) {
            inner.append(SEARCH_FIRST.formatted(String.join(" and ", search)));
        }
        inner.append(COLUMNS);
        for (int i = 0; i < keys.size(); i++) {
            inner.append(", ").append(keys.get(i).expression()).append(" as k").append(i);
        }
        inner.append(FROM);
        if (!search.isEmpty()) {
            inner.append(" join matches m on m.id = p.id");
        }
        if (sort.stream().anyMatch(s -> s.column() == RosterSort.Column.DAYS_TO_CHRONIC)) {
            inner.append(' ').append(OPEN_ONSETS);
            params.addValue("chronicOnsetBound", Chronicity.chronicOnsetOnOrBefore(asOf));
        }
        inner.append(where(filters)).append(orderBy(keys, false)).append(" offset :offset limit :limit");
        return PAGE_DETAILS.formatted(OPEN, inner) + orderBy(keys, true);
    }

    static String count(RosterQuery query, LocalDate asOf, MapSqlParameterSource params) {
        List<String> conditions = new ArrayList<>(filterConditions(query, asOf, params));
        conditions.addAll(searchConditions(query, params));
        return "select count(*) from patient p" + where(conditions);
    }

    private static List<String> filterConditions(RosterQuery query, LocalDate asOf, MapSqlParameterSource params) {
        List<String> conditions = new ArrayList<>();
        if (!query.includeArchived()) {
            conditions.add("p.status = '" + PatientStatus.ACTIVE.name() + "'");
        }
        query.therapist().ifPresent(id -> {
            conditions.add("p.therapist_id = :therapist");
            params.addValue("therapist", id.value());
        });
        query.stage().ifPresent(stage -> conditions.addAll(stageConditions(stage.onsets(asOf), params)));
        query.flags().ifPresent(flags -> {
            conditions.add("exists (select 1 from red_flag f where f.patient_id = p.id"
                    + " and f.acknowledged_at is null and f.tier in (:tiers))");
            params.addValue("tiers", flags.tiers().stream().map(Tier::name).toList());
        });
        return conditions;
    }

    /** The earliest open onset lies in the range: one open episode inside it, none before it. */
    private static List<String> stageConditions(StageFilter.OnsetRange range, MapSqlParameterSource params) {
        List<String> conditions = new ArrayList<>();
        params.addValue("onsetUntil", range.onOrBefore());
        conditions.add("exists (select 1 from episode e where e.patient_id = p.id and " + OPEN
                + " and e.onset_date <= :onsetUntil" + range.after().map(after -> " and e.onset_date > :onsetAfter")
                .orElse("") + ")");
        range.after().ifPresent(after -> {
            params.addValue("onsetAfter", after);
            conditions.add("not exists (select 1 from episode e where e.patient_id = p.id and " + OPEN
                    + " and e.onset_date <= :onsetAfter)");
        });
        return conditions;
    }

    /** Each whitespace-separated term must occur in name or MRN (served by the trigram index). */
    private static List<String> searchConditions(RosterQuery query, MapSqlParameterSource params) {
        List<String> conditions = new ArrayList<>();
        query.search().ifPresent(search -> {
            String[] terms = search.toLowerCase(Locale.ROOT).split("\\s+");
            for (int i = 0; i < terms.length && i < 5; i++) {
                conditions.add("search_text like :term" + i + " escape '\\'");
                params.addValue("term" + i, "%" + escapeLike(terms[i]) + "%");
            }
        });
        return conditions;
    }

    private static String where(List<String> conditions) {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private record SortKey(String expression, String direction) { }

    /** The id breaks ties in the direction of the last sort term, so PostgreSQL can walk one index either way. */
    static List<SortKey> sortKeys(List<RosterSort> sort) {
        List<SortKey> keys = new ArrayList<>();
        String lastDirection = " asc";
        for (RosterSort s : sort) {
            // ascending age means youngest first, i.e. the latest birth date first
            boolean ascending = s.column() == RosterSort.Column.AGE ? !s.ascending() : s.ascending();
            String dir = ascending ? " asc" : " desc";
            switch (s.column()) {
                case NAME -> {
                    keys.add(new SortKey("p.family_name", dir));
                    keys.add(new SortKey("p.given_name", dir));
                }
                case MRN -> keys.add(new SortKey("p.mrn", dir));
                case AGE -> keys.add(new SortKey("p.date_of_birth", dir));
                case THERAPIST -> keys.add(new SortKey("c.display_name", dir));
                case STATUS -> keys.add(new SortKey("p.status", dir));
                // fewer days left means an earlier onset; chronic and no open episode sort last either way
                case DAYS_TO_CHRONIC -> keys.add(new SortKey(
                        "case when oo.open_onset > :chronicOnsetBound then oo.open_onset end", dir + " nulls last"));
            }
            lastDirection = dir;
        }
        if (sort.stream().allMatch(RosterSql::fewDistinctValues)) {
            // many patients share a therapist, a status or a day: within one, list them by name
            keys.add(new SortKey("p.family_name", lastDirection));
            keys.add(new SortKey("p.given_name", lastDirection));
        }
        keys.add(new SortKey("p.id", lastDirection));
        return keys;
    }

    private static String orderBy(List<SortKey> keys, boolean byAlias) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            parts.add((byAlias ? "k" + i : keys.get(i).expression()) + keys.get(i).direction());
        }
        return " order by " + String.join(", ", parts);
    }

    private static boolean fewDistinctValues(RosterSort sort) {
        return sort.column() == RosterSort.Column.THERAPIST || sort.column() == RosterSort.Column.STATUS
                || sort.column() == RosterSort.Column.DAYS_TO_CHRONIC;
    }

    private static String escapeLike(String term) {
        return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
