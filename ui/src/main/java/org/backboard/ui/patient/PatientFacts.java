package org.backboard.ui.patient;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import org.backboard.core.patient.BirthDate;
import org.backboard.core.patient.Patient;
import org.backboard.core.patient.PatientDetails;
import org.backboard.core.patient.PatientStatus;
import org.backboard.ui.components.Dates;

/** The patient's demographics as a definition list. */
class PatientFacts extends DescriptionList {


    PatientFacts(Patient patient, String therapistName, LocalDate today) {
        PatientDetails details = patient.details();
        addClassName("bb-facts");
        setId("patient-facts");
        fact("MRN", new Span(details.mrn().value()));
        fact("Age", new Span(BirthDate.ageInYears(details.dateOfBirth(), today) + " years (born "
                + Dates.day(details.dateOfBirth()) + ")"));
        fact("Sex", new Span(details.sex().label()));
        fact("Phone", new Span(details.contact().phone().orElse("—")));
        fact("Email", new Span(details.contact().email().orElse("—")));
        fact("Therapist", new Span(therapistName));
        Span status = new Span(patient.status().label());
        status.addClassNames("bb-status",
                patient.status() == PatientStatus.ACTIVE ? "bb-status-active" : "bb-status-archived");
        fact("Status", status);
    }

    /** MRN, age, sex, therapist and status in one line, beside the name. */
    static Span oneLine(Patient patient, String therapistName, LocalDate today) {
        PatientDetails details = patient.details();
        Span line = new Span("MRN " + details.mrn().value() + " · "
                + BirthDate.ageInYears(details.dateOfBirth(), today) + " years · " + details.sex().label() + " · "
                + therapistName + (patient.status() == PatientStatus.ACTIVE ? "" : " · " + patient.status().label()));
        line.setId("patient-summary");
        line.addClassName("bb-muted");
        return line;
    }

    private void fact(String term, Component value) {
        add(new Term(term), new Description(value));
    }
}
