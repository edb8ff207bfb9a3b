package org.backboard.persistence.exercise;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.backboard.core.exercise.Exercise;
import org.backboard.core.exercise.ExerciseCategory;
import org.backboard.core.exercise.ExerciseDetails;
import org.backboard.core.exercise.ExerciseId;
import org.backboard.core.exercise.TargetRegion;
import org.backboard.persistence.VersionedRow;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "exercise")
class ExerciseEntity extends VersionedRow {

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ExerciseCategory category;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TargetRegion region;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    private String[] steps;

    @Column(nullable = false)
    private String cautions;

    @Embedded
    private EmbeddedDosage defaultDosage;

    @Column(nullable = false)
    private boolean retired;

    protected ExerciseEntity() {
    }

    static ExerciseEntity from(Exercise exercise, boolean stored) {
        ExerciseEntity entity = new ExerciseEntity();
        entity.identify(exercise.id().value(), exercise.version(), stored);
        ExerciseDetails details = exercise.details();
        entity.name = details.name();
        entity.category = details.category();
        entity.region = details.region();
        entity.steps = details.steps().toArray(String[]::new);
        entity.cautions = details.cautions();
        entity.defaultDosage = EmbeddedDosage.of(details.defaultDosage());
        entity.retired = exercise.retired();
        return entity;
    }

    /** An exercise of a row read through SQL, for reads of several at once (see {@link ExerciseStore#byIds}). */
    static ExerciseEntity read(ResultSet rs) throws SQLException {
        ExerciseEntity entity = new ExerciseEntity();
        entity.identify(rs.getObject("id", UUID.class), rs.getLong("version"), true);
        entity.name = rs.getString("name");
        entity.category = ExerciseCategory.valueOf(rs.getString("category"));
        entity.region = TargetRegion.valueOf(rs.getString("region"));
        entity.steps = (String[]) rs.getArray("steps").getArray();
        entity.cautions = rs.getString("cautions");
        entity.defaultDosage = EmbeddedDosage.of(DosageColumns.read(rs));
        entity.retired = rs.getBoolean("retired");
        return entity;
    }

    Exercise toDomain() {
        return new Exercise(new ExerciseId(id()), new ExerciseDetails(name, category, region, List.of(steps), cautions,
                defaultDosage.toDomain()), retired, version());
    }
}
