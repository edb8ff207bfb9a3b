package org.backboard.fhir;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.backboard.core.episode.Episode;
import org.backboard.core.exercise.Dosage;
import org.backboard.core.exercise.Exercise;
import org.backboard.core.exercise.ExerciseId;
import org.backboard.core.program.Prescription;
import org.backboard.core.program.Program;
import org.backboard.core.program.ProgramVersion;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CarePlan.CarePlanActivityDetailComponent;
import org.hl7.fhir.r4.model.CarePlan.CarePlanActivityStatus;
import org.hl7.fhir.r4.model.CarePlan.CarePlanStatus;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Timing;

/**
 * A home exercise program as FHIR CarePlan, one per program version: a version runs from its
 * effective date to the day before the next one, which {@code replaces} it. Each prescribed
 * exercise is one activity, coded exercise therapy (SNOMED CT 229065009) plus the library entry,
 * its dosage as a weekly timing and text (docs/fhir-mapping.md, "CarePlan").
 */
public final class CarePlanResource {

    static final String EXERCISE_THERAPY = "229065009";

    private CarePlanResource() {
    }

    public static String idOf(Program program, ProgramVersion version) {
        return BackboardSystems.recordId("care-plan-" + version.number(), program.id().value());
    }

    public static List<CarePlan> of(Program program, Episode episode, Map<ExerciseId, Exercise> library,
                                    LocalDate asOf) {
        List<CarePlan> plans = new ArrayList<>(program.versions().size());
        List<ProgramVersion> versions = program.versions();
        for (int i = 0; i < versions.size(); i++) {
            ProgramVersion version = versions.get(i);
            ProgramVersion next = i + 1 < versions.size() ? versions.get(i + 1) : null;
            plans.add(plan(program, version, next, i > 0 ? versions.get(i - 1) : null, episode, library, asOf));
        }
        return plans;
    }

    private static CarePlan plan(Program program, ProgramVersion version, ProgramVersion next,
                                 ProgramVersion previous, Episode episode, Map<ExerciseId, Exercise> library,
                                 LocalDate asOf) {
        CarePlan resource = new CarePlan();
        resource.setId(idOf(program, version));
        // versions are never edited: the moment authored is the last change
        resource.getMeta().setLastUpdated(Date.from(version.authoredAt()));
        CarePlanStatus status = status(version, next, episode, asOf);
        resource.setStatus(status);
        resource.setIntent(CarePlan.CarePlanIntent.PLAN);
        resource.addCategory(exerciseTherapy());
        resource.setTitle("Home exercise program, version " + version.number());
        resource.setSubject(References.patient(program.patient()));
        Period period = new Period().setStartElement(FhirDates.day(version.effectiveFrom()));
        LocalDate end = next != null ? lastDayBefore(next)
                : episode.discharge().map(d -> d.date()).orElse(null);
        if (end != null && !end.isBefore(version.effectiveFrom())) {
            period.setEndElement(FhirDates.day(end));
        }
        resource.setPeriod(period);
        resource.setCreatedElement(FhirDates.instant(version.authoredAt()));
        resource.addAddresses(References.condition(episode.id()));
        if (previous != null) {
            resource.addReplaces(References.to("CarePlan", idOf(program, previous)));
        }
        for (Prescription prescription : version.prescriptions()) {
            resource.addActivity().setDetail(activity(prescription, library.get(prescription.exercise()), status));
        }
        return resource;
    }

    /**
     * The version in force today is active (a future one too, waiting for its day); one a later
     * version took over from is revoked; all end as completed at discharge.
     */
    static CarePlanStatus status(ProgramVersion version, ProgramVersion next, Episode episode, LocalDate asOf) {
        if (next != null && !next.effectiveFrom().isAfter(asOf)) {
            return CarePlanStatus.REVOKED;
        }
        return episode.isDischarged() ? CarePlanStatus.COMPLETED : CarePlanStatus.ACTIVE;
    }

    private static CarePlanActivityDetailComponent activity(Prescription prescription, Exercise exercise,
                                                            CarePlanStatus plan) {
        String name = exercise == null ? "Exercise no longer in the library" : exercise.name();
        Dosage dosage = prescription.dosage();
        CarePlanActivityDetailComponent detail = new CarePlanActivityDetailComponent();
        CodeableConcept code = exerciseTherapy();
        code.addCoding().setSystem(BackboardSystems.EXERCISE).setCode(prescription.exercise().value().toString())
                .setDisplay(name);
        detail.setCode(code.setText(name));
        detail.setStatus(switch (plan) {
            case ACTIVE -> CarePlanActivityStatus.INPROGRESS;
            case REVOKED -> CarePlanActivityStatus.STOPPED;
            default -> CarePlanActivityStatus.COMPLETED;
        });
        Timing.TimingRepeatComponent repeat = new Timing.TimingRepeatComponent()
                .setFrequency(dosage.sessionsPerWeek()).setPeriod(1).setPeriodUnit(Timing.UnitsOfTime.WK);
        if (dosage.effort() instanceof Dosage.Hold hold) {
            repeat.setDuration(hold.seconds()).setDurationUnit(Timing.UnitsOfTime.S);
        }
        detail.setScheduled(new Timing().setRepeat(repeat));
        String description = name + ": " + dosage.text();
        detail.setDescription(prescription.notes().isEmpty() ? description : description + ". " + prescription.notes());
        return detail;
    }

    private static CodeableConcept exerciseTherapy() {
        return new CodeableConcept(new Coding(BackboardSystems.SNOMED, EXERCISE_THERAPY, "Exercise therapy"));
    }

    private static LocalDate lastDayBefore(ProgramVersion next) {
        return next.effectiveFrom().minusDays(1);
    }
}
