package org.backboard.persistence.bulkexport;

import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.zip.GZIPInputStream;
import org.backboard.core.apiclient.ApiClientId;
import org.backboard.core.bulkexport.ClaimedExport;
import org.backboard.core.bulkexport.EncodedPart;
import org.backboard.core.bulkexport.ExportFile;
import org.backboard.core.bulkexport.ExportJob;
import org.backboard.core.bulkexport.ExportJobId;
import org.backboard.core.bulkexport.ExportJobs;
import org.backboard.core.bulkexport.ExportRequest;
import org.backboard.core.bulkexport.ExportScope;
import org.backboard.core.bulkexport.ExportState;
import org.backboard.core.bulkexport.ExportType;
import org.backboard.core.clinician.ClinicianId;
import org.backboard.core.mail.Lease;
import org.backboard.core.patient.PatientId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Export jobs and their files in PostgreSQL, through SQL: a job row is a queue entry leased like the
 * mail outbox's ({@code FOR UPDATE SKIP LOCKED}, a lease token fencing every write), and each of its
 * files is a run of gzip'ed parts streamed out one row at a time.
 */
@Repository
class ExportJobStore implements ExportJobs {

    private static final String COLUMNS = """
            id, client_id, scope_therapist, types, since, request_url, state, transaction_time, after_patient,
            patients_exported, failure, finished_at, expires_at""";

    private final NamedParameterJdbcTemplate jdbc;
    /** Fetches one part per round trip: a part is up to a few megabytes, and only one is held at a time. */
    private final NamedParameterJdbcTemplate partCursor;

    ExportJobStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
        JdbcTemplate fetching = new JdbcTemplate(jdbc.getJdbcTemplate().getDataSource());
        fetching.setFetchSize(1);
        this.partCursor = new NamedParameterJdbcTemplate(fetching);
    }

    @Override
    @Transactional
    public void add(ExportJob job) {
        ExportRequest request = job.request();
        jdbc.update("""
                insert into bulk_export_job (id, client_id, scope_therapist, types, since, request_url, state,
                                             transaction_time)
                values (:id, :client, :therapist, :types, :since, :url, 'QUEUED', :at)""",
                new MapSqlParameterSource()
                        .addValue("id", job.id().value())
                        .addValue("client", job.owner().value())
                        .addValue("therapist", request.scope().therapist().map(ClinicianId::value).orElse(null))
                        .addValue("types", request.types().stream().sorted().map(Enum::name).toArray(String[]::new))
                        .addValue("since", request.since().map(Timestamp::from).orElse(null))
                        .addValue("url", job.requestUrl())
                        .addValue("at", Timestamp.from(job.transactionTime())));
    }

    @Override
    public Optional<ExportJob> find(ExportJobId id) {
        return jdbc.query("select " + COLUMNS + " from bulk_export_job where id = :id",
                new MapSqlParameterSource("id", id.value()), ExportJobStore::job).stream().findFirst();
    }

    @Override
    public List<ExportFile> files(ExportJobId id) {
        return jdbc.query("""
                        select resource_type, sum(resources) from bulk_export_part where job_id = :id
                         group by resource_type""",
                        new MapSqlParameterSource("id", id.value()),
                        (rs, row) -> new ExportFile(ExportType.valueOf(rs.getString(1)), rs.getLong(2)))
                .stream().sorted(Comparator.comparing(ExportFile::type)).toList();
    }

    /** PostgreSQL's driver fetches through a cursor only inside a transaction, hence its own. */
    @Override
    @Transactional
    public boolean writeFile(ExportJobId id, ExportType type, OutputStream out) throws IOException {
        try {
            Boolean any = partCursor.query("""
                            select data from bulk_export_part where job_id = :id and resource_type = :type
                             order by batch""",
                    new MapSqlParameterSource().addValue("id", id.value()).addValue("type", type.name()),
                    (ResultSetExtractor<Boolean>) rs -> {
                        boolean found = false;
                        while (rs.next()) {
                            found = true;
                            try (InputStream part = new GZIPInputStream(rs.getBinaryStream(1), 64 * 1024)) {
                                part.transferTo(out);
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            }
                        }
                        return found;
                    });
            return Boolean.TRUE.equals(any);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    @Override
    @Transactional
    public boolean delete(ExportJobId id) {
        return jdbc.update("delete from bulk_export_job where id = :id", new MapSqlParameterSource("id", id.value())) == 1;
    }

    @Override
    @Transactional
    public int deleteExpired(Instant now) {
        return jdbc.update("delete from bulk_export_job where expires_at <= :now",
                new MapSqlParameterSource("now", Timestamp.from(now)));
    }

    /** Holds the client's row to the end of the transaction: two kick-offs at once count one after the other. */
    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public int unfinished(ApiClientId owner) {
        MapSqlParameterSource client = new MapSqlParameterSource("client", owner.value());
        jdbc.query("select id from api_client where id = :client for update", client, row -> { });
        Integer count = jdbc.queryForObject("""
                select count(*) from bulk_export_job where client_id = :client and state in ('QUEUED', 'RUNNING')""",
                client, Integer.class);
        return count == null ? 0 : count;
    }

    /** Its own transaction, committed on return even inside a caller's: the lease must hold before a batch. */
    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<ClaimedExport> claimNext(Instant now, Lease lease) {
        return jdbc.query("""
                with due as (
                    select id from bulk_export_job
                     where state in ('QUEUED', 'RUNNING') and (claimed_until is null or claimed_until <= :now)
                     order by transaction_time
                     limit 1
                       for update skip locked)
                update bulk_export_job j
                   set claim = :token, claimed_until = :until, state = 'RUNNING'
                  from due
                 where j.id = due.id
                returning j.id, j.client_id, j.scope_therapist, j.types, j.since, j.request_url, j.state,
                          j.transaction_time, j.after_patient, j.patients_exported, j.failure, j.finished_at,
                          j.expires_at""",
                new MapSqlParameterSource()
                        .addValue("now", Timestamp.from(now))
                        .addValue("token", lease.token())
                        .addValue("until", Timestamp.from(lease.until())),
                (rs, row) -> new ClaimedExport(job(rs, row),
                        Optional.ofNullable(rs.getObject("after_patient", UUID.class)).map(PatientId::new), lease))
                .stream().findFirst();
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean recordBatch(ClaimedExport claim, PatientId last, int patients, List<EncodedPart> parts, Lease renewed) {
        if (!renewed.token().equals(claim.lease().token())) {
            throw new IllegalArgumentException("a renewed lease keeps its token");
        }
        List<Integer> batch = jdbc.query("""
                update bulk_export_job
                   set after_patient = :last, patients_exported = patients_exported + :patients,
                       batches = batches + 1, claimed_until = :until
                 where id = :id and claim = :token
                returning batches""",
                new MapSqlParameterSource()
                        .addValue("id", claim.job().id().value())
                        .addValue("token", claim.lease().token())
                        .addValue("last", last.value())
                        .addValue("patients", patients)
                        .addValue("until", Timestamp.from(renewed.until())),
                (rs, row) -> rs.getInt(1));
        if (batch.isEmpty()) {
            return false;
        }
        List<MapSqlParameterSource> rows = new ArrayList<>();
        for (EncodedPart part : parts) {
            rows.add(new MapSqlParameterSource()
                    .addValue("job", claim.job().id().value())
                    .addValue("type", part.type().name())
                    .addValue("batch", batch.getFirst())
                    .addValue("resources", part.resources())
                    .addValue("data", part.gzippedNdjson()));
        }
        jdbc.batchUpdate("""
                insert into bulk_export_part (job_id, resource_type, batch, resources, data)
                values (:job, :type, :batch, :resources, :data)""", rows.toArray(MapSqlParameterSource[]::new));
        return true;
    }

    @Override
    @Transactional
    public boolean finish(ClaimedExport claim, Optional<String> failure, Instant at, Instant expiresAt) {
        return jdbc.update("""
                update bulk_export_job
                   set state = :state, failure = :failure, finished_at = :at, expires_at = :expires,
                       claim = null, claimed_until = null
                 where id = :id and claim = :token""",
                new MapSqlParameterSource()
                        .addValue("id", claim.job().id().value())
                        .addValue("token", claim.lease().token())
                        .addValue("state", (failure.isPresent() ? ExportState.FAILED : ExportState.COMPLETED).name())
                        .addValue("failure", failure.orElse(null))
                        .addValue("at", Timestamp.from(at))
                        .addValue("expires", Timestamp.from(expiresAt))) == 1;
    }

    @Override
    @Transactional
    public int countFailure(ClaimedExport claim) {
        return jdbc.query("""
                        update bulk_export_job set failures = failures + 1
                         where id = :id and claim = :token returning failures""",
                new MapSqlParameterSource()
                        .addValue("id", claim.job().id().value())
                        .addValue("token", claim.lease().token()),
                (rs, row) -> rs.getInt(1)).stream().findFirst().orElse(0);
    }

    @Override
    @Transactional
    public void release(ClaimedExport claim) {
        jdbc.update("update bulk_export_job set claim = null, claimed_until = null where id = :id and claim = :token",
                new MapSqlParameterSource()
                        .addValue("id", claim.job().id().value())
                        .addValue("token", claim.lease().token()));
    }

    private static ExportJob job(ResultSet rs, int row) throws SQLException {
        Optional<ClinicianId> therapist = Optional.ofNullable(rs.getObject("scope_therapist", UUID.class))
                .map(ClinicianId::new);
        ExportScope scope = therapist.map(ExportScope::caseload).orElseGet(ExportScope::wholeClinic);
        ExportRequest request = new ExportRequest(scope, types(rs.getArray("types")),
                Optional.ofNullable(rs.getTimestamp("since")).map(Timestamp::toInstant));
        return new ExportJob(new ExportJobId(rs.getObject("id", UUID.class)),
                new ApiClientId(rs.getObject("client_id", UUID.class)),
                request, rs.getString("request_url"), ExportState.valueOf(rs.getString("state")),
                rs.getTimestamp("transaction_time").toInstant(), rs.getInt("patients_exported"),
                Optional.ofNullable(rs.getString("failure")),
                Optional.ofNullable(rs.getTimestamp("finished_at")).map(Timestamp::toInstant),
                Optional.ofNullable(rs.getTimestamp("expires_at")).map(Timestamp::toInstant));
    }

    private static Set<ExportType> types(Array array) throws SQLException {
        Set<ExportType> types = EnumSet.noneOf(ExportType.class);
        Arrays.stream((String[]) array.getArray()).map(ExportType::valueOf).forEach(types::add);
        return types;
    }
}
