package org.backboard.core.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** STarT Back: subscale ≥ 4 is HIGH; otherwise total ≤ 3 is LOW, else MEDIUM. */
class StartBackTest {

    private static final Set<StartBackItem> PHYSICAL = EnumSet.of(StartBackItem.LEG_PAIN,
            StartBackItem.SHOULDER_OR_NECK_PAIN, StartBackItem.SHORT_WALKS_ONLY, StartBackItem.DRESSED_SLOWLY);

    @Test
    void aSubscaleOfFourIsHighRiskAndThreeIsNot() {
        Set<StartBackItem> threePsychosocial = EnumSet.of(StartBackItem.NOT_SAFE_TO_BE_ACTIVE,
                StartBackItem.WORRYING_THOUGHTS, StartBackItem.TERRIBLE_NEVER_BETTER);
        assertThat(StartBack.score(threePsychosocial, Bothersomeness.VERY_MUCH))
                .isEqualTo(new StartBack.Result(4, 4, StartBack.Risk.HIGH));
        assertThat(StartBack.score(threePsychosocial, Bothersomeness.MODERATELY))
                .isEqualTo(new StartBack.Result(3, 3, StartBack.Risk.LOW));
        Set<StartBackItem> mixed = EnumSet.copyOf(threePsychosocial);
        mixed.add(StartBackItem.LEG_PAIN);
        assertThat(StartBack.score(mixed, Bothersomeness.SLIGHTLY))
                .isEqualTo(new StartBack.Result(4, 3, StartBack.Risk.MEDIUM));
    }

    @Test
    void aTotalOfThreeIsLowAndFourIsMedium() {
        Set<StartBackItem> three = EnumSet.of(StartBackItem.LEG_PAIN, StartBackItem.SHORT_WALKS_ONLY,
                StartBackItem.DRESSED_SLOWLY);
        assertThat(StartBack.score(three, Bothersomeness.NOT_AT_ALL).risk()).isEqualTo(StartBack.Risk.LOW);
        assertThat(StartBack.score(PHYSICAL, Bothersomeness.NOT_AT_ALL))
                .isEqualTo(new StartBack.Result(4, 0, StartBack.Risk.MEDIUM));
    }

    @Test
    void onlyVeryMuchAndExtremelyScoreOnItemNine() {
        assertThat(Bothersomeness.MODERATELY.score()).isZero();
        assertThat(Bothersomeness.VERY_MUCH.score()).isOne();
        assertThat(Bothersomeness.EXTREMELY.score()).isOne();
        assertThat(StartBack.score(EnumSet.allOf(StartBackItem.class), Bothersomeness.EXTREMELY))
                .isEqualTo(new StartBack.Result(9, 5, StartBack.Risk.HIGH));
        assertThat(StartBack.score(Set.of(), Bothersomeness.NOT_AT_ALL))
                .isEqualTo(new StartBack.Result(0, 0, StartBack.Risk.LOW));
    }
}
