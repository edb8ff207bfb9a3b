package org.backboard.core.redflag;

/** The warning signs screened at intake and at every check-in (docs/clinical-rules.md section 2). */
public enum RedFlag {
    BLADDER_BOWEL(Tier.EMERGENCY, "New bladder or bowel dysfunction (retention, incontinence, loss of control)"),
    SADDLE_NUMBNESS(Tier.EMERGENCY, "Numbness in the groin or saddle area"),
    BILATERAL_WEAKNESS(Tier.EMERGENCY, "Severe or progressive weakness in both legs"),
    PROGRESSIVE_WEAKNESS(Tier.URGENT, "Progressive weakness or numbness in one leg"),
    FEVER(Tier.URGENT, "Fever with back pain"),
    WEIGHT_LOSS(Tier.URGENT, "Unexplained weight loss"),
    CANCER_HISTORY(Tier.URGENT, "History of cancer with new back pain"),
    IMMUNOSUPPRESSION(Tier.URGENT, "Immunosuppression with new back symptoms"),
    TRAUMA(Tier.URGENT, "Onset after a fall, accident, blow or other trauma"),
    RADIATING_BELOW_KNEE(Tier.REVIEW, "Pain down one or both legs, especially past the knee"),
    LEG_NUMBNESS_TINGLING(Tier.REVIEW, "Numbness or tingling in the legs"),
    OSTEOPOROSIS_HISTORY(Tier.REVIEW, "History of osteoporosis"),
    WORSENING(Tier.REVIEW, "Symptoms gradually worsening"),
    SLEEP_OR_DAILY_LIFE(Tier.REVIEW, "Pain limits sleep, work or daily functioning");

    private final Tier tier;
    private final String warningSign;

    RedFlag(Tier tier, String warningSign) {
        this.tier = tier;
        this.warningSign = warningSign;
    }

    public Tier tier() {
        return tier;
    }

    public String warningSign() {
        return warningSign;
    }
}
