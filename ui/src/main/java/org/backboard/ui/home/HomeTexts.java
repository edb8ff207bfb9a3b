package org.backboard.ui.home;

import java.time.LocalDate;
import java.util.Map;
import org.backboard.core.outcome.StartBackItem;
import org.backboard.core.redflag.RedFlag;
import org.backboard.core.symptom.Symptom;
import org.backboard.ui.components.Dates;

/**
 * The patient app's words: plain language, no clinical codes. The questions put the warning signs
 * as a patient would notice them; the clinician's screens keep the clinical wording.
 */
final class HomeTexts {

    static final String NO_ACCESS = "Your app is not active at the moment. If you think it should be, please "
            + "contact your therapist.";

    static final Map<RedFlag, String> QUESTIONS = Map.ofEntries(
            Map.entry(RedFlag.BLADDER_BOWEL, "New trouble controlling or passing urine or stools"),
            Map.entry(RedFlag.SADDLE_NUMBNESS, "Numbness between your legs, around your bottom or genitals"),
            Map.entry(RedFlag.BILATERAL_WEAKNESS, "Both legs becoming weak, or weaker and weaker"),
            Map.entry(RedFlag.PROGRESSIVE_WEAKNESS, "One leg getting weaker or number"),
            Map.entry(RedFlag.FEVER, "A fever or feeling hot and shivery, with your back pain"),
            Map.entry(RedFlag.WEIGHT_LOSS, "Losing weight without trying"),
            Map.entry(RedFlag.TRAUMA, "A fall, accident or blow to your back since you last told us"),
            Map.entry(RedFlag.RADIATING_BELOW_KNEE, "Pain going down your leg, below the knee"),
            Map.entry(RedFlag.LEG_NUMBNESS_TINGLING, "Numbness or pins and needles in your legs"),
            Map.entry(RedFlag.WORSENING, "Your back getting steadily worse"),
            Map.entry(RedFlag.SLEEP_OR_DAILY_LIFE, "Pain stopping you from sleeping, working or doing daily things"));

    static final Map<Symptom, String> SYMPTOMS = Map.ofEntries(
            Map.entry(Symptom.DULL_ACHE, "A dull ache"),
            Map.entry(Symptom.SHARP_PAIN, "Sharp, shooting or burning pain"),
            Map.entry(Symptom.STIFF_AFTER_STILLNESS, "Stiff after sitting or lying still"),
            Map.entry(Symptom.MORNING_STIFFNESS, "Stiff in the morning"),
            Map.entry(Symptom.MUSCLE_SPASMS, "Muscle spasms"),
            Map.entry(Symptom.WORSE_BENDING_LIFTING, "Worse when bending, twisting or lifting"),
            Map.entry(Symptom.WORSE_SITTING_STANDING, "Worse when sitting or standing"),
            Map.entry(Symptom.RADIATING_BUTTOCK_LEG, "Pain spreading into your bottom or leg"),
            Map.entry(Symptom.NUMBNESS_TINGLING, "Numbness or tingling"),
            Map.entry(Symptom.REDUCED_MOTION, "Harder to move or bend than usual"));

    /**
     * STarT Back items 1-8 as a patient would say them, in our own words after the meaning of each
     * item (docs/clinical-rules.md section 4.4); the questionnaire's own wording is not reproduced.
     * The page puts them in the last 2 weeks.
     */
    static final Map<StartBackItem, String> START_BACK = Map.ofEntries(
            Map.entry(StartBackItem.LEG_PAIN, "Pain from my back went down into one or both legs"),
            Map.entry(StartBackItem.SHOULDER_OR_NECK_PAIN, "My neck or shoulders hurt as well"),
            Map.entry(StartBackItem.SHORT_WALKS_ONLY, "My back meant I could only manage short walks"),
            Map.entry(StartBackItem.DRESSED_SLOWLY, "Getting dressed took me longer because of my back"),
            Map.entry(StartBackItem.NOT_SAFE_TO_BE_ACTIVE, "I feel that being active is not safe for me with "
                    + "my back as it is"),
            Map.entry(StartBackItem.WORRYING_THOUGHTS, "I have been worrying a lot"),
            Map.entry(StartBackItem.TERRIBLE_NEVER_BETTER, "My back pain is so bad that I do not think it will "
                    + "ever get better"),
            Map.entry(StartBackItem.NO_ENJOYMENT, "I have lost my pleasure in things I normally like doing"));

    static final String START_BACK_BOTHER = "All in all, how much has your back pain bothered you in the last "
            + "2 weeks?";

    static final String THANK_YOU = "Thank you. Your therapist will see your answers.";

    private HomeTexts() {
    }

    static String day(LocalDate day) {
        return Dates.day(day);
    }
}
