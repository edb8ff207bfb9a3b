package org.backboard.persistence.patient;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.backboard.core.clinician.ClinicianId;
import org.backboard.core.patient.DuplicateMrnException;
import org.backboard.core.patient.Mrn;
import org.backboard.core.patient.Patient;
import org.backboard.core.patient.PatientId;
import org.backboard.core.patient.Patients;
import org.backboard.core.patient.PatientSeeding;
import org.backboard.core.shared.ConcurrentChangeException;
import org.backboard.persistence.BulkCopy;
import org.backboard.persistence.UniqueConstraint;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import jakarta.transaction.Transactional;

/** Patients in PostgreSQL: the aggregate through Spring Data JPA, bulk loads through COPY. */
@Repository
class PatientStore implements Patients, PatientSeeding {

    private static final UniqueConstraint MRN_UNIQUE = new UniqueConstraint("patient_mrn_uk");
    /** The columns {@link PatientEntity#read} maps. */
    private static final String SELECT = """
            select id, mrn, given_name, family_name, date_of_birth, sex, phone, email, therapist_id, status,
                   created_at, updated_at, version
              from patient""";

    private final PatientRepository repository;
    private final NamedParameterJdbcTemplate jdbc;

    PatientStore(PatientRepository repository, NamedParameterJdbcTemplate jdbc) {
        this.repository = repository;
        this.jdbc = jdbc;
    }

    @Override
    public List<Patient> changedBetween(Optional<ClinicianId> therapist, Instant from, Instant until, int offset,
                                        int limit) {
        return therapist.map(id -> repository.changedBetween(id.value(), from, until, offset, limit))
                .orElseGet(() -> repository.changedBetween(from, until, offset, limit))
                .stream().map(PatientEntity::toDomain).toList();
    }

    /**
     * Through SQL: the access guard reads the patient on every call. A change still goes through the
     * repository: {@link #save} loads the entity and merges the version read here.
     */
    @Override
    public Optional<Patient> find(PatientId id) {
        return jdbc.query(SELECT + " where id = :id", Map.of("id", id.value()),
                (rs, row) -> PatientEntity.read(rs).toDomain()).stream().findFirst();
    }

    @Override
    public Optional<LocalDate> earliestCareDate(PatientId id) {
        // an onset known only to the month may have been on its last day, but never after the start
        return Optional.ofNullable(jdbc.queryForObject("""
                select min(least(start_date, case when onset_precision = 'MONTH'
                                then (onset_date + interval '1 month - 1 day')::date else onset_date end))
                  from episode where patient_id = :id""", Map.of("id", id.value()), LocalDate.class));
    }

    @Override
    public List<Patient> batchAfter(Optional<ClinicianId> therapist, Optional<PatientId> after, int limit) {
        // keyset on the primary key: each batch is one index range, however far the export has got. The
        // conditions are written only when they apply, so no generic plan has to cover an absent one
        List<String> conditions = new ArrayList<>();
        therapist.ifPresent(id -> conditions.add("therapist_id = :therapist"));
        after.ifPresent(id -> conditions.add("id > :after"));
        return jdbc.query(SELECT
                        + (conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions))
                        + " order by id limit :limit",
                new MapSqlParameterSource()
                        .addValue("therapist", therapist.map(ClinicianId::value).orElse(null))
                        .addValue("after", after.map(PatientId::value).orElse(null))
                        .addValue("limit", limit),
                (rs, row) -> PatientEntity.read(rs).toDomain());
    }

    @Override
    public boolean existsWithMrn(Mrn mrn, Optional<PatientId> except) {
        return except.map(id -> repository.existsByMrnAndIdNot(mrn.value(), id.value()))
                .orElseGet(() -> repository.existsByMrn(mrn.value()));
    }

    /**
     * A stored patient is merged with the version the caller read: Hibernate's {@code @Version} refuses it when
     * that version is stale, and its update refuses it when someone committed in between.
     */
    @Override
    @Transactional
    public Patient save(Patient patient) {
        boolean stored = repository.findById(patient.id().value()).isPresent();
        try {
            return repository.saveAndFlush(stored ? PatientEntity.stored(patient) : PatientEntity.newFrom(patient))
                    .toDomain();
        } catch (OptimisticLockingFailureException e) {
            throw new ConcurrentChangeException("this patient");
        } catch (DataIntegrityViolationException e) {
            if (MRN_UNIQUE.violatedBy(e)) {
                throw new DuplicateMrnException();
            }
            throw e;
        }
    }

    @Override
    public Set<Mrn> existingMrns(Collection<Mrn> mrns) {
        if (mrns.isEmpty()) {
            return Set.of();
        }
        // one array parameter, however many MRNs (an import asks for up to 10,000 at once)
        String[] values = mrns.stream().map(Mrn::value).distinct().toArray(String[]::new);
        return Set.copyOf(jdbc.query("select mrn from patient where mrn = any (cast(:mrns as varchar[]))",
                Map.of("mrns", values), (rs, row) -> new Mrn(rs.getString(1))));
    }

    @Override
    @Transactional
    public void insertAll(List<Patient> patients) {
        try {
            copy(patients);
        } catch (DataIntegrityViolationException e) {
            if (MRN_UNIQUE.violatedBy(e)) {
                throw new DuplicateMrnException();
            }
            throw e;
        }
    }

    private void copy(List<Patient> patients) {
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
