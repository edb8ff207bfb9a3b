package org.backboard.persistence.program;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.backboard.core.exercise.ExerciseId;
import org.backboard.core.program.Prescription;
import org.backboard.core.program.ProgramTemplate;
import org.backboard.core.program.ProgramTemplates;
import org.backboard.core.program.TemplateId;
import org.backboard.core.shared.ConcurrentChangeException;
import org.backboard.persistence.exercise.DosageColumns;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import jakarta.transaction.Transactional;

/**
 * Program templates with their exercises. Unlike program versions, a template is edited in place:
 * applying it copied it, so no program depends on its past.
 */
@Repository
public class TemplateStore implements ProgramTemplates {

    private final NamedParameterJdbcTemplate jdbc;

    TemplateStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<ProgramTemplate> all() {
        return load("", new MapSqlParameterSource());
    }

    @Override
    public Optional<ProgramTemplate> find(TemplateId id) {
        return load(" where t.id = :id", new MapSqlParameterSource("id", id.value())).stream().findFirst();
    }

    @Override
    @Transactional
    public ProgramTemplate save(ProgramTemplate template) {
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("id", template.id().value())
                .addValue("name", template.name())
                .addValue("description", template.description())
                .addValue("retired", template.retired())
                .addValue("version", template.version());
        if (template.version() == 0) {
            jdbc.update("""
                    insert into program_template (id, name, description, retired, version)
                    values (:id, :name, :description, :retired, 1)""", params);
        } else {
            int updated = jdbc.update("""
                    update program_template set name = :name, description = :description, retired = :retired,
                           version = version + 1
                     where id = :id and version = :version""", params);
            if (updated == 0) {
                throw new ConcurrentChangeException("this template");
            }
            jdbc.update("delete from program_template_item where template_id = :id", params);
        }
        List<MapSqlParameterSource> items = new ArrayList<>();
        for (int i = 0; i < template.prescriptions().size(); i++) {
            Prescription item = template.prescriptions().get(i);
            items.add(DosageColumns.bind(new MapSqlParameterSource(), item.dosage())
                    .addValue("template", template.id().value())
                    .addValue("position", i + 1)
                    .addValue("exercise", item.exercise().value())
                    .addValue("notes", item.notes()));
        }
        jdbc.batchUpdate("""
                insert into program_template_item (template_id, position, exercise_id, sets, reps, hold_seconds,
                                                   sessions_per_week, notes)
                values (:template, :position, :exercise, :sets, :reps, :hold, :sessionsPerWeek, :notes)""",
                items.toArray(MapSqlParameterSource[]::new));
        return new ProgramTemplate(template.id(), template.name(), template.description(), template.prescriptions(),
                template.retired(), template.version() + 1);
    }

    private List<ProgramTemplate> load(String condition, MapSqlParameterSource params) {
        Map<UUID, List<Prescription>> items = new LinkedHashMap<>();
        Map<UUID, Head> heads = new LinkedHashMap<>();
        jdbc.query("""
                select t.id, t.name, t.description, t.retired, t.version, i.exercise_id, i.sets, i.reps,
                       i.hold_seconds, i.sessions_per_week, i.notes
                  from program_template t join program_template_item i on i.template_id = t.id""" + condition
                + " order by lower(t.name), t.id, i.position", params, rs -> {
                    UUID id = rs.getObject("id", UUID.class);
                    heads.putIfAbsent(id, new Head(rs.getString("name"), rs.getString("description"),
                            rs.getBoolean("retired"), rs.getLong("version")));
                    items.computeIfAbsent(id, k -> new ArrayList<>()).add(new Prescription(
                            new ExerciseId(rs.getObject("exercise_id", UUID.class)), DosageColumns.read(rs),
                            rs.getString("notes")));
                });
        return heads.entrySet().stream().map(entry -> {
            Head head = entry.getValue();
            return new ProgramTemplate(new TemplateId(entry.getKey()), head.name(), head.description(),
                    items.get(entry.getKey()), head.retired(), head.version());
        }).toList();
    }

    private record Head(String name, String description, boolean retired, long version) {
    }
}
