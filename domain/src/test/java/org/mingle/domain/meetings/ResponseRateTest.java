package org.mingle.domain.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How someone answers the requests they receive, counted on crafted requests. */
class ResponseRateTest {

    private static final Instant NOW = Instant.parse("2027-03-09T18:00:00Z");

    @Test
    void answeredOfSettledLeavingOutWithdrawnAndFreshRequests() {
        var rate = ResponseRate.of(List.of(
                received(MeetingRequestStatus.ACCEPTED, 50),
                received(MeetingRequestStatus.DECLINED, 30),
                received(MeetingRequestStatus.ACCEPTED, 2),
                received(MeetingRequestStatus.EXPIRED, 60),
                received(MeetingRequestStatus.PENDING, 25), // a day and more without an answer: counts, unanswered
                received(MeetingRequestStatus.PENDING, 3), // still fresh: says nothing yet
                received(MeetingRequestStatus.CANCELLED, 40)), NOW); // withdrawn: nothing to answer

        assertThat(rate).isEqualTo(new ResponseRate(3, 5));
        assertThat(rate.newHere()).isFalse();
    }

    @Test
    void aRequestWaitingExactlyADayCountsAndOneAMinuteYoungerDoesNot() {
        var day = new ResponseRate.Received(MeetingRequestStatus.PENDING, NOW.minus(ResponseRate.UNANSWERED_AFTER));
        var younger = new ResponseRate.Received(MeetingRequestStatus.PENDING,
                NOW.minus(ResponseRate.UNANSWERED_AFTER).plus(Duration.ofMinutes(1)));

        assertThat(ResponseRate.of(List.of(day, younger), NOW)).isEqualTo(new ResponseRate(0, 1));
    }

    @Test
    void fewerThanThreeCountedIsNewHereHoweverTheyAnswered() {
        assertThat(ResponseRate.of(List.of(), NOW)).satisfies(rate -> {
            assertThat(rate).isEqualTo(new ResponseRate(0, 0));
            assertThat(rate.newHere()).isTrue();
        });
        assertThat(ResponseRate.of(List.of(received(MeetingRequestStatus.ACCEPTED, 30),
                received(MeetingRequestStatus.DECLINED, 30)), NOW).newHere()).isTrue();
        assertThat(ResponseRate.of(List.of(received(MeetingRequestStatus.EXPIRED, 80),
                received(MeetingRequestStatus.EXPIRED, 80), received(MeetingRequestStatus.EXPIRED, 80)), NOW))
                .satisfies(rate -> {
                    assertThat(rate).as("none answered").isEqualTo(new ResponseRate(0, 3));
                    assertThat(rate.newHere()).isFalse();
                });
    }

    @Test
    void moreAnsweredThanCountedIsImpossible() {
        assertThatThrownBy(() -> new ResponseRate(3, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ResponseRate(-1, 2)).isInstanceOf(IllegalArgumentException.class);
    }

    private static ResponseRate.Received received(MeetingRequestStatus status, int hoursAgo) {
        return new ResponseRate.Received(status, NOW.minus(Duration.ofHours(hoursAgo)));
    }
}
