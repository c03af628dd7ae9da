package org.mingle.domain.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mingle.domain.accounts.AccountService;
import org.mingle.domain.accounts.TestAccounts;
import org.mingle.domain.accounts.TestPeople;
import org.mingle.domain.events.EventId;
import org.mingle.domain.events.EventService;
import org.mingle.domain.events.TestEvents;
import org.mingle.domain.profiles.ProfileInput;
import org.mingle.domain.profiles.ProfileService;
import org.mingle.domain.registration.RegistrationService;
import org.mingle.domain.rounds.RoundService;
import org.mingle.domain.rounds.RoundsInput;
import org.mingle.domain.shared.AccountId;
import org.mingle.domain.shared.PageRequest;
import org.mingle.testsupport.MicronautPostgres;

@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoundNoticesTest implements MicronautPostgres {

    @Inject
    RoundNotices roundNotices;
    @Inject
    RoundService rounds;
    @Inject
    NotificationService notifications;
    @Inject
    EventService events;
    @Inject
    RegistrationService registrations;
    @Inject
    ProfileService profiles;
    @Inject
    AccountService accounts;
    @Inject
    DSLContext sql;

    private AccountId organizer;

    @BeforeAll
    void world() {
        organizer = TestAccounts.signUp(accounts, "Olga Rounds").id();
    }

    @Test
    void everyoneSeatedHearsTheirTableOrRestOnceShortlyBeforeTheRoundAndNotEarlier() {
        var event = TestEvents.published(events, organizer, 10, false);
        var present = checkedIn(event, 5);
        var soon = Instant.now().plus(Duration.ofSeconds(90)).truncatedTo(ChronoUnit.SECONDS);
        rounds.generate(organizer, event, new RoundsInput(2, 10, soon, 0, false, "REST"));

        roundNotices.noticeDue();
        roundNotices.noticeDue();

        var titles = present.stream().map(this::roundTitles).toList();
        assertThat(titles).allSatisfy(told -> assertThat(told).hasSize(1)
                .allSatisfy(title -> assertThat(title).startsWith("Round 1 at ")));
        assertThat(titles.stream().flatMap(List::stream)).filteredOn(title -> title.endsWith("you rest this round"))
                .hasSize(1);
        assertThat(titles.stream().flatMap(List::stream)).filteredOn(title -> title.contains(": table "))
                .hasSize(4);
    }

    private List<String> roundTitles(AccountId person) {
        return notifications.list(person, false, PageRequest.of(0, 20)).items().stream()
                .filter(n -> n.kind() == NotificationKind.ROUND_STARTING).map(Notification::title).toList();
    }

    private List<AccountId> checkedIn(EventId event, int count) {
        var people = TestPeople.create(sql, count, "Attendee");
        for (var person : people) {
            profiles.update(person, new ProfileInput(null, "", "", "", "", null, List.of("Solar"), List.of(),
                    List.of(), List.of(), Map.of()));
            var registration = registrations.register(person, event);
            registrations.checkIn(organizer, event, registration.checkInCode());
        }
        return people;
    }
}
