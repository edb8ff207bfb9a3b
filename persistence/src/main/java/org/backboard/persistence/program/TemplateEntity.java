package org.backboard.persistence.program;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.backboard.core.program.ProgramTemplate;
import org.backboard.core.program.TemplateId;
import org.backboard.persistence.VersionedRow;

/**
 * A template with its exercises, saved as a whole: its items are a bag (no index column), so a save that
 * changes them deletes the template's item rows and inserts them again, the order being their position.
 */
@Entity
@Table(name = "program_template")
class TemplateEntity extends VersionedRow {

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String description;

    @Column(nullable = false)
    private boolean retired;

    @ElementCollection
    @CollectionTable(name = "program_template_item", joinColumns = @JoinColumn(name = "template_id"))
    @OrderBy("position")
    private List<TemplateItem> items = new ArrayList<>();

    protected TemplateEntity() {
    }

    static TemplateEntity from(ProgramTemplate template, boolean stored) {
        TemplateEntity entity = new TemplateEntity();
        entity.identify(template.id().value(), template.version(), stored);
        entity.name = template.name();
        entity.description = template.description();
        entity.retired = template.retired();
        for (int i = 0; i < template.prescriptions().size(); i++) {
            entity.items.add(TemplateItem.of(i + 1, template.prescriptions().get(i)));
        }
        return entity;
    }

    ProgramTemplate toDomain() {
        return new ProgramTemplate(new TemplateId(id()), name, description,
                items.stream().map(TemplateItem::toDomain).toList(), retired, version());
    }
}
