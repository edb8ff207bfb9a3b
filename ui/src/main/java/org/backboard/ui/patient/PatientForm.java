package org.backboard.ui.patient;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.backboard.core.clinician.ClinicianSummary;
import org.backboard.core.patient.BirthDate;
import org.backboard.core.patient.ContactDetails;
import org.backboard.core.patient.Mrn;
import org.backboard.core.patient.PersonName;
import org.backboard.core.patient.Sex;
import org.backboard.core.shared.FieldProblem;
import org.backboard.ui.components.Dates;

/**
 * Patient demographics. The field validators call the same core rules the service applies, so
 * the form and the domain cannot disagree; the service still checks everything again.
 */
class PatientForm extends FormLayout {

    private final TextField mrn = new TextField("MRN");
    private final TextField givenName = new TextField("Given name");
    private final TextField familyName = new TextField("Family name");
    private final DatePicker dateOfBirth = new DatePicker("Date of birth");
    private final Select<Sex> sex = new Select<>();
    private final TextField phone = new TextField("Phone (optional)");
    // a plain text field: the email rule (and its message) is the domain's, not the browser's
    private final TextField email = new TextField("Email (optional)");
    private final ComboBox<ClinicianSummary> therapist = new ComboBox<>("Therapist");
    private final Binder<PatientFormData> binder = new Binder<>(PatientFormData.class);
    private final Map<String, HasValidation> fieldsByName;

    PatientForm(LocalDate today, List<ClinicianSummary> therapists) {
        mrn.setId("patient-mrn");
        mrn.setHelperText("3-20 letters, digits or dashes");
        givenName.setId("patient-given-name");
        familyName.setId("patient-family-name");
        dateOfBirth.setId("patient-date-of-birth");
        // the component checks min, max and typing before the binder does, so it needs the same messages
        dateOfBirth.setMax(today);
        dateOfBirth.setMin(today.minusYears(BirthDate.MAX_AGE + 1).plusDays(1));
        dateOfBirth.setI18n(new DatePicker.DatePickerI18n()
                .setBadInputErrorMessage("Enter a date like " + Dates.day(LocalDate.of(1980, 5, 17)))
                .setMaxErrorMessage(BirthDate.problem(today.plusDays(1), today).orElseThrow())
                .setMinErrorMessage(BirthDate.problem(today.minusYears(BirthDate.MAX_AGE + 1), today).orElseThrow()));
        sex.setLabel("Sex");
        sex.setId("patient-sex");
        sex.setItems(Sex.values());
        sex.setItemLabelGenerator(Sex::label);
        phone.setId("patient-phone");
        email.setId("patient-email");
        therapist.setId("patient-therapist");
        therapist.setItems(therapists);
        therapist.setItemLabelGenerator(ClinicianSummary::displayName);
        therapist.setVisible(!therapists.isEmpty());

        binder.forField(mrn).withValidator(rule(Mrn::problem)).bind("mrn");
        binder.forField(givenName).withValidator(rule(v -> PersonName.problem(v, "Given name"))).bind("givenName");
        binder.forField(familyName).withValidator(rule(v -> PersonName.problem(v, "Family name"))).bind("familyName");
        binder.forField(dateOfBirth).withValidator(rule(v -> BirthDate.problem(v, today))).bind("dateOfBirth");
        binder.forField(sex).asRequired("Sex is required (choose Unknown if not recorded)").bind("sex");
        binder.forField(phone).withValidator(rule(ContactDetails::phoneProblem)).bind("phone");
        binder.forField(email).withValidator(rule(ContactDetails::emailProblem)).bind("email");
        if (therapist.isVisible()) {
            binder.forField(therapist).asRequired("Choose the therapist who will treat this patient").bind("therapist");
        }

        mrn.setRequiredIndicatorVisible(true);
        givenName.setRequiredIndicatorVisible(true);
        familyName.setRequiredIndicatorVisible(true);
        dateOfBirth.setRequiredIndicatorVisible(true);

        fieldsByName = Map.of("mrn", mrn, "givenName", givenName, "familyName", familyName,
                "dateOfBirth", dateOfBirth, "sex", sex, "phone", phone, "email", email, "therapist", therapist);
        add(mrn, dateOfBirth, givenName, familyName, sex, therapist, phone, email);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("32em", 2));
    }

    void edit(PatientFormData data) {
        binder.readBean(data);
    }

    /** The form's content if every field passes; otherwise the fields show what to fix. */
    Optional<PatientFormData> read() {
        PatientFormData data = new PatientFormData();
        return binder.writeBeanIfValid(data) ? Optional.of(data) : Optional.empty();
    }

    /**
     * Shows problems the service found (for example a duplicate MRN) on their fields, and
     * returns those that belong to no visible field.
     */
    List<FieldProblem> showProblems(List<FieldProblem> problems) {
        List<FieldProblem> unplaced = new java.util.ArrayList<>();
        for (FieldProblem problem : problems) {
            HasValidation field = fieldsByName.get(problem.field());
            if (field == null || !((com.vaadin.flow.component.Component) field).isVisible()) {
                unplaced.add(problem);
                continue;
            }
            field.setErrorMessage(problem.message());
            field.setInvalid(true);
        }
        return unplaced;
    }

    private static <T> Validator<T> rule(Function<T, Optional<String>> problem) {
        return (value, context) -> problem.apply(value).map(ValidationResult::error).orElse(ValidationResult.ok());
    }
}
