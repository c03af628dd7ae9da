package org.mingle.domain.availability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.mingle.domain.events.EventStatus;
import org.mingle.domain.shared.InvalidInputException;
import org.mingle.domain.shared.RuleViolationException;

class FreeTimeRulesTest {

    private static final Instant START = Instant.parse("2027-03-04T17:00:00Z");
    private static final Instant END = START.plus(Duration.ofHours(6));

    @Test
    void aTimeAheadWithinTheEventIsKeptToTheMicrosecond() {
        var now = START.plus(Duration.ofMinutes(20));
        var until = now.plus(Duration.ofMinutes(45)).plusNanos(1_234_567);

        assertThat(FreeTimeRules.check(until, now, EventStatus.PUBLISHED, START, END))
                .isEqualTo(now.plus(Duration.ofMinutes(45)).plusNanos(1_234_000));
    }

    @Test
    void peopleCanSayTheyAreFreeFromAnHourBeforeTheStartUntilTheEnd() {
        var anHourBefore = START.minus(FreeTimeRules.OPENS_BEFORE_START);
        assertThat(FreeTimeRules.check(anHourBefore.plusSeconds(60), anHourBefore, EventStatus.PUBLISHED, START, END))
                .isEqualTo(anHourBefore.plusSeconds(60));

        assertThatThrownBy(() -> FreeTimeRules.check(START, anHourBefore.minusSeconds(1), EventStatus.PUBLISHED,
                START, END)).isInstanceOf(RuleViolationException.class).hasMessageContaining("an hour before");
        assertThatThrownBy(() -> FreeTimeRules.check(END.plusSeconds(60), END, EventStatus.PUBLISHED, START, END))
                .isInstanceOf(RuleViolationException.class).hasMessage("The event is over.");
    }

    @Test
    void onlyAnOpenEventTakesFreeTimes() {
        var now = START.plusSeconds(60);
        for (var status : new EventStatus[] {EventStatus.DRAFT, EventStatus.CANCELLED, EventStatus.COMPLETED}) {
            assertThatThrownBy(() -> FreeTimeRules.check(now.plusSeconds(600), now, status, START, END))
                    .as(status.name()).isInstanceOf(RuleViolationException.class);
        }
    }

    @Test
    void theTimeMustBeAheadAtMostFourHoursAndNotPastTheEnd() {
        var now = START.plus(Duration.ofMinutes(30));
        assertRefused(null, now, "is required");
        assertRefused(now, now, "must be in the future");
        assertRefused(now.minusSeconds(60), now, "must be in the future");
        assertRefused(now.plus(FreeTimeRules.LONGEST).plusSeconds(1), now, "must be at most 4 hours from now");
        assertThat(FreeTimeRules.check(now.plus(FreeTimeRules.LONGEST), now, EventStatus.PUBLISHED, START, END))
                .isEqualTo(now.plus(FreeTimeRules.LONGEST));

        var late = END.minus(Duration.ofMinutes(30));
        assertRefused(END.plusSeconds(1), late, "must not be after the event ends");
        assertThat(FreeTimeRules.check(END, late, EventStatus.PUBLISHED, START, END)).isEqualTo(END);
        assertRefused(Instant.parse("+10000-01-01T00:00:00Z"), now, "must be between");
    }

    private static void assertRefused(Instant until, Instant now, String message) {
        assertThatThrownBy(() -> FreeTimeRules.check(until, now, EventStatus.PUBLISHED, START, END))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.errors())
                        .singleElement().satisfies(error -> {
                            assertThat(error.field()).isEqualTo("freeUntil");
                            assertThat(error.message()).contains(message);
                        }));
    }
}
