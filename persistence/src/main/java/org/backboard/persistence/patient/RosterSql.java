package org.backboard.persistence.patient;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.backboard.core.patient.PatientStatus;
import org.backboard.core.patient.RosterQuery;
import org.backboard.core.patient.RosterSort;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * Builds the roster queries. Sort columns come from a closed enum, so no user text ever reaches
 * the SQL; search terms are bound parameters.
 */
final class RosterSql {

    private static final String COLUMNS = """
            select p.id, p.mrn, p.given_name, p.family_name, p.date_of_birth, p.therapist_id,
                   c.display_name as therapist_name, p.status
              from patient p join clinician c on c.id = p.therapist_id""";

    /**
     * A search is matched first through the trigram index, then sorted: without the fence the
     * planner may walk the name index hoping to meet matches early, which is slow when they
     * cluster (every "Smith" sits under S).
     */
    private static final String SEARCH_FIRST = """
            with matches as materialized (select id from patient where %s)
            """;

    private RosterSql() {
    }

    static String page(RosterQuery query, List<RosterSort> sort, MapSqlParameterSource params) {
        List<String> search = searchConditions(query, params);
        List<String> filters = filterConditions(query, params);
        String sql = COLUMNS;
        if (!search.isEmpty()) {
            sql = SEARCH_FIRST.formatted(String.join(" and ", search)) + sql + " join matches m on m.id = p.id";
        }
        return sql + where(filters) + orderBy(sort) + " offset :offset limit :limit";
    }

    static String count(RosterQuery query, MapSqlParameterSource params) {
        List<String> conditions = new ArrayList<>(filterConditions(query, params));
        conditions.addAll(searchConditions(query, params));
        return "select count(*) from patient p" + where(conditions);
    }

    private static List<String> filterConditions(RosterQuery query, MapSqlParameterSource params) {
        List<String> conditions = new ArrayList<>();
        if (!query.includeArchived()) {
            conditions.add("p.status = '" + PatientStatus.ACTIVE.name() + "'");
        }
        query.therapist().ifPresent(id -> {
            conditions.add("p.therapist_id = :therapist");
            params.addValue("therapist", id.value());
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
            }
            lastDirection = dir;
        }
        if (sort.stream().allMatch(RosterSql::fewDistinctValues)) {
            // many patients share a therapist or a status: within one, list them by name
            parts.add("p.family_name" + lastDirection);
            parts.add("p.given_name" + lastDirection);
        }
        parts.add("p.id" + lastDirection);
        return " order by " + String.join(", ", parts);
    }

    private static boolean fewDistinctValues(RosterSort sort) {
        return sort.column() == RosterSort.Column.THERAPIST || sort.column() == RosterSort.Column.STATUS;
    }

    private static String escapeLike(String term) {
        return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
