package org.mingle.domain.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mingle.domain.events.EventId;

class HeldMeetingFiguresTest {

    private static final EventId BIG = new EventId(UUID.randomUUID());
    private static final EventId SMALL = new EventId(UUID.randomUUID());
    private static final EventId QUIET = new EventId(UUID.randomUUID());

    @Test
    void allTogetherTheShareIsOfAllEndedMeetingsNotTheMeanOfTheEventsShares() {
        var across = HeldMeetingFigures.Across.of(List.of(
                new HeldMeetingFigures.Counts(BIG, 9, 1, 10, 9),
                new HeldMeetingFigures.Counts(SMALL, 0, 1, 1, 0)));

        assertThat(across.overall()).as("9 of 11, where the mean of 90% and 0% would say 45%")
                .isEqualTo(new HeldMeetingFigures(9, 2, 11, 0.8182));
        assertThat(across.of(BIG)).isEqualTo(new HeldMeetingFigures(9, 1, 10, 0.9));
        assertThat(across.of(SMALL)).isEqualTo(new HeldMeetingFigures(0, 1, 1, 0));
    }

    @Test
    void heldMeetingsStillRunningCountAsHeldButNotInTheShare() {
        var across = HeldMeetingFigures.Across.of(List.of(new HeldMeetingFigures.Counts(BIG, 3, 0, 2, 1)));

        assertThat(across.overall()).isEqualTo(new HeldMeetingFigures(3, 0, 2, 0.5));
    }

    @Test
    void anEventWithoutBookedMeetingsHasNoneAndNothingAtAllGivesNone() {
        assertThat(HeldMeetingFigures.Across.of(List.of(new HeldMeetingFigures.Counts(BIG, 1, 0, 1, 1))).of(QUIET))
                .isEqualTo(HeldMeetingFigures.NONE);
        assertThat(HeldMeetingFigures.Across.of(List.of()).overall()).isEqualTo(HeldMeetingFigures.NONE);
    }
}
