package org.backboard.ui.patient;

import com.vaadin.flow.component.ComponentEvent;
import org.backboard.core.patient.Patient;

/** A patient dialog saved successfully. */
public class PatientSavedEvent extends ComponentEvent<PatientDialog> {

    private final Patient patient;

    PatientSavedEvent(PatientDialog source, Patient patient) {
        super(source, false);
        this.patient = patient;
    }

    public Patient patient() {
        return patient;
    }
}
