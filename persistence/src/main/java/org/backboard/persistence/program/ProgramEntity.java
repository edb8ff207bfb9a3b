package org.backboard.persistence.program;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.backboard.core.episode.EpisodeId;
import org.backboard.core.patient.PatientId;
import org.backboard.core.program.Program;
import org.backboard.core.program.ProgramId;
import org.backboard.core.program.ProgramVersion;
import org.backboard.persistence.VersionedRow;

/**
 * A program's root row: what it belongs to, and the version that guards its revisions. Its versions are
 * history rows the database refuses to change, appended with SQL by {@link ProgramStore}.
 */
@Entity
@Table(name = "program")
class ProgramEntity extends VersionedRow {

    @Column(name = "episode_id", nullable = false, updatable = false)
    private UUID episodeId;

    @Column(name = "patient_id", nullable = false, updatable = false)
    private UUID patientId;

    protected ProgramEntity() {
    }

    static ProgramEntity from(Program program, boolean stored) {
        ProgramEntity entity = new ProgramEntity();
        entity.identify(program.id().value(), program.version(), stored);
        entity.episodeId = program.episode().value();
        entity.patientId = program.patient().value();
        return entity;
    }

    /** The root of a row read through SQL, for reads of many programs at once (see {@link ProgramStore}). */
    static ProgramEntity read(ResultSet rs) throws SQLException {
        ProgramEntity entity = new ProgramEntity();
        entity.identify(rs.getObject("id", UUID.class), rs.getLong("version"), true);
        entity.episodeId = rs.getObject("episode_id", UUID.class);
        entity.patientId = rs.getObject("patient_id", UUID.class);
        return entity;
    }

    Program toDomain(List<ProgramVersion> versions) {
        return new Program(new ProgramId(id()), new EpisodeId(episodeId), new PatientId(patientId), versions, version());
    }

    UUID programId() {
        return id();
    }

    long lockVersion() {
        return version();
    }
}
