package org.backboard.fhir;

import java.util.List;
import java.util.function.Function;
import org.backboard.core.outcome.Bothersomeness;
import org.backboard.core.redflag.AcknowledgementAction;
import org.backboard.core.redflag.RedFlag;
import org.backboard.core.redflag.Tier;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;

/**
 * Backboard's own code systems as FHIR CodeSystem resources, built from the domain's enums so a
 * code can never be missing from its system. The validator checks Backboard's codes against them;
 * the API can serve them (docs/fhir-mapping.md, "Backboard's own URIs").
 */
public final class BackboardCodeSystems {

    private BackboardCodeSystems() {
    }

    public static List<CodeSystem> all() {
        return List.of(
                of(BackboardSystems.RED_FLAG, "RedFlag", "Backboard red flags (warning signs)",
                        RedFlag.values(), RedFlag::warningSign),
                of(BackboardSystems.RED_FLAG_TIER, "RedFlagTier", "Backboard red-flag tiers",
                        Tier.values(), Tier::label),
                of(BackboardSystems.ACKNOWLEDGEMENT_ACTION, "FlagAcknowledgementAction",
                        "Backboard flag acknowledgement actions", AcknowledgementAction.values(),
                        AcknowledgementAction::label),
                of(BackboardSystems.BOTHERSOMENESS, "StartBackBothersomeness", "STarT Back item 9 answers",
                        Bothersomeness.values(), Bothersomeness::label),
                system(BackboardSystems.OBSERVATION, "BackboardObservation", "Backboard observations")
                        .addConcept(concept(ObservationResources.STIFFNESS, ObservationResources.STIFFNESS_DISPLAY))
                        .addConcept(concept(ObservationResources.OSWESTRY_SCORE,
                                ObservationResources.OSWESTRY_SCORE_DISPLAY)),
                system(BackboardSystems.CONDITION, "BackboardCondition", "Backboard conditions")
                        .addConcept(concept(ConditionResource.BACK_PAIN, ConditionResource.BACK_PAIN_DISPLAY))
                        .addConcept(concept(ConditionResource.CHRONIC_BACK_PAIN,
                                ConditionResource.CHRONIC_BACK_PAIN_DISPLAY)),
                system(BackboardSystems.ASSESSMENT, "BackboardAssessment", "Backboard assessments")
                        .addConcept(concept(RiskAssessmentResource.START_BACK,
                                RiskAssessmentResource.START_BACK_DISPLAY)));
    }

    private static <E extends Enum<E>> CodeSystem of(String url, String name, String title, E[] constants,
                                                    Function<E, String> display) {
        CodeSystem system = system(url, name, title);
        for (E constant : constants) {
            system.addConcept(concept(BackboardSystems.code(constant), display.apply(constant)));
        }
        return system;
    }

    private static CodeSystem system(String url, String name, String title) {
        CodeSystem system = new CodeSystem();
        system.setId(BackboardSystems.derivedId("code-system", url));
        system.setUrl(url);
        system.setName(name);
        system.setTitle(title);
        system.setStatus(PublicationStatus.ACTIVE);
        system.setCaseSensitive(true);
        system.setContent(CodeSystem.CodeSystemContentMode.COMPLETE);
        return system;
    }

    private static CodeSystem.ConceptDefinitionComponent concept(String code, String display) {
        return new CodeSystem.ConceptDefinitionComponent().setCode(code).setDisplay(display);
    }
}
