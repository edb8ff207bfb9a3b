package org.backboard.persistence.patient;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.backboard.core.clinician.ClinicianId;
import org.backboard.core.patient.ContactDetails;
import org.backboard.core.patient.DuplicateMrnException;
import org.backboard.core.patient.Mrn;
import org.backboard.core.patient.Patient;
import org.backboard.core.patient.PatientDetails;
import org.backboard.core.patient.PatientId;
import org.backboard.core.patient.PatientStatus;
import org.backboard.core.patient.Patients;
import org.backboard.core.patient.PatientSeeding;
import org.backboard.core.patient.PersonName;
import org.backboard.core.patient.Sex;
import org.backboard.core.shared.ConcurrentChangeException;
import org.backboard.persistence.BulkCopy;
import org.hibernate.exception.ConstraintViolationException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import jakarta.transaction.Transactional;

/** Patients in PostgreSQL: JPA for the aggregate, batched JDBC for bulk loads. */
@Repository
class PatientStore implements Patients, PatientSeeding {

    private static final String MRN_UNIQUE = "patient_mrn_uk";

    private final PatientRepository repository;
    private final EntityManager entityManager;
    private final NamedParameterJdbcTemplate jdbc;

    PatientStore(PatientRepository repository, EntityManager entityManager, NamedParameterJdbcTemplate jdbc) {
        this.repository = repository;
        this.entityManager = entityManager;
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Patient> find(PatientId id) {
        // read on every patient page and caseload check: a plain query, not an entity load (saves flush first)
        return jdbc.query("select id, mrn, given_name, family_name, date_of_birth, sex, phone, email, therapist_id,"
                        + " status, created_at, updated_at, version from patient where id = :id",
                new MapSqlParameterSource("id", id.value()), PatientStore::patient).stream().findFirst();
    }

    private static Patient patient(ResultSet rs, int row) throws SQLException {
        PatientDetails details = new PatientDetails(new Mrn(rs.getString("mrn")),
                new PersonName(rs.getString("given_name"), rs.getString("family_name")),
                rs.getObject("date_of_birth", LocalDate.class), Sex.valueOf(rs.getString("sex")),
                new ContactDetails(Optional.ofNullable(rs.getString("phone")), Optional.ofNullable(rs.getString("email"))));
        return new Patient(new PatientId(rs.getObject("id", UUID.class)), details,
                new ClinicianId(rs.getObject("therapist_id", UUID.class)), PatientStatus.valueOf(rs.getString("status")),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant(),
                rs.getLong("version"));
    }

    @Override
    public Optional<LocalDate> earliestCareDate(PatientId id) {
        // an onset known only to the month may have been on its last day
        return Optional.ofNullable(jdbc.queryForObject("""
                select min(case when onset_precision = 'MONTH'
                                then (onset_date + interval '1 month - 1 day')::date else onset_date end)
                  from episode where patient_id = :id""", Map.of("id", id.value()), LocalDate.class));
    }

    @Override
    public boolean existsWithMrn(Mrn mrn, Optional<PatientId> except) {
        return except.map(id -> repository.existsByMrnAndIdNot(mrn.value(), id.value()))
                .orElseGet(() -> repository.existsByMrn(mrn.value()));
    }

    @Override
    @Transactional
    public Patient save(Patient patient) {
        PatientEntity entity = entityManager.find(PatientEntity.class, patient.id().value());
        if (entity == null) {
            entity = PatientEntity.newFrom(patient);
            entityManager.persist(entity);
        } else if (entity.version() != patient.version()) {
            throw new ConcurrentChangeException("this patient");
        } else {
            entity.copyChangeableFrom(patient);
        }
        try {
            entityManager.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentChangeException("this patient");
        } catch (ConstraintViolationException e) {
            if (MRN_UNIQUE.equals(e.getConstraintName())) {
                throw new DuplicateMrnException();
            }
            throw e;
        }
        return entity.toDomain();
    }

    @Override
    public Set<Mrn> existingMrns(Collection<Mrn> mrns) {
        if (mrns.isEmpty()) {
            return Set.of();
        }
        List<String> values = mrns.stream().map(Mrn::value).toList();
        return Set.copyOf(jdbc.query("select mrn from patient where mrn in (:mrns)", Map.of("mrns", values),
                (rs, row) -> new Mrn(rs.getString(1))));
    }

    @Override
    @Transactional
    public void insertAll(List<Patient> patients) {
        BulkCopy.copy(jdbc, """
                insert into patient (id, mrn, given_name, family_name, date_of_birth, sex, phone, email,
                                     therapist_id, status, created_at, updated_at, version)
                values (:id, :mrn, :given, :family, :dob, :sex, :phone, :email,
                        :therapist, :status, :created, :updated, 0)""",
                patients.stream().map(PatientStore::insertParameters).toList());
    }

    private static MapSqlParameterSource insertParameters(Patient patient) {
        var details = patient.details();
        return new MapSqlParameterSource()
                .addValue("id", patient.id().value())
                .addValue("mrn", details.mrn().value())
                .addValue("given", details.name().given())
                .addValue("family", details.name().family())
                .addValue("dob", details.dateOfBirth())
                .addValue("sex", details.sex().name())
                .addValue("phone", details.contact().phone().orElse(null))
                .addValue("email", details.contact().email().orElse(null))
                .addValue("therapist", patient.therapist().value())
                .addValue("status", patient.status().name())
                .addValue("created", Timestamp.from(patient.createdAt()))
                .addValue("updated", Timestamp.from(patient.updatedAt()));
    }

    @Override
    public void refreshStatistics() {
        jdbc.getJdbcTemplate().execute("analyze patient");
    }

}
