package org.backboard.ui.worklist;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import org.backboard.core.care.WorklistService;
import org.backboard.core.clinician.Actor;
import org.backboard.core.worklist.ItemAcknowledgement;
import org.backboard.core.worklist.WorkItem;
import org.backboard.ui.components.FormDialog;

/** Takes an item off today's worklist, with an optional note of what was done; recorded with who and when. */
final class AcknowledgeItemDialog extends FormDialog {

    AcknowledgeItemDialog(WorklistService worklist, Actor actor, WorkItem item, Runnable onSaved) {
        super("Acknowledge: " + item.kind().label(), "acknowledge-item", "Acknowledge");
        Paragraph what = new Paragraph(item.patient().name() + ": " + item.reason());
        TextArea note = new TextArea("What was done (optional)");
        note.setMaxLength(ItemAcknowledgement.MAX_NOTE);
        note.setWidthFull();
        note.setId("acknowledge-note");
        add(what, note);
        field("note", note);
        onSave(() -> worklist.acknowledge(actor, item.key(), note.getValue()), onSaved);
    }
}
