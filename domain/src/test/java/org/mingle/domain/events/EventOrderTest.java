package org.mingle.domain.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.mingle.domain.shared.AccountId;

/** Upcoming first: the list a person opens on the way to an event. */
class EventOrderTest {

    private static final Instant NOW = Instant.parse("2027-03-16T12:00:00Z");

    private final Event lastYear = event("Last year", NOW.minus(Duration.ofDays(365)), EventStatus.COMPLETED);
    private final Event lastWeek = event("Last week", NOW.minus(Duration.ofDays(7)), EventStatus.PUBLISHED);
    private final Event onNow = event("On now", NOW.minus(Duration.ofHours(1)), EventStatus.PUBLISHED);
    private final Event tomorrow = event("Tomorrow", NOW.plus(Duration.ofDays(1)), EventStatus.PUBLISHED);
    private final Event nextMonth = event("Next month", NOW.plus(Duration.ofDays(30)), EventStatus.DRAFT);

    @RepeatedTest(5)
    void upcomingSoonestFirstThenThePastMostRecentFirstWhateverTheOrderGiven() {
        var events = new ArrayList<>(List.of(lastYear, lastWeek, onNow, tomorrow, nextMonth));
        Collections.shuffle(events, new Random());

        events.sort(EventOrder.upcomingFirst(NOW));

        assertThat(events).extracting(event -> event.details().title())
                .containsExactly("On now", "Tomorrow", "Next month", "Last week", "Last year");
    }

    @Test
    void anEventIsOverWhenCompletedOrPastItsEnd() {
        var completedEarly = event("Completed early", NOW.minus(Duration.ofHours(1)), EventStatus.COMPLETED);

        assertThat(EventOrder.isOver(onNow, NOW)).isFalse();
        assertThat(EventOrder.isOver(onNow, onNow.details().endsAt())).isTrue();
        assertThat(EventOrder.isOver(completedEarly, NOW)).as("completed before its planned end").isTrue();
        assertThat(EventOrder.isOver(lastWeek, NOW)).as("past its end, not yet marked completed").isTrue();
    }

    private static Event event(String title, Instant start, EventStatus status) {
        var details = new EventDetails(title, "", start, start.plus(Duration.ofHours(3)), ZoneId.of("Europe/Berlin"),
                "", 50, null, false, 0.5, false, 5);
        var draft = Event.draft(new EventId(UUID.randomUUID()), new AccountId(UUID.randomUUID()), details, NOW);
        return switch (status) {
            case DRAFT -> draft;
            case PUBLISHED -> draft.publish(NOW);
            case COMPLETED -> draft.publish(NOW).complete(NOW);
            case CANCELLED -> draft.cancel(NOW);
        };
    }
}
