package org.backboard.persistence.patient;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.backboard.core.patient.PatientStatus;
import org.backboard.core.patient.RosterQuery;
import org.backboard.core.patient.RosterSort;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * Builds the roster's WHERE and ORDER BY from a query. Sort columns come from a closed enum, so
 * no user text ever reaches the SQL; search terms are bound parameters.
 */
final class RosterSql {

    private RosterSql() {
    }

    /** Each whitespace-separated term must occur in name or MRN (served by the trigram index). */
    static String where(RosterQuery query, MapSqlParameterSource params) {
        List<String> conditions = new ArrayList<>();
        if (!query.includeArchived()) {
            conditions.add("p.status = '" + PatientStatus.ACTIVE.name() + "'");
        }
        query.therapist().ifPresent(id -> {
            conditions.add("p.therapist_id = :therapist");
            params.addValue("therapist", id.value());
        });
        query.search().ifPresent(search -> {
            String[] terms = search.toLowerCase(Locale.ROOT).split("\\s+");
            for (int i = 0; i < terms.length && i < 5; i++) {
                conditions.add("p.search_text like :term" + i + " escape '\\'");
                params.addValue("term" + i, "%" + escapeLike(terms[i]) + "%");
            }
        });
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    static String orderBy(List<RosterSort> sort) {
        List<String> parts = new ArrayList<>();
        for (RosterSort s : sort) {
            String dir = s.ascending() ? " asc" : " desc";
            switch (s.column()) {
                case NAME -> {
                    parts.add("p.family_name" + dir);
                    parts.add("p.given_name" + dir);
                }
                case MRN -> parts.add("p.mrn" + dir);
                // youngest first when ascending by age, i.e. latest birth date first
                case AGE -> parts.add("p.date_of_birth" + (s.ascending() ? " desc" : " asc"));
                case THERAPIST -> parts.add("c.display_name" + dir);
                case STATUS -> parts.add("p.status" + dir);
            }
        }
        parts.add("p.id");
        return " order by " + String.join(", ", parts);
    }

    private static String escapeLike(String term) {
        return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
