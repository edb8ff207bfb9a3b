package org.backboard.ui.care;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import org.backboard.core.care.EpisodeService;
import org.backboard.core.clinician.Actor;
import org.backboard.core.episode.Episode;
import org.backboard.ui.components.FormDialog;

/** Ends an episode with a date and the reason, in the clinician's words. */
final class DischargeDialog {

    private DischargeDialog() {
    }

    static FormDialog open(EpisodeService episodes, Actor actor, Episode episode, LocalDate today, Runnable onSaved) {
        DatePicker date = new DatePicker("Discharge date", today);
        date.setMax(today);
        date.setMin(episode.details().startDate());
        date.setId("discharge-date");
        TextArea reason = new TextArea("Reason");
        reason.setMaxLength(500);
        reason.setWidthFull();
        reason.setPlaceholder("e.g. goals met, self-managing with home programme");
        reason.setId("discharge-reason");
        FormDialog dialog = new FormDialog("Discharge episode", "discharge-dialog", "Discharge");
        dialog.add(date, reason);
        dialog.field("dischargeDate", date);
        dialog.field("dischargeReason", reason);
        dialog.onSave(() -> episodes.discharge(actor, episode.id(), episode.version(), date.getValue(),
                reason.getValue()), onSaved);
        return dialog;
    }
}
