package org.backboard.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.backboard.core.episode.Episode;
import org.backboard.core.exercise.Dosage;
import org.backboard.core.exercise.Exercise;
import org.backboard.core.program.Program;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CarePlan.CarePlanActivityDetailComponent;
import org.hl7.fhir.r4.model.Timing;
import org.junit.jupiter.api.Test;

class CarePlanResourceTest {

    private final Episode episode = SampleRecord.chronicEpisode(SampleRecord.patient());
    private final Exercise catCow = SampleRecord.exercise("Cat Cow", Dosage.reps(2, 10, 7));
    private final Exercise bridge = SampleRecord.exercise("Bridge", Dosage.hold(3, 20, 5));
    private final Program program = SampleRecord.program(episode, catCow, bridge);
    private final Map<org.backboard.core.exercise.ExerciseId, Exercise> library =
            Map.of(catCow.id(), catCow, bridge.id(), bridge);

    @Test
    void oneCarePlanPerVersionTheLaterReplacingTheEarlier() {
        List<CarePlan> plans = CarePlanResource.of(program, episode, library, SampleRecord.TODAY);

        assertThat(plans).hasSize(2);
        assertThat(plans.get(0).getStatus()).isEqualTo(CarePlan.CarePlanStatus.REVOKED);
        assertThat(plans.get(0).getPeriod().getEndElement().getValueAsString())
                .isEqualTo(SampleRecord.TODAY.minusDays(31).toString());
        assertThat(plans.get(1).getStatus()).isEqualTo(CarePlan.CarePlanStatus.ACTIVE);
        assertThat(plans.get(1).getPeriod().hasEnd()).isFalse();
        assertThat(plans.get(1).getReplacesFirstRep().getReference())
                .isEqualTo("CarePlan/" + plans.get(0).getIdElement().getIdPart());
        assertThat(plans.get(1).getAddressesFirstRep().getReference())
                .isEqualTo("Condition/" + ConditionResource.idOf(episode.id()));
        assertThat(plans.get(1).getIntent()).isEqualTo(CarePlan.CarePlanIntent.PLAN);
    }

    @Test
    void beforeTheSecondVersionTakesEffectTheFirstIsInForce() {
        List<CarePlan> plans = CarePlanResource.of(program, episode, library, SampleRecord.TODAY.minusDays(31));

        assertThat(plans.get(0).getStatus()).isEqualTo(CarePlan.CarePlanStatus.ACTIVE);
    }

    @Test
    void oneActivityPerExerciseCodedExerciseTherapyWithItsDosage() {
        CarePlan current = CarePlanResource.of(program, episode, library, SampleRecord.TODAY).get(1);

        assertThat(current.getActivity()).hasSize(2);
        CarePlanActivityDetailComponent hold = current.getActivity().get(1).getDetail();
        assertThat(hold.getCode().getCoding()).extracting(c -> c.getSystem() + "|" + c.getCode()).containsExactly(
                "http://snomed.info/sct|229065009", "urn:backboard:exercise|" + bridge.id().value());
        assertThat(hold.getCode().getText()).isEqualTo("Bridge");
        Timing.TimingRepeatComponent repeat = hold.getScheduledTiming().getRepeat();
        assertThat(repeat.getFrequency()).isEqualTo(5);
        assertThat(repeat.getPeriodUnit()).isEqualTo(Timing.UnitsOfTime.WK);
        assertThat(repeat.getDuration().intValue()).isEqualTo(20);
        assertThat(hold.getDescription()).isEqualTo("Bridge: 3 × 20 s hold, 5×/week");
        assertThat(current.getActivity().get(0).getDetail().getDescription())
                .isEqualTo("Cat Cow: 3 × 10 reps, daily. Slowly");
        assertThat(hold.getStatus()).isEqualTo(CarePlan.CarePlanActivityStatus.INPROGRESS);
    }

    @Test
    void atDischargeTheLastVersionIsCompletedOnTheDischargeDate() {
        Episode discharged = episode.discharge(new org.backboard.core.episode.Discharge(SampleRecord.TODAY, "Goals met"),
                SampleRecord.TODAY);

        CarePlan last = CarePlanResource.of(program, discharged, library, SampleRecord.TODAY).get(1);

        assertThat(last.getStatus()).isEqualTo(CarePlan.CarePlanStatus.COMPLETED);
        assertThat(last.getPeriod().getEndElement().getValueAsString()).isEqualTo(SampleRecord.TODAY.toString());
    }
}
