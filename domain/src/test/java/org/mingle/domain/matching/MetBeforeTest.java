package org.mingle.domain.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mingle.db.jooq.Tables.EVENTS;
import static org.mingle.db.jooq.Tables.EVENT_SERIES;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mingle.domain.accounts.AccountService;
import org.mingle.domain.accounts.TestAccounts;
import org.mingle.domain.accounts.TestPeople;
import org.mingle.domain.connections.ConnectionService;
import org.mingle.domain.connections.ConnectionSource;
import org.mingle.domain.events.EarlierEvent;
import org.mingle.domain.events.EventId;
import org.mingle.domain.events.EventInput;
import org.mingle.domain.events.EventService;
import org.mingle.domain.groups.GroupInput;
import org.mingle.domain.groups.GroupService;
import org.mingle.domain.profiles.ProfileInput;
import org.mingle.domain.profiles.ProfileService;
import org.mingle.domain.registration.RegistrationService;
import org.mingle.domain.rounds.Round;
import org.mingle.domain.rounds.RoundService;
import org.mingle.domain.rounds.RoundsInput;
import org.mingle.domain.rounds.Table;
import org.mingle.domain.shared.AccountId;
import org.mingle.domain.shared.GroupId;
import org.mingle.domain.shared.SeriesId;
import org.mingle.testsupport.MicronautPostgres;

/**
 * Memory across events (decision 42): people who connected at an earlier event of the same group or series get a
 * MET_BEFORE reason naming it, without a change of score, and rounds keep them apart while the option is on.
 */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MetBeforeTest implements MicronautPostgres {

    @Inject
    RecommendationService recommendations;
    @Inject
    ConnectionService connections;
    @Inject
    RoundService rounds;
    @Inject
    ProfileService profiles;
    @Inject
    AccountService accounts;
    @Inject
    EventService events;
    @Inject
    GroupService groups;
    @Inject
    RegistrationService registrations;
    @Inject
    DSLContext sql;

    private AccountId organizer;
    private Instant base;

    @BeforeAll
    void world() {
        organizer = TestAccounts.signUp(accounts, "Olga Organizer").id();
        base = Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.MINUTES);
    }

    @Test
    void earlierEventsAreThoseOfTheSameGroupOrSeriesThatStartedBefore() {
        GroupId group = group("earlier");
        GroupId other = group("other");
        EventId first = event("First meetup", 0);
        EventId second = event("Second meetup", 1);
        EventId elsewhere = event("Another group's meetup", 1);
        EventId seriesOnly = event("Series evening", 2);
        EventId now = event("Third meetup", 3);
        EventId later = event("Fourth meetup", 4);
        events.attachToGroup(organizer, first, group);
        events.attachToGroup(organizer, second, group);
        events.attachToGroup(organizer, now, group);
        events.attachToGroup(organizer, later, group);
        events.attachToGroup(organizer, elsewhere, other);
        SeriesId series = SeriesId.newId();
        sql.insertInto(EVENT_SERIES).set(EVENT_SERIES.ID, series).set(EVENT_SERIES.GROUP_ID, other)
                .set(EVENT_SERIES.TITLE, "Series evening").set(EVENT_SERIES.CAPACITY, 40)
                .set(EVENT_SERIES.TIME_ZONE, "Europe/Berlin").set(EVENT_SERIES.LOCAL_START_TIME, LocalTime.of(18, 30))
                .set(EVENT_SERIES.DURATION_MINUTES, 120).set(EVENT_SERIES.RRULE, "FREQ=WEEKLY;COUNT=2")
                .set(EVENT_SERIES.FIRST_DATE, LocalDate.of(2027, 1, 5))
                .set(EVENT_SERIES.LAST_DATE, LocalDate.of(2027, 1, 12))
                .set(EVENT_SERIES.OCCURRENCE_COUNT, 2).set(EVENT_SERIES.PUBLISH, true)
                .execute();
        sql.update(EVENTS).set(EVENTS.SERIES_ID, series).where(EVENTS.ID.in(seriesOnly, now)).execute();

        assertThat(events.earlierEventsOfSameCommunity(now)).extracting(EarlierEvent::id)
                .containsExactly(seriesOnly, second, first);
        assertThat(events.earlierEventsOfSameCommunity(first)).isEmpty();
        assertThat(events.earlierEventsOfSameCommunity(event("On its own", 9))).isEmpty();
    }

    @Test
    void peopleWhoMetAtAnEarlierEventOfTheGroupSeeWhereWithoutAChangeOfScore() {
        GroupId group = group("breakfast");
        EventId earlier = event("Energy Breakfast", 0);
        EventId now = event("Energy Mixer", 2);
        events.attachToGroup(organizer, earlier, group);
        events.attachToGroup(organizer, now, group);
        var ana = attendee(List.of(earlier, now), "Ana", List.of("Solar"));
        var ben = attendee(List.of(earlier, now), "Ben", List.of("Wind"));
        var cid = attendee(List.of(now), "Cid", List.of("Wind"));
        connections.record(ana, earlier, ben, ConnectionSource.SEARCH);

        var forAna = recommendations.recommendations(ana, now, 10);

        var metBen = forAna.stream().filter(person -> person.accountId().equals(ben)).findFirst().orElseThrow();
        var newCid = forAna.stream().filter(person -> person.accountId().equals(cid)).findFirst().orElseThrow();
        assertThat(metBen.reasons()).filteredOn(reason -> reason.kind() == Reason.Kind.MET_BEFORE).singleElement()
                .satisfies(reason -> {
                    assertThat(reason.detail()).isEqualTo("You met at Energy Breakfast");
                    assertThat(reason.metAt().id()).isEqualTo(earlier);
                });
        assertThat(newCid.reasons()).extracting(Reason::kind).doesNotContain(Reason.Kind.MET_BEFORE);
        assertThat(metBen.score()).as("explains, never pushes").isEqualTo(newCid.score());
        assertThat(recommendations.recommendations(ben, now, 10)).filteredOn(p -> p.accountId().equals(ana))
                .singleElement().satisfies(p -> assertThat(p.reasons()).extracting(Reason::kind)
                        .contains(Reason.Kind.MET_BEFORE));
    }

    @Test
    void aConnectionAtAnEventOfAnotherCommunityIsNoMemoryHere() {
        EventId elsewhere = event("Unrelated evening", 0);
        EventId now = event("Group evening", 2);
        events.attachToGroup(organizer, now, group("unrelated"));
        var ana = attendee(List.of(elsewhere, now), "Ana", List.of("Solar"));
        var ben = attendee(List.of(elsewhere, now), "Ben", List.of("Solar"));
        connections.record(ana, elsewhere, ben, ConnectionSource.SEARCH);

        assertThat(recommendations.recommendations(ana, now, 10)).singleElement()
                .satisfies(p -> assertThat(p.reasons()).extracting(Reason::kind)
                        .doesNotContain(Reason.Kind.MET_BEFORE));
    }

    @Test
    void someoneJoiningAfterTheModelWasBuiltBringsTheirMemoryAlong() {
        GroupId group = group("late");
        EventId earlier = event("Spring meetup", 0);
        EventId now = event("Summer meetup", 2);
        events.attachToGroup(organizer, earlier, group);
        events.attachToGroup(organizer, now, group);
        var ana = attendee(List.of(earlier, now), "Ana", List.of("Solar"));
        var ben = attendee(List.of(earlier), "Ben", List.of("Solar"));
        connections.record(ben, earlier, ana, ConnectionSource.SEARCH);
        assertThat(recommendations.recommendations(ana, now, 10)).isEmpty(); // the model is built, Ben not in it

        registrations.register(ben, now);

        assertThat(recommendations.recommendations(ana, now, 10)).singleElement()
                .satisfies(p -> assertThat(p.reasons()).extracting(Reason::detail)
                        .contains("You met at Spring meetup"));
    }

    @Test
    void roundsKeepApartPairsWhoMetBeforeUnlessTheOrganizersTurnItOff() {
        GroupId group = group("rounds");
        EventId earlier = event("January meetup", 0);
        EventId now = event("February meetup", 2);
        events.attachToGroup(organizer, earlier, group);
        events.attachToGroup(organizer, now, group);
        // Ana and Ben fit best, as do Cid and Dan; Ana and Ben met in January.
        var ana = attendee(List.of(earlier, now), "Ana", List.of("Solar", "Storage", "Grids"));
        var ben = attendee(List.of(earlier, now), "Ben", List.of("Solar", "Storage", "Grids"));
        var cid = attendee(List.of(now), "Cid", List.of("Jazz", "Poetry"));
        var dan = attendee(List.of(now), "Dan", List.of("Jazz", "Poetry"));
        connections.record(ana, earlier, ben, ConnectionSource.SEARCH);
        assertThat(rounds.avoidsEarlierPairs(organizer, now)).as("on by default").isTrue();

        var kept = rounds.generate(organizer, now, new RoundsInput(1, 5, soon(), 0, true, "REST"));
        assertThat(pairsOf(kept.rounds().get(0).round())).doesNotContain(Exclusions.Pair.of(ana, ben))
                .hasSize(2);

        var allowed = rounds.generate(organizer, now, new RoundsInput(1, 5, soon(), 0, true, "REST", false));
        assertThat(pairsOf(allowed.rounds().get(0).round()))
                .contains(Exclusions.Pair.of(ana, ben), Exclusions.Pair.of(cid, dan));
        assertThat(rounds.avoidsEarlierPairs(organizer, now)).as("the choice is kept for the event").isFalse();

        var again = rounds.generate(organizer, now, new RoundsInput(1, 5, soon(), 0, true, "REST"));
        assertThat(pairsOf(again.rounds().get(0).round())).contains(Exclusions.Pair.of(ana, ben));

        assertThat(rounds.mine(ana, now).get(0).with()).filteredOn(c -> c.person().accountId().equals(ben))
                .singleElement().satisfies(c -> assertThat(c.reasons()).extracting(Reason::kind)
                        .contains(Reason.Kind.MET_BEFORE));
    }

    private Instant soon() {
        return Instant.now().plus(Duration.ofMinutes(5)).truncatedTo(ChronoUnit.SECONDS);
    }

    private static Set<Exclusions.Pair> pairsOf(Round round) {
        Set<Exclusions.Pair> pairs = new HashSet<>();
        for (Table table : round.tables()) {
            pairs.add(Exclusions.Pair.of(table.people().get(0), table.people().get(1)));
        }
        return pairs;
    }

    /** A group the organizer owns, so that they may move their events into it. */
    private GroupId group(String name) {
        return groups.create(organizer, new GroupInput(name + " " + UUID.randomUUID().toString().substring(0, 8), null,
                "", List.of(), "", null, null, null)).id();
    }

    private EventId event(String title, int day) {
        var start = base.plus(Duration.ofDays(day));
        var event = events.create(organizer, new EventInput(title, "", start, start.plus(Duration.ofHours(3)),
                "Europe/Berlin", "Hub", 100, null, false, 0.5, false, 10));
        return events.publish(organizer, event.id()).id();
    }

    private AccountId attendee(List<EventId> at, String name, List<String> interests) {
        var person = TestPeople.create(sql, 1, name).get(0);
        profiles.update(person, new ProfileInput(name, "", "", "", "", null, interests, List.of(), List.of(),
                List.of(), Map.of("interests", "ATTENDEES")));
        at.forEach(event -> registrations.register(person, event));
        return person;
    }
}
