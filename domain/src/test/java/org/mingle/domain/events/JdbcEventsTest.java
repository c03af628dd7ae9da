package org.mingle.domain.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mingle.domain.accounts.AccountService;
import org.mingle.domain.accounts.TestAccounts;
import org.mingle.domain.shared.AccountId;
import org.mingle.domain.shared.ConflictException;
import org.mingle.domain.shared.PageRequest;
import org.mingle.testsupport.MicronautPostgres;

@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JdbcEventsTest implements MicronautPostgres {

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @Inject
    Events events;
    @Inject
    AccountService accounts;

    private AccountId owner;

    private Event tomorrowMixer;
    private Event nextWeekBreakfast;
    private Event nextMonthMixer;

    @BeforeAll
    void storeEvents() {
        owner = TestAccounts.signUp(accounts, "Ida Organizer").id();
        tomorrowMixer = published("Climate tech mixer", "Kreuzberg", NOW.plus(Duration.ofDays(1)));
        nextWeekBreakfast = published("Founders breakfast", "Mitte", NOW.plus(Duration.ofDays(7)));
        nextMonthMixer = published("Design mixer", "Climate House", NOW.plus(Duration.ofDays(30)));
        published("Last year's mixer", "Kreuzberg", NOW.minus(Duration.ofDays(365)));
        store(event("Draft mixer", "Kreuzberg", NOW.plus(Duration.ofDays(2)), EventStatus.DRAFT));
        published("Running right now", "Mitte", NOW.minus(Duration.ofHours(1)));
    }

    @Test
    void listsPublishedEventsThatHaveNotEndedSoonestFirst() {
        var page = events.findPublishedEndingAfter(NOW, EventSearch.all(), Set.of(), PageRequest.of(0, 20));

        assertThat(page.items()).extracting(Event::title)
                .containsExactly("Running right now", "Climate tech mixer", "Founders breakfast", "Design mixer");
        assertThat(page.total()).isEqualTo(4);
    }

    @Test
    void pagesThroughTheList() {
        var second = events.findPublishedEndingAfter(NOW, EventSearch.all(), Set.of(), PageRequest.of(1, 3));

        assertThat(second.items()).extracting(Event::title).containsExactly("Design mixer");
        assertThat(second.total()).isEqualTo(4);
        assertThat(second.page()).isEqualTo(1);
        assertThat(second.size()).isEqualTo(3);
    }

    @Test
    void findsEveryWordInTitleDescriptionOrVenueIgnoringCase() {
        var climateMixers = events.findPublishedEndingAfter(NOW, new EventSearch(null, null, "MIXER climate"),
                Set.of(),                PageRequest.of(0, 20));

        assertThat(climateMixers.items()).containsExactly(tomorrowMixer, nextMonthMixer);
    }

    @Test
    void wildcardsInSearchTextAreLiteral() {
        var none = events.findPublishedEndingAfter(NOW, new EventSearch(null, null, "%"), Set.of(),
                PageRequest.of(0, 20));

        assertThat(none.items()).isEmpty();
    }

    @Test
    void filtersByTimeWindow() {
        var window = new EventSearch(NOW.plus(Duration.ofDays(3)), NOW.plus(Duration.ofDays(10)), null);

        var page = events.findPublishedEndingAfter(window.from(), window, Set.of(), PageRequest.of(0, 20));

        assertThat(page.items()).containsExactly(nextWeekBreakfast);
    }

    @Test
    void roundTripsInstantsAndZones() {
        var found = events.find(tomorrowMixer.id()).orElseThrow();

        assertThat(found).isEqualTo(tomorrowMixer);
        assertThat(found.details().timeZone()).isEqualTo(ZoneId.of("Europe/Lisbon"));
    }

    @Test
    void aStaleCopyCannotOverwriteANewerOne() {
        var draft = store(event("Contested", "Mitte", NOW.minus(Duration.ofDays(5)), EventStatus.DRAFT));
        events.update(draft.publish(NOW));

        assertThatThrownBy(() -> events.update(draft.publish(NOW))).isInstanceOf(ConflictException.class);
    }

    private Event published(String title, String venue, Instant startsAt) {
        return store(event(title, venue, startsAt, EventStatus.PUBLISHED));
    }

    private Event store(Event event) {
        events.insert(event);
        return events.find(event.id()).orElseThrow();
    }

    private Event event(String title, String venue, Instant startsAt, EventStatus status) {
        var details = new EventDetails(title, "", startsAt, startsAt.plus(Duration.ofHours(3)), ZoneId.of("Europe/Lisbon"),
                venue, 50, null, false, 0.3, false, 10);
        return new Event(EventId.newId(), owner, details, status, 0, 0, NOW, NOW, 0);
    }
}
