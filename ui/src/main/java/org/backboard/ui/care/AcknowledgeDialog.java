package org.backboard.ui.care;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import org.backboard.core.care.RedFlagService;
import org.backboard.core.clinician.Actor;
import org.backboard.core.redflag.Acknowledgement;
import org.backboard.core.redflag.AcknowledgementAction;
import org.backboard.core.redflag.RaisedFlag;
import org.backboard.ui.components.FormDialog;

/** Closes a red flag: what was done, and a note. The flag stays on the record with who and when. */
final class AcknowledgeDialog {

    private AcknowledgeDialog() {
    }

    static FormDialog open(RedFlagService flags, Actor actor, RaisedFlag flag, Runnable onSaved) {
        RadioButtonGroup<AcknowledgementAction> action = new RadioButtonGroup<>("Action taken");
        action.setItems(AcknowledgementAction.values());
        action.setItemLabelGenerator(AcknowledgementAction::label);
        action.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        action.setId("acknowledge-action");
        TextArea note = new TextArea("Note");
        note.setMaxLength(Acknowledgement.NOTE_MAX_LENGTH);
        note.setWidthFull();
        note.setId("acknowledge-note");
        FormDialog dialog = new FormDialog("Acknowledge red flag", "acknowledge-dialog", "Acknowledge");
        Paragraph sign = new Paragraph(flag.tier().label() + ": " + flag.sign().warningSign());
        sign.addClassName("bb-ack-sign");
        dialog.add(sign, action, note);
        dialog.field("action", action);
        dialog.field("note", note);
        dialog.onSave(() -> flags.acknowledge(actor, flag.id(), flag.version(), action.getValue(), note.getValue()),
                onSaved);
        return dialog;
    }
}
