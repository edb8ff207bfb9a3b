package org.backboard.fhir;

import java.util.List;
import org.backboard.core.outcome.Bothersomeness;
import org.backboard.core.outcome.OswestrySection;
import org.backboard.core.outcome.StartBackItem;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemType;

/**
 * Backboard's Questionnaire definitions, which its QuestionnaireResponses answer: their link ids
 * and answer types. The Oswestry's is its structure only (section names in our words, a 0-5
 * score each): its statements are licensed and not reproduced (docs/fhir-mapping.md).
 */
public final class QuestionnaireDefinitions {

    private QuestionnaireDefinitions() {
    }

    public static List<Questionnaire> all() {
        return List.of(oswestry(), startBack(), psfs());
    }

    static Questionnaire oswestry() {
        Questionnaire questionnaire = questionnaire(BackboardSystems.OSWESTRY_QUESTIONNAIRE, "Oswestry",
                "Oswestry Disability Index (section scores)");
        // up to two sections may stay unanswered (clinical rules 4.3), so none is required
        for (OswestrySection section : OswestrySection.values()) {
            questionnaire.addItem(item(BackboardSystems.code(section), section.label(),
                    QuestionnaireItemType.INTEGER, false));
        }
        return questionnaire;
    }

    static Questionnaire startBack() {
        Questionnaire questionnaire = questionnaire(BackboardSystems.START_BACK_QUESTIONNAIRE, "StartBack",
                "STarT Back Screening Tool");
        for (StartBackItem item : StartBackItem.values()) {
            questionnaire.addItem(item(BackboardSystems.code(item), item.label(), QuestionnaireItemType.BOOLEAN, true));
        }
        QuestionnaireItemComponent bothersomeness = item(QuestionnaireResponseResource.BOTHERSOMENESS_LINK,
                QuestionnaireResponseResource.BOTHERSOMENESS_TEXT, QuestionnaireItemType.CHOICE, true);
        for (Bothersomeness answer : Bothersomeness.values()) {
            bothersomeness.addAnswerOption().setValue(new Coding(BackboardSystems.BOTHERSOMENESS,
                    BackboardSystems.code(answer), answer.label()));
        }
        return questionnaire.addItem(bothersomeness);
    }

    static Questionnaire psfs() {
        Questionnaire questionnaire = questionnaire(BackboardSystems.PSFS_QUESTIONNAIRE, "Psfs",
                "Patient-Specific Functional Scale");
        QuestionnaireItemComponent activity = item(QuestionnaireResponseResource.ACTIVITY_LINK,
                QuestionnaireResponseResource.ACTIVITY_TEXT, QuestionnaireItemType.GROUP, true).setRepeats(true);
        activity.addItem(item(QuestionnaireResponseResource.ACTIVITY_NAME_LINK,
                QuestionnaireResponseResource.ACTIVITY_TEXT, QuestionnaireItemType.STRING, true));
        activity.addItem(item(QuestionnaireResponseResource.ACTIVITY_SCORE_LINK,
                QuestionnaireResponseResource.ACTIVITY_SCORE_TEXT, QuestionnaireItemType.INTEGER, true));
        return questionnaire.addItem(activity);
    }

    private static Questionnaire questionnaire(String url, String name, String title) {
        Questionnaire questionnaire = new Questionnaire();
        questionnaire.setId(BackboardSystems.derivedId("questionnaire", url));
        questionnaire.setUrl(url);
        questionnaire.setName(name);
        questionnaire.setTitle(title);
        questionnaire.setStatus(PublicationStatus.ACTIVE);
        questionnaire.addSubjectType("Patient");
        return questionnaire;
    }

    private static QuestionnaireItemComponent item(String linkId, String text, QuestionnaireItemType type,
                                                   boolean required) {
        return new QuestionnaireItemComponent().setLinkId(linkId).setText(text).setType(type).setRequired(required);
    }
}
