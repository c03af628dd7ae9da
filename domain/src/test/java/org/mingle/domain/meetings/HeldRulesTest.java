package org.mingle.domain.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HeldRulesTest {

    private static final Instant START = Instant.parse("2026-12-03T18:00:00Z");
    private static final Slot SLOT = new Slot(START, START.plus(Duration.ofMinutes(20)));
    private static final Instant DURING = START.plus(Duration.ofMinutes(3));

    @Test
    void bothSayingWeMetMakeItHeldOneAloneWaits() {
        var first = HeldRules.answer(SLOT, DURING, HeldState.SCHEDULED, Optional.empty(), Optional.empty(), true);
        assertThat(first).isEqualTo(new HeldRules.Outcome(HeldState.SCHEDULED, true, false));
        var second = HeldRules.answer(SLOT, DURING, HeldState.SCHEDULED, Optional.empty(), Optional.of(true), true);
        assertThat(second).isEqualTo(new HeldRules.Outcome(HeldState.HELD, true, false));
    }

    @Test
    void theSameAnswerAgainChangesNothingAnotherIsRefused() {
        assertThat(HeldRules.answer(SLOT, DURING, HeldState.HELD, Optional.of(true), Optional.of(true), true))
                .isEqualTo(new HeldRules.Outcome(HeldState.HELD, false, false));
        assertThat(HeldRules.answer(SLOT, DURING, HeldState.NO_SHOW, Optional.of(false), Optional.empty(), false))
                .isEqualTo(new HeldRules.Outcome(HeldState.NO_SHOW, false, false));
        assertThatThrownBy(() -> HeldRules.answer(SLOT, DURING, HeldState.SCHEDULED, Optional.of(true),
                Optional.empty(), false)).isInstanceOfSatisfying(AnswerRefusedException.class,
                        refused -> assertThat(refused.refusal()).isEqualTo(HeldRules.Refusal.ANSWERED_OTHERWISE));
    }

    @Test
    void aNoShowFreesTheReporterWhileTheSlotRunsAndIsRefusedForAHeldMeeting() {
        assertThat(HeldRules.answer(SLOT, DURING, HeldState.SCHEDULED, Optional.empty(), Optional.of(true), false))
                .as("held needs both: a lone \"we met\" does not outweigh a no-show")
                .isEqualTo(new HeldRules.Outcome(HeldState.NO_SHOW, true, true));
        assertThat(HeldRules.answer(SLOT, SLOT.endsAt(), HeldState.SCHEDULED, Optional.empty(), Optional.empty(),
                false)).as("after the slot nothing is left to free")
                .isEqualTo(new HeldRules.Outcome(HeldState.NO_SHOW, true, false));
        assertThatThrownBy(() -> HeldRules.answer(SLOT, DURING, HeldState.HELD, Optional.empty(), Optional.empty(),
                false)).isInstanceOfSatisfying(AnswerRefusedException.class,
                        refused -> assertThat(refused.refusal()).isEqualTo(HeldRules.Refusal.ALREADY_HELD));
        assertThat(HeldRules.answer(SLOT, DURING, HeldState.NO_SHOW, Optional.empty(), Optional.of(false), true))
                .as("a \"we met\" after the other's no-show keeps it a no-show")
                .isEqualTo(new HeldRules.Outcome(HeldState.NO_SHOW, true, false));
    }

    @Test
    void nothingIsAnsweredBeforeTheSlotBegins() {
        assertThatThrownBy(() -> HeldRules.answer(SLOT, START.minusMillis(1), HeldState.SCHEDULED, Optional.empty(),
                Optional.empty(), true)).isInstanceOfSatisfying(AnswerRefusedException.class,
                        refused -> assertThat(refused.refusal()).isEqualTo(HeldRules.Refusal.NOT_STARTED));
        assertThat(HeldRules.answer(SLOT, START, HeldState.SCHEDULED, Optional.empty(), Optional.empty(), true)
                .recordAnswer()).isTrue();
    }

    @Test
    void aScanCountsWithinTheSlotOnly() {
        assertThat(HeldRules.heldByScan(SLOT, START)).isTrue();
        assertThat(HeldRules.heldByScan(SLOT, SLOT.endsAt().minusMillis(1))).isTrue();
        assertThat(HeldRules.heldByScan(SLOT, SLOT.endsAt())).isFalse();
        assertThat(HeldRules.heldByScan(SLOT, START.minusMillis(1))).isFalse();
    }

    @Test
    void theQuestionComesTenMinutesInOrAtTheEndOfAShorterSlot() {
        assertThat(HeldRules.checkDueAt(SLOT)).isEqualTo(START.plus(Duration.ofMinutes(10)));
        var short5 = new Slot(START, START.plus(Duration.ofMinutes(5)));
        assertThat(HeldRules.checkDueAt(short5)).isEqualTo(short5.endsAt());
    }
}
