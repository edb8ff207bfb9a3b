package org.backboard.ui.patient;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.List;
import java.util.function.Consumer;
import org.backboard.core.clinician.ClinicianId;
import org.backboard.core.clinician.ClinicianSummary;
import org.backboard.core.clinician.ClinicianDirectory;

/** Leads move a patient to another therapist's caseload. */
class ReassignDialog extends Dialog {

    ReassignDialog(ClinicianDirectory clinicians, ClinicianId current, Consumer<ClinicianId> reassign) {
        setHeaderTitle("Reassign therapist");
        setId("reassign-dialog");
        setWidth("min(26em, 95vw)");
        List<ClinicianSummary> therapists = clinicians.activeTherapists();
        ComboBox<ClinicianSummary> therapist = new ComboBox<>("New therapist", therapists);
        therapist.setItemLabelGenerator(ClinicianSummary::displayName);
        therapist.setId("reassign-therapist");
        therapists.stream().filter(c -> c.id().equals(current)).findFirst().ifPresent(therapist::setValue);
        therapist.setWidthFull();
        add(therapist);

        Button save = new Button("Reassign", click -> {
            if (therapist.getValue() == null) {
                therapist.setErrorMessage("Choose a therapist");
                therapist.setInvalid(true);
                return;
            }
            if (!therapist.getValue().id().equals(current)) {
                reassign.accept(therapist.getValue().id());
            }
            close();
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("reassign-save");
        getFooter().add(new Button("Cancel", click -> close()), save);
    }
}
