package org.mingle.web.rounds;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Where the rounds form puts the first round before the organizer picks a time. */
class RoundTimesTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Instant EVENT_START = Instant.parse("2027-03-16T17:30:00Z"); // 18:30 in Berlin

    @Test
    void beforeTheEventTheFirstRoundStartsWithIt() {
        assertThat(RoundTimes.suggestedFirstRound(Instant.parse("2027-03-10T09:07:00Z"), EVENT_START, BERLIN))
                .isEqualTo(LocalDateTime.parse("2027-03-16T18:30"));
    }

    @Test
    void onceTheEventIsUnderWayAtTheNextQuarterHour() {
        assertThat(RoundTimes.suggestedFirstRound(Instant.parse("2027-03-16T18:07:00Z"), EVENT_START, BERLIN))
                .isEqualTo(LocalDateTime.parse("2027-03-16T19:15"));
        assertThat(RoundTimes.suggestedFirstRound(EVENT_START, EVENT_START, BERLIN))
                .isEqualTo(LocalDateTime.parse("2027-03-16T18:45"));
    }
}
