package org.backboard.persistence.exercise;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.backboard.core.exercise.Dosage;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/** A dosage in its four columns (sets, reps or hold_seconds, sessions_per_week), as every table with one stores it. */
public final class DosageColumns {

    private DosageColumns() {
    }

    public static MapSqlParameterSource bind(MapSqlParameterSource params, Dosage dosage) {
        params.addValue("sets", dosage.sets())
                .addValue("sessionsPerWeek", dosage.sessionsPerWeek());
        switch (dosage.effort()) {
            case Dosage.Reps reps -> params.addValue("reps", reps.count()).addValue("hold", null);
            case Dosage.Hold hold -> params.addValue("reps", null).addValue("hold", hold.seconds());
        }
        return params;
    }

    public static Dosage read(ResultSet rs) throws SQLException {
        Integer reps = rs.getObject("reps", Integer.class);
        Dosage.Effort effort = reps != null ? new Dosage.Reps(reps) : new Dosage.Hold(rs.getInt("hold_seconds"));
        return new Dosage(rs.getInt("sets"), effort, rs.getInt("sessions_per_week"));
    }
}
