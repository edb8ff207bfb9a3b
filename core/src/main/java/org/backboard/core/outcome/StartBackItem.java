package org.backboard.core.outcome;

/** Items 1-8 of the STarT Back Screening Tool, agree or disagree; 5-8 belong to the psychosocial subscale. */
public enum StartBackItem {
    LEG_PAIN("Pain spread down the leg in the last 2 weeks", false),
    SHOULDER_OR_NECK_PAIN("Shoulder or neck pain in the last 2 weeks", false),
    SHORT_WALKS_ONLY("Walked only short distances because of back pain", false),
    DRESSED_SLOWLY("Dressed more slowly than usual because of back pain", false),
    NOT_SAFE_TO_BE_ACTIVE("Not really safe to be physically active", true),
    WORRYING_THOUGHTS("Worrying thoughts have been on my mind a lot", true),
    TERRIBLE_NEVER_BETTER("Back pain is terrible and will never get better", true),
    NO_ENJOYMENT("Not enjoyed things I usually enjoy", true);

    private final String label;
    private final boolean psychosocial;

    StartBackItem(String label, boolean psychosocial) {
        this.label = label;
        this.psychosocial = psychosocial;
    }

    public String label() {
        return label;
    }

    public boolean psychosocial() {
        return psychosocial;
    }
}
