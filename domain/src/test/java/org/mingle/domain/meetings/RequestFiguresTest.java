package org.mingle.domain.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The acceptance rate is of answered requests; a median goes with answers. */
class RequestFiguresTest {

    @Test
    void acceptanceIsAcceptedOfAnsweredNotOfSent() {
        var figures = new RequestFigures(10, 2, 1, 4, Duration.ofMinutes(90));

        assertThat(figures.answered()).isEqualTo(3);
        assertThat(figures.acceptanceRate()).as("2 of 3 answered, rounded to four places").isEqualTo(0.6667);
    }

    @Test
    void withNoneAnsweredTheRateIsZeroAndThereIsNoMedian() {
        var figures = new RequestFigures(5, 0, 0, 5, null);

        assertThat(figures.acceptanceRate()).isZero();
        assertThat(figures.medianTimeToAnswer()).isNull();
        assertThat(RequestFigures.NONE.acceptanceRate()).isZero();
    }

    @Test
    void countsThatCannotBeAreRefused() {
        assertThatThrownBy(() -> new RequestFigures(2, 2, 1, 0, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RequestFigures(2, 1, 0, 0, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RequestFigures(2, 0, 0, 1, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
