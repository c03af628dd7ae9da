package org.mingle.domain.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mingle.domain.accounts.AccountId;
import org.mingle.domain.shared.AccessDeniedException;
import org.mingle.domain.shared.InvalidInputException;
import org.mingle.domain.shared.PageRequest;
import org.mingle.testsupport.MicronautPostgres;

@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventServiceTest implements MicronautPostgres {

    private static final AccountId ORGANIZER = AccountId.OPEN_ACCESS_ORGANIZER;
    private static final AccountId STRANGER = new AccountId(UUID.randomUUID());

    @Inject
    EventService events;

    private final Instant nextWeek = Instant.now().plus(Duration.ofDays(7)).truncatedTo(ChronoUnit.MINUTES);

    @Test
    void createsADraftThatOnlyItsOrganizerSees() {
        var draft = events.create(ORGANIZER, EventInputs.valid("Founders breakfast", nextWeek));

        assertThat(draft.status()).isEqualTo(EventStatus.DRAFT);
        assertThat(events.get(Optional.of(ORGANIZER), draft.id())).isEqualTo(draft);
        assertThatThrownBy(() -> events.get(Optional.of(STRANGER), draft.id())).isInstanceOf(EventNotFoundException.class);
        assertThatThrownBy(() -> events.get(Optional.empty(), draft.id())).isInstanceOf(EventNotFoundException.class);
    }

    @Test
    void storesEveryDetailExactly() {
        var input = new EventInput("Design leaders circle", "Bring a question.", nextWeek,
                nextWeek.plus(Duration.ofMinutes(150)), "America/New_York", "Brooklyn Navy Yard", 42,
                nextWeek.minus(Duration.ofHours(2)), true, 0.8);

        var created = events.create(ORGANIZER, input);
        var loaded = events.get(Optional.of(ORGANIZER), created.id());

        assertThat(loaded.details()).isEqualTo(created.details());
        assertThat(loaded.details().timeZone().getId()).isEqualTo("America/New_York");
        assertThat(loaded.details().registrationClosesAt()).isEqualTo(nextWeek.minus(Duration.ofHours(2)));
        assertThat(loaded.ownerId()).isEqualTo(ORGANIZER);
    }

    @Test
    void publishingMakesTheEventPublicAndOnlyHappensOnce() {
        var draft = events.create(ORGANIZER, EventInputs.valid("Open source night", nextWeek));

        var published = events.publish(ORGANIZER, draft.id());

        assertThat(published.status()).isEqualTo(EventStatus.PUBLISHED);
        assertThat(events.get(Optional.empty(), draft.id()).status()).isEqualTo(EventStatus.PUBLISHED);
        assertThatThrownBy(() -> events.publish(ORGANIZER, draft.id()))
                .isInstanceOf(IllegalEventTransitionException.class);
    }

    @Test
    void strangersCannotPublish() {
        var draft = events.create(ORGANIZER, EventInputs.valid("Private draft", nextWeek));
        assertThatThrownBy(() -> events.publish(STRANGER, draft.id())).isInstanceOf(EventNotFoundException.class);

        events.publish(ORGANIZER, draft.id());
        assertThatThrownBy(() -> events.publish(STRANGER, draft.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void invalidInputIsRefusedAndNothingIsStored() {
        var before = events.listUpcoming(EventSearch.all(), PageRequest.of(0, 100)).total();
        var bad = new EventInput("", null, nextWeek, nextWeek.minusSeconds(1), "Europe/Berlin", null, 10, null, null, null);

        assertThatThrownBy(() -> events.create(ORGANIZER, bad)).isInstanceOf(InvalidInputException.class);
        assertThat(events.listUpcoming(EventSearch.all(), PageRequest.of(0, 100)).total()).isEqualTo(before);
    }

    @Test
    void unknownIdsAreNotFound() {
        assertThatThrownBy(() -> events.get(Optional.empty(), EventId.newId())).isInstanceOf(EventNotFoundException.class);
        assertThatThrownBy(() -> EventId.fromString("not-an-id")).isInstanceOf(EventNotFoundException.class);
    }
}
