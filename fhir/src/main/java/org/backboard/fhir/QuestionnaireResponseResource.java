package org.backboard.fhir;

import java.util.Date;
import org.backboard.core.outcome.Bothersomeness;
import org.backboard.core.outcome.Measurement;
import org.backboard.core.outcome.OdiAnswers;
import org.backboard.core.outcome.OswestrySection;
import org.backboard.core.outcome.OutcomeAdministration;
import org.backboard.core.outcome.PsfsAnswers;
import org.backboard.core.outcome.StartBackAnswers;
import org.backboard.core.outcome.StartBackItem;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.hl7.fhir.r4.model.StringType;

/**
 * A questionnaire taken on an episode as FHIR QuestionnaireResponse, answering Backboard's own
 * Questionnaire definitions. The Oswestry's statements are licensed and not reproduced: its
 * response carries each section's link id, our name for the section and the 0-5 score chosen
 * (docs/fhir-mapping.md, "QuestionnaireResponse").
 */
public final class QuestionnaireResponseResource {

    static final String BOTHERSOMENESS_LINK = "bothersomeness";
    static final String BOTHERSOMENESS_TEXT = "How bothersome has your back pain been in the last 2 weeks?";
    static final String ACTIVITY_LINK = "activity";
    static final String ACTIVITY_NAME_LINK = "activity-name";
    static final String ACTIVITY_SCORE_LINK = "activity-score";
    static final String ACTIVITY_TEXT = "Activity";
    static final String ACTIVITY_SCORE_TEXT = "Score (0 unable, 10 as before)";

    private QuestionnaireResponseResource() {
    }

    public static QuestionnaireResponse of(OutcomeAdministration taken) {
        QuestionnaireResponse resource = new QuestionnaireResponse();
        resource.setId(taken.id().value().toString());
        // administrations are never edited: the moment recorded is the last change
        resource.getMeta().setLastUpdated(Date.from(taken.recordedAt()));
        resource.setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
        resource.setSubject(References.patient(taken.patient()));
        resource.setAuthoredElement(FhirDates.day(taken.takenOn()));
        Measurement measurement = taken.measurement();
        resource.setQuestionnaire(canonical(measurement));
        switch (measurement) {
            case OdiAnswers odi -> oswestry(resource, odi);
            case StartBackAnswers startBack -> startBack(resource, startBack);
            case PsfsAnswers psfs -> psfs(resource, psfs);
        }
        return resource;
    }

    static String canonical(Measurement measurement) {
        return switch (measurement.instrument()) {
            case ODI -> BackboardSystems.OSWESTRY_QUESTIONNAIRE;
            case START_BACK -> BackboardSystems.START_BACK_QUESTIONNAIRE;
            case PSFS -> BackboardSystems.PSFS_QUESTIONNAIRE;
        };
    }

    /** Answered sections only, in the questionnaire's order; an unanswered section has no item. */
    private static void oswestry(QuestionnaireResponse resource, OdiAnswers odi) {
        for (OswestrySection section : OswestrySection.values()) {
            Integer score = odi.answers().get(section);
            if (score != null) {
                resource.addItem(item(BackboardSystems.code(section), section.label())
                        .addAnswer(answer(new IntegerType(score))));
            }
        }
    }

    /** Items 1-8 agree (true) or disagree (false); item 9 a coded bothersomeness. */
    private static void startBack(QuestionnaireResponse resource, StartBackAnswers answers) {
        for (StartBackItem item : StartBackItem.values()) {
            resource.addItem(item(BackboardSystems.code(item), item.label())
                    .addAnswer(answer(new BooleanType(answers.agreed().contains(item)))));
        }
        Bothersomeness bothersomeness = answers.bothersomeness();
        Coding coded = new Coding(BackboardSystems.BOTHERSOMENESS, BackboardSystems.code(bothersomeness),
                bothersomeness.label());
        resource.addItem(item(BOTHERSOMENESS_LINK, BOTHERSOMENESS_TEXT)
                .addAnswer(answer(coded)));
    }

    /** One group per activity, in the order the patient named them. */
    private static void psfs(QuestionnaireResponse resource, PsfsAnswers answers) {
        for (PsfsAnswers.Activity activity : answers.activities()) {
            QuestionnaireResponseItemComponent group = item(ACTIVITY_LINK, ACTIVITY_TEXT);
            group.addItem(item(ACTIVITY_NAME_LINK, ACTIVITY_TEXT).addAnswer(answer(new StringType(activity.name()))));
            group.addItem(item(ACTIVITY_SCORE_LINK, ACTIVITY_SCORE_TEXT)
                    .addAnswer(answer(new IntegerType(activity.score()))));
            resource.addItem(group);
        }
    }

    private static QuestionnaireResponseItemComponent item(String linkId, String text) {
        return new QuestionnaireResponseItemComponent().setLinkId(linkId).setText(text);
    }

    private static QuestionnaireResponse.QuestionnaireResponseItemAnswerComponent answer(
            org.hl7.fhir.r4.model.Type value) {
        return new QuestionnaireResponse.QuestionnaireResponseItemAnswerComponent().setValue(value);
    }
}
