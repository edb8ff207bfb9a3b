package org.backboard.persistence.roster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.backboard.core.episode.Chronicity;
import org.backboard.core.patient.PatientStatus;
import org.backboard.core.redflag.Tier;
import org.backboard.core.roster.RosterQuery;
import org.backboard.core.roster.RosterSort;
import org.backboard.core.roster.StageFilter;
import org.backboard.persistence.SqlQuery;

/**
 * Builds the roster queries, each as one {@link SqlQuery}. Sort columns come from closed enums, so
 * no user text ever reaches the SQL; every value (search terms, date bounds, status, tiers) is a
 * bound parameter, except the flag rank (see {@link #flagConditions}). Stage bounds come from core's
 * {@link StageFilter} and {@link Chronicity}, so the chronicity rule exists once; the onsets they
 * are compared with are kept on each patient row by triggers ({@code open_onset} and
 * {@code worst_flag}, V8), so filters, counts and sorts read one table's indexes.
 */
final class RosterSql {

    private static final String COLUMNS = """
            select p.id, p.mrn, p.given_name, p.family_name, p.date_of_birth, p.therapist_id,
                   c.display_name as therapist_name, p.status, p.open_onset, p.worst_flag""";

    private static final String FROM = " from patient p join clinician c on c.id = p.therapist_id";

    /**
     * A search is matched first through the trigram index, then sorted: without the fence the
     * planner may walk the name index hoping to meet matches early, which is slow when they
     * cluster (every "Smith" sits under S).
     */
    private static final String SEARCH_FIRST = """
            with matches as materialized (select id from patient where %s)
            """;

    /**
     * Terms of a search beyond the fifth are ignored: five already pin a name or MRN, and each term
     * is one more trigram index probe and one more statement text for the driver to prepare, so a
     * long pasted text must not multiply either.
     */
    static final int MAX_SEARCH_TERMS = 5;

    private RosterSql() {
    }

    static SqlQuery page(RosterQuery query, List<RosterSort> sort, LocalDate asOf, int offset, int limit) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("offset", offset);
        params.put("limit", limit);
        params.put("reach", offset + limit);
        return new SqlQuery(pageText(query, sort, asOf, params), params);
    }

    private static String pageText(RosterQuery query, List<RosterSort> sort, LocalDate asOf, Map<String, Object> params) {
        List<String> search = searchConditions(query, params);
        List<String> filters = filterConditions(query, asOf, params);
        String prefix = "";
        String matches = "";
        if (!search.isEmpty()) {
            prefix = SEARCH_FIRST.formatted(String.join(" and ", search));
            matches = " join matches m on m.id = p.id";
        }
        if (sort.stream().anyMatch(s -> s.column() == RosterSort.Column.DAYS_TO_CHRONIC)) {
            params.put("chronicOnsetBound", Chronicity.chronicOnsetOnOrBefore(asOf));
            if (sort.size() == 1) {
                return prefix + byDaysToChronic(FROM + matches, filters, sort.get(0).ascending());
            }
        }
        return prefix + deferredJoin(sort, matches, filters);
    }

    /**
     * The page's ids first, then their rows: skipping to a deep page walks only the sort index
     * (by name an index-only scan, V11), and only the page's 50 rows are read from the table.
     */
    private static String deferredJoin(List<RosterSort> sort, String matches, List<String> filters) {
        boolean byTherapist = sort.stream().anyMatch(s -> s.column() == RosterSort.Column.THERAPIST);
        String order = orderBy(sort);
        String pageIds = "select p.id from patient p" + (byTherapist ? " join clinician c on c.id = p.therapist_id" : "")
                + matches + where(filters) + order + " offset :offset limit :limit";
        return COLUMNS + FROM + " join (" + pageIds + ") page on page.id = p.id" + order;
    }

    /**
     * Days until chronic, as two index walks instead of one sort of the clinic: first the patients
     * still short of chronic, by onset (fewer days left first when ascending); then everyone else
     * (chronic, or no open episode) by name. Each part reads no further than the page's end.
     */
    private static String byDaysToChronic(String from, List<String> filters, boolean ascending) {
        String dir = ascending ? " asc" : " desc";
        List<String> shortOfChronic = new ArrayList<>(filters);
        shortOfChronic.add("p.open_onset > :chronicOnsetBound");
        List<String> rest = new ArrayList<>(filters);
        rest.add("(p.open_onset <= :chronicOnsetBound or p.open_onset is null)");
        return "select * from ("
                + "(" + COLUMNS + ", 0 as part" + from + where(shortOfChronic)
                + " order by p.open_onset" + dir + ", " + byName("p.", dir) + " limit :reach)"
                + " union all "
                + "(" + COLUMNS + ", 1 as part" + from + where(rest) + " order by " + byName("p.", dir) + " limit :reach)"
                + ") r order by part, case when part = 0 then open_onset end" + dir + ", " + byName("", dir)
                + " offset :offset limit :limit";
    }

    private static String byName(String table, String dir) {
        return table + "family_name" + dir + ", " + table + "given_name" + dir + ", " + table + "id" + dir;
    }

    static SqlQuery count(RosterQuery query, LocalDate asOf) {
        Map<String, Object> params = new LinkedHashMap<>();
        List<String> conditions = new ArrayList<>(filterConditions(query, asOf, params));
        conditions.addAll(searchConditions(query, params));
        return new SqlQuery("select count(*) from patient p" + where(conditions), params);
    }

    private static List<String> filterConditions(RosterQuery query, LocalDate asOf, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>();
        if (!query.includeArchived()) {
            conditions.add("p.status = :status");
            params.put("status", PatientStatus.ACTIVE.name());
        }
        query.therapist().ifPresent(id -> {
            conditions.add("p.therapist_id = :therapist");
            params.put("therapist", id.value());
        });
        query.stage().ifPresent(stage -> conditions.addAll(stageConditions(stage.onsets(asOf), params)));
        query.flags().ifPresent(flags -> conditions.addAll(flagConditions(flags.tiers(), params)));
        return conditions;
    }

    /**
     * The patient's most urgent open flag ({@code worst_flag}, see {@link FlagRank}) is at least as
     * urgent as the least urgent tier asked for; when a more urgent tier is not asked for, the
     * patient's open flags confirm one of the asked tiers.
     */
    private static List<String> flagConditions(Set<Tier> tiers, Map<String, Object> params) {
        int leastUrgent = tiers.stream().mapToInt(FlagRank::of).max().orElseThrow();
        List<String> conditions = new ArrayList<>();
        // The one value kept in the text: bound, it leaves PostgreSQL's generic plan guessing a
        // third of the clinic flagged, and that plan hash-joins the whole patient table (EXPLAIN at
        // 100,000 patients). A rank from FlagRank, which RosterStoreTest ties to the trigger.
        conditions.add("p.worst_flag <= " + leastUrgent);
        // fewer tiers asked than ranks up to the least urgent one: a more urgent tier is left out
        if (tiers.size() <= leastUrgent) {
            conditions.add("exists (select 1 from red_flag f where f.patient_id = p.id"
                    + " and f.acknowledged_at is null and f.tier in (:tiers))");
            params.put("tiers", tiers.stream().map(Tier::name).toList());
        }
        return conditions;
    }

    /** The earliest open onset lies in the range. */
    private static List<String> stageConditions(StageFilter.OnsetRange range, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>();
        params.put("onsetUntil", range.onOrBefore());
        conditions.add("p.open_onset <= :onsetUntil");
        range.after().ifPresent(after -> {
            params.put("onsetAfter", after);
            conditions.add("p.open_onset > :onsetAfter");
        });
        return conditions;
    }

    /** Each whitespace-separated term must occur in name or MRN (served by the trigram index). */
    private static List<String> searchConditions(RosterQuery query, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>();
        query.search().ifPresent(search -> {
            String[] terms = search.toLowerCase(Locale.ROOT).split("\\s+");
            for (int i = 0; i < terms.length && i < MAX_SEARCH_TERMS; i++) {
                conditions.add("search_text like :term" + i + " escape '\\'");
                params.put("term" + i, "%" + escapeLike(terms[i]) + "%");
            }
        });
        return conditions;
    }

    private static String where(List<String> conditions) {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    /** The id breaks ties in the direction of the last sort term, so PostgreSQL can walk one index either way. */
    static String orderBy(List<RosterSort> sort) {
        List<String> parts = new ArrayList<>();
        String lastDirection = " asc";
        for (RosterSort s : sort) {
            // ascending age means youngest first, i.e. the latest birth date first
            boolean ascending = s.column() == RosterSort.Column.AGE ? !s.ascending() : s.ascending();
            String dir = ascending ? " asc" : " desc";
            switch (s.column()) {
                case NAME -> {
                    parts.add("p.family_name" + dir);
                    parts.add("p.given_name" + dir);
                }
                case MRN -> parts.add("p.mrn" + dir);
                case AGE -> parts.add("p.date_of_birth" + dir);
                case THERAPIST -> parts.add("c.display_name" + dir);
                case STATUS -> parts.add("p.status" + dir);
                // fewer days left means an earlier onset; chronic and no open episode sort last either way
                case DAYS_TO_CHRONIC -> parts.add("case when p.open_onset > :chronicOnsetBound then p.open_onset end"
                        + dir + " nulls last");
            }
            lastDirection = dir;
        }
        if (sort.stream().allMatch(RosterSql::fewDistinctValues)) {
            // many patients share a therapist, a status or a day: within one, list them by name
            parts.add("p.family_name" + lastDirection);
            parts.add("p.given_name" + lastDirection);
        }
        parts.add("p.id" + lastDirection);
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
