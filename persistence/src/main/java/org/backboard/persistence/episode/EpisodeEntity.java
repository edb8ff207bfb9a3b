package org.backboard.persistence.episode;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.backboard.core.clinician.ClinicianId;
import org.backboard.core.episode.BodyRegion;
import org.backboard.core.episode.Discharge;
import org.backboard.core.episode.Episode;
import org.backboard.core.episode.EpisodeDetails;
import org.backboard.core.episode.EpisodeId;
import org.backboard.core.episode.EpisodeStatus;
import org.backboard.core.episode.OnsetPrecision;
import org.backboard.core.episode.PainType;
import org.backboard.core.episode.RiskFactor;
import org.backboard.core.episode.SymptomOnset;
import org.backboard.core.episode.WorkingDiagnosis;
import org.backboard.core.patient.PatientId;
import org.backboard.persistence.VersionedRow;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "episode")
class EpisodeEntity extends VersionedRow {

    @Column(name = "patient_id", nullable = false, updatable = false)
    private UUID patientId;

    @Column(name = "therapist_id", nullable = false)
    private UUID therapistId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private BodyRegion region;

    @Column(name = "onset_date", nullable = false)
    private LocalDate onsetDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "onset_precision", nullable = false)
    private OnsetPrecision onsetPrecision;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private WorkingDiagnosis diagnosis;

    @Enumerated(EnumType.STRING)
    @Column(name = "pain_type", nullable = false)
    private PainType painType;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "risk_factors", nullable = false)
    private String[] riskFactors;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EpisodeStatus status;

    @Column(name = "discharge_date")
    private LocalDate dischargeDate;

    @Column(name = "discharge_reason")
    private String dischargeReason;

    protected EpisodeEntity() {
    }

    static EpisodeEntity from(Episode episode, boolean stored) {
        EpisodeEntity entity = new EpisodeEntity();
        entity.identify(episode.id().value(), episode.version(), stored);
        EpisodeDetails details = episode.details();
        entity.patientId = episode.patient().value();
        entity.therapistId = episode.therapist().value();
        entity.region = details.region();
        entity.onsetDate = details.onset().date();
        entity.onsetPrecision = details.onset().precision();
        entity.startDate = details.startDate();
        entity.diagnosis = details.diagnosis();
        entity.painType = details.painType();
        entity.riskFactors = details.riskFactors().stream().map(Enum::name).sorted().toArray(String[]::new);
        entity.status = episode.status();
        entity.dischargeDate = episode.discharge().map(Discharge::date).orElse(null);
        entity.dischargeReason = episode.discharge().map(Discharge::reason).orElse(null);
        return entity;
    }

    /**
     * The entity of a row read through SQL: a screen's list of episodes, where Hibernate would rebuild its query
     * for every call and track rows nobody changes. Edits still load an episode through the repository.
     */
    static EpisodeEntity read(ResultSet rs) throws SQLException {
        EpisodeEntity entity = new EpisodeEntity();
        entity.identify(rs.getObject("id", UUID.class), rs.getLong("version"), true);
        entity.patientId = rs.getObject("patient_id", UUID.class);
        entity.therapistId = rs.getObject("therapist_id", UUID.class);
        entity.region = BodyRegion.valueOf(rs.getString("region"));
        entity.onsetDate = rs.getObject("onset_date", LocalDate.class);
        entity.onsetPrecision = OnsetPrecision.valueOf(rs.getString("onset_precision"));
        entity.startDate = rs.getObject("start_date", LocalDate.class);
        entity.diagnosis = WorkingDiagnosis.valueOf(rs.getString("diagnosis"));
        entity.painType = PainType.valueOf(rs.getString("pain_type"));
        entity.riskFactors = (String[]) rs.getArray("risk_factors").getArray();
        entity.status = EpisodeStatus.valueOf(rs.getString("status"));
        entity.dischargeDate = rs.getObject("discharge_date", LocalDate.class);
        entity.dischargeReason = rs.getString("discharge_reason");
        return entity;
    }

    Episode toDomain() {
        EpisodeDetails details = new EpisodeDetails(region, new SymptomOnset(onsetDate, onsetPrecision), startDate,
                diagnosis, painType, Arrays.stream(riskFactors).map(RiskFactor::valueOf).collect(Collectors.toSet()));
        Optional<Discharge> discharge = Optional.ofNullable(dischargeDate)
                .map(date -> new Discharge(date, dischargeReason));
        return new Episode(new EpisodeId(id()), new PatientId(patientId), details, new ClinicianId(therapistId),
                status, discharge, version());
    }
}
