package org.backboard.persistence.patient;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.backboard.core.clinician.ClinicianId;
import org.backboard.core.patient.ContactDetails;
import org.backboard.core.patient.Mrn;
import org.backboard.core.patient.Patient;
import org.backboard.core.patient.PatientDetails;
import org.backboard.core.patient.PatientId;
import org.backboard.core.patient.PatientStatus;
import org.backboard.core.patient.PersonName;
import org.backboard.core.patient.Sex;

@Entity
@Table(name = "patient")
class PatientEntity {

    @Id
    private UUID id;

    @Column(nullable = false)
    private String mrn;

    @Column(name = "given_name", nullable = false)
    private String givenName;

    @Column(name = "family_name", nullable = false)
    private String familyName;

    @Column(name = "date_of_birth", nullable = false)
    private LocalDate dateOfBirth;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Sex sex;

    private String phone;

    private String email;

    @Column(name = "therapist_id", nullable = false)
    private UUID therapistId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PatientStatus status;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private Long version;

    protected PatientEntity() {
    }

    static PatientEntity newFrom(Patient patient) {
        PatientEntity entity = new PatientEntity();
        entity.id = patient.id().value();
        entity.createdAt = patient.createdAt();
        entity.copyChangeableFrom(patient);
        return entity;
    }

    /** A stored patient as the caller read it, version included, for a merge that checks it. */
    static PatientEntity stored(Patient patient) {
        PatientEntity entity = newFrom(patient);
        entity.version = patient.version();
        return entity;
    }

    private void copyChangeableFrom(Patient patient) {
        PatientDetails details = patient.details();
        mrn = details.mrn().value();
        givenName = details.name().given();
        familyName = details.name().family();
        dateOfBirth = details.dateOfBirth();
        sex = details.sex();
        phone = details.contact().phone().orElse(null);
        email = details.contact().email().orElse(null);
        therapistId = patient.therapist().value();
        status = patient.status();
        updatedAt = patient.updatedAt();
    }

    /** A row of {@code patient} read through SQL (the access guard's read, a bulk export's batch), for the one mapping. */
    static PatientEntity read(ResultSet rs) throws SQLException {
        PatientEntity entity = new PatientEntity();
        entity.id = rs.getObject("id", UUID.class);
        entity.mrn = rs.getString("mrn");
        entity.givenName = rs.getString("given_name");
        entity.familyName = rs.getString("family_name");
        entity.dateOfBirth = rs.getObject("date_of_birth", LocalDate.class);
        entity.sex = Sex.valueOf(rs.getString("sex"));
        entity.phone = rs.getString("phone");
        entity.email = rs.getString("email");
        entity.therapistId = rs.getObject("therapist_id", UUID.class);
        entity.status = PatientStatus.valueOf(rs.getString("status"));
        entity.createdAt = rs.getTimestamp("created_at").toInstant();
        entity.updatedAt = rs.getTimestamp("updated_at").toInstant();
        entity.version = rs.getLong("version");
        return entity;
    }

    Patient toDomain() {
        PatientDetails details = new PatientDetails(new Mrn(mrn), new PersonName(givenName, familyName), dateOfBirth,
                sex, new ContactDetails(Optional.ofNullable(phone), Optional.ofNullable(email)));
        return new Patient(new PatientId(id), details, new ClinicianId(therapistId), status, createdAt, updatedAt,
                version);
    }
}
