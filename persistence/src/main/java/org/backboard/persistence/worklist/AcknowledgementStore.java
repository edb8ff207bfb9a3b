package org.backboard.persistence.worklist;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.backboard.core.episode.EpisodeId;
import org.backboard.core.worklist.ItemAcknowledgement;
import org.backboard.core.worklist.ItemAcknowledgements;
import org.backboard.core.worklist.ItemKey;
import org.backboard.core.worklist.ItemKind;
import org.backboard.core.worklist.Severity;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** Worklist acknowledgements; the item's key is the primary key, so a second one is refused by the schema. */
@Repository
public class AcknowledgementStore implements ItemAcknowledgements {

    private final NamedParameterJdbcTemplate jdbc;

    AcknowledgementStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean add(ItemAcknowledgement acknowledgement) {
        ItemKey key = acknowledgement.key();
        return jdbc.update("""
                insert into worklist_acknowledgement (episode_id, kind, severity, since, patient_id, acknowledged_by,
                                                      acknowledged_at, note)
                values (:episode, :kind, :severity, :since, :patient, :by, :at, :note)
                on conflict do nothing""",
                new MapSqlParameterSource()
                        .addValue("episode", key.episode().value())
                        .addValue("kind", key.kind().name())
                        .addValue("severity", key.severity().name())
                        .addValue("since", key.since())
                        .addValue("patient", acknowledgement.patient().value())
                        .addValue("by", acknowledgement.by().value())
                        .addValue("at", Timestamp.from(acknowledgement.at()))
                        .addValue("note", acknowledgement.note())) == 1;
    }

    @Override
    public Set<ItemKey> acknowledged(Collection<EpisodeId> episodes) {
        Set<ItemKey> keys = new HashSet<>();
        if (episodes.isEmpty()) {
            return keys;
        }
        jdbc.query("""
                select episode_id, kind, severity, since from worklist_acknowledgement
                 where episode_id = any (cast(:episodes as uuid[]))""",
                new MapSqlParameterSource("episodes", episodes.stream().map(EpisodeId::value).toArray(UUID[]::new)),
                rs -> {
                    keys.add(new ItemKey(new EpisodeId(rs.getObject("episode_id", UUID.class)),
                            ItemKind.valueOf(rs.getString("kind")), Severity.valueOf(rs.getString("severity")),
                            rs.getObject("since", LocalDate.class)));
                });
        return keys;
    }
}
