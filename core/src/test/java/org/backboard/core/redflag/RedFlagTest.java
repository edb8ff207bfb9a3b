package org.backboard.core.redflag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The warning-sign catalogue must match docs/clinical-rules.md section 2 exactly. */
class RedFlagTest {

    /** docs/clinical-rules.md section 2, row by row. */
    private static final String[] CLINICAL_MD = {
            "BLADDER_BOWEL EMERGENCY",
            "SADDLE_NUMBNESS EMERGENCY",
            "BILATERAL_WEAKNESS EMERGENCY",
            "PROGRESSIVE_WEAKNESS URGENT",
            "FEVER URGENT",
            "WEIGHT_LOSS URGENT",
            "CANCER_HISTORY URGENT",
            "IMMUNOSUPPRESSION URGENT",
            "TRAUMA URGENT",
            "RADIATING_BELOW_KNEE REVIEW",
            "LEG_NUMBNESS_TINGLING REVIEW",
            "OSTEOPOROSIS_HISTORY REVIEW",
            "WORSENING REVIEW",
            "SLEEP_OR_DAILY_LIFE REVIEW",
    };

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "BLADDER_BOWEL,         EMERGENCY",
            "SADDLE_NUMBNESS,       EMERGENCY",
            "BILATERAL_WEAKNESS,    EMERGENCY",
            "PROGRESSIVE_WEAKNESS,  URGENT",
            "FEVER,                 URGENT",
            "WEIGHT_LOSS,           URGENT",
            "CANCER_HISTORY,        URGENT",
            "IMMUNOSUPPRESSION,     URGENT",
            "TRAUMA,                URGENT",
            "RADIATING_BELOW_KNEE,  REVIEW",
            "LEG_NUMBNESS_TINGLING, REVIEW",
            "OSTEOPOROSIS_HISTORY,  REVIEW",
            "WORSENING,             REVIEW",
            "SLEEP_OR_DAILY_LIFE,   REVIEW",
    })
    void eachWarningSignHasTheTierClinicalMdGivesIt(RedFlag flag, Tier tier) {
        assertThat(flag.tier()).isEqualTo(tier);
    }

    @Test
    void theCatalogueHoldsExactlyThe14FlagsOfClinicalMdInItsOrder() {
        assertThat(RedFlag.values()).hasSize(14);
        assertThat(Arrays.stream(RedFlag.values()).map(f -> f.name() + " " + f.tier().name()))
                .containsExactly(CLINICAL_MD);
    }

    @ParameterizedTest(name = "{0} flags are {1}")
    @CsvSource({"EMERGENCY, 3", "URGENT, 6", "REVIEW, 5"})
    void eachTierHasItsNumberOfFlags(Tier tier, long count) {
        assertThat(Arrays.stream(RedFlag.values()).filter(f -> f.tier() == tier).count()).isEqualTo(count);
    }

    @ParameterizedTest(name = "{0} has a warning sign to show")
    @EnumSource(RedFlag.class)
    void everyFlagHasAWarningSign(RedFlag flag) {
        assertThat(flag.warningSign()).isNotBlank();
    }

    @ParameterizedTest(name = "{0} is more urgent than {1}")
    @CsvSource({"EMERGENCY, URGENT", "URGENT, REVIEW", "EMERGENCY, REVIEW"})
    void tiersAreOrderedFromMostToLeastUrgent(Tier moreUrgent, Tier lessUrgent) {
        assertThat(moreUrgent.ordinal()).isLessThan(lessUrgent.ordinal());
        assertThat(moreUrgent).isLessThan(lessUrgent);
    }

    @Test
    void thereAreExactlyThreeTiers() {
        assertThat(Tier.values()).containsExactly(Tier.EMERGENCY, Tier.URGENT, Tier.REVIEW);
    }
}
