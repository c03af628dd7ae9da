package org.mingle.domain.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mingle.domain.events.EventId;
import org.mingle.domain.shared.AccountId;

/**
 * The slot rules on generated events (seeded, so every failure reproduces): nobody in two places at once, no table
 * over its seats, every meeting inside a session's slot, and nobody left waiting while a slot is free for the pair.
 */
class SlotBookPropertiesTest {

    private static final Instant DAY = Instant.parse("2026-12-03T09:00:00Z");
    private static final EventId EVENT = new EventId(UUID.randomUUID());

    static Stream<Arguments> events() {
        return IntStream.range(0, 60).mapToObj(seed -> Arguments.of(seed, 2 + seed * 5, 1 + seed % 7));
    }

    @ParameterizedTest(name = "seed {0}: {1} people, {2} tables")
    @MethodSource("events")
    void placingAndMovingMatchesKeepsEveryRule(int seed, int people, int tableCount) {
        var random = new Random(seed);
        var world = World.generate(random, people, tableCount);
        var book = world.book();

        for (Match match : world.matches) {
            Optional<SlotBook.Placement> placement = book.earliest(match.a, match.b, DAY.minusSeconds(1), match.id);
            List<Slot> free = book.freeSlots(match.a, match.b, DAY.minusSeconds(1), match.id);
            assertThat(placement.map(SlotBook.Placement::slot)).isEqualTo(free.stream().findFirst());
            placement.ifPresent(p -> book.book(match.id, match.a, match.b, p));
        }
        for (int i = 0; i < world.matches.size(); i++) {
            Match match = world.matches.get(random.nextInt(world.matches.size()));
            List<Slot> free = book.freeSlots(match.a, match.b, DAY.minusSeconds(1), match.id);
            if (book.booking(match.id).isPresent() && !free.isEmpty()) {
                Slot target = free.get(random.nextInt(free.size()));
                book.book(match.id, match.a, match.b, book.at(match.a, match.b, target.startsAt(), match.id)
                        .orElseThrow());
            }
        }

        for (Match match : world.matches) {
            if (book.booking(match.id).isEmpty()) {
                book.earliest(match.a, match.b, DAY.minusSeconds(1), match.id)
                        .ifPresent(p -> book.book(match.id, match.a, match.b, p));
            }
        }

        world.assertRulesHold(book);
        for (Match match : world.matches) {
            if (book.booking(match.id).isEmpty()) {
                assertThat(book.earliest(match.a, match.b, DAY.minusSeconds(1), match.id))
                        .as("a waiting pair has no free slot").isEmpty();
            }
        }
        assertThat(book.bookings()).isNotEmpty();
    }

    @Test
    void aMeetingTakesTheEmptiestTableAndThenTheNextPlace() {
        var sessions = List.of(session(DAY, 2, 15));
        var first = table("A", 4);
        var second = table("B", 2);
        var book = new SlotBook(sessions, List.of(first, second), List.of(), Map.of());
        var people = people(6);

        var one = book.book(meeting(), people.get(0), people.get(1),
                book.earliest(people.get(0), people.get(1), DAY.minusSeconds(1), null).orElseThrow());
        var two = book.book(meeting(), people.get(2), people.get(3),
                book.earliest(people.get(2), people.get(3), DAY.minusSeconds(1), null).orElseThrow());
        var three = book.book(meeting(), people.get(4), people.get(5),
                book.earliest(people.get(4), people.get(5), DAY.minusSeconds(1), null).orElseThrow());

        assertThat(one.placement().table()).isEqualTo(first.id());
        assertThat(two.placement().table()).isEqualTo(second.id());
        assertThat(three.placement().table()).isEqualTo(first.id());
        assertThat(three.placement().place()).isEqualTo(2);
        assertThat(List.of(one, two, three)).extracting(b -> b.placement().slot().startsAt()).containsOnly(DAY);
        assertThat(book.earliest(people.get(0), people.get(2), DAY.minusSeconds(1), null))
                .map(p -> p.slot().startsAt()).contains(DAY.plus(Duration.ofMinutes(15)));
    }

    @Test
    void roundsAndSlotsBeforeTheGivenTimeAreNotOffered() {
        var sessions = List.of(session(DAY, 4, 10));
        var people = people(2);
        var round = new Slot(DAY.plus(Duration.ofMinutes(5)), DAY.plus(Duration.ofMinutes(25)));
        var book = new SlotBook(sessions, List.of(table("A", 2)), List.of(), Map.of(people.get(1), List.of(round)));

        assertThat(book.freeSlots(people.get(0), people.get(1), DAY.minusSeconds(1), null))
                .extracting(Slot::startsAt).containsExactly(DAY.plus(Duration.ofMinutes(30)));
        assertThat(book.freeSlots(people.get(0), people.get(1), DAY.plus(Duration.ofMinutes(30)), null)).isEmpty();
    }

    @Test
    void bookingWhatTheBookDidNotOfferIsRefused() {
        var people = people(3);
        var table = table("A", 2);
        var book = new SlotBook(List.of(session(DAY, 1, 15)), List.of(table), List.of(), Map.of());
        var placement = book.earliest(people.get(0), people.get(1), DAY.minusSeconds(1), null).orElseThrow();
        book.book(meeting(), people.get(0), people.get(1), placement);

        assertThatThrownBy(() -> book.book(meeting(), people.get(0), people.get(2), placement))
                .isInstanceOf(IllegalStateException.class);
        var outside = new SlotBook.Placement(placement.session(),
                new Slot(DAY.plus(Duration.ofHours(5)), DAY.plus(Duration.ofHours(6))), table.id(), 1);
        assertThatThrownBy(() -> book.book(meeting(), people.get(1), people.get(2), outside))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aSessionIsCutIntoWholeSlots() {
        var session = new NetworkingSession(NetworkingSessionId.newId(), EVENT, "Morning", DAY,
                DAY.plus(Duration.ofMinutes(50)), 15);

        assertThat(session.slots()).extracting(Slot::startsAt).containsExactly(DAY,
                DAY.plus(Duration.ofMinutes(15)), DAY.plus(Duration.ofMinutes(30)));
        assertThat(session.slots().get(2).endsAt()).isEqualTo(DAY.plus(Duration.ofMinutes(45)));
    }

    private record Match(MeetingRequestId id, AccountId a, AccountId b) {
    }

    private record World(List<NetworkingSession> sessions, List<MeetingTable> tables, List<Match> matches,
                         Map<AccountId, List<Slot>> elsewhere) {

        static World generate(Random random, int people, int tableCount) {
            List<NetworkingSession> sessions = new ArrayList<>();
            Instant start = DAY;
            for (int i = 0, count = 1 + random.nextInt(3); i < count; i++) {
                int minutes = 5 + 5 * random.nextInt(4);
                int slots = 1 + random.nextInt(8);
                sessions.add(session(start, slots, minutes));
                start = start.plus(Duration.ofMinutes((long) minutes * slots + random.nextInt(3) * 10L));
            }
            List<MeetingTable> tables = IntStream.range(0, tableCount)
                    .mapToObj(i -> table("T" + i, 2 + random.nextInt(7))).toList();
            List<AccountId> everyone = people(people);
            List<Match> matches = new ArrayList<>();
            Set<Set<AccountId>> pairs = new HashSet<>();
            for (int i = 0; i < people * 2; i++) {
                AccountId a = everyone.get(random.nextInt(people));
                AccountId b = everyone.get(random.nextInt(people));
                if (!a.equals(b) && pairs.add(Set.of(a, b))) {
                    matches.add(new Match(meeting(), a, b));
                }
            }
            Map<AccountId, List<Slot>> elsewhere = new HashMap<>();
            for (AccountId person : everyone) {
                if (random.nextInt(4) == 0) {
                    Instant from = DAY.plus(Duration.ofMinutes(random.nextInt(120)));
                    elsewhere.put(person, List.of(new Slot(from, from.plus(Duration.ofMinutes(7)))));
                }
            }
            return new World(sessions, tables, matches, elsewhere);
        }

        SlotBook book() {
            return new SlotBook(sessions, tables, List.of(), elsewhere);
        }

        void assertRulesHold(SlotBook book) {
            Set<Slot> slots = new HashSet<>();
            sessions.forEach(session -> slots.addAll(session.slots()));
            Map<AccountId, List<Slot>> busy = new HashMap<>();
            Map<String, Set<Integer>> places = new HashMap<>();
            for (SlotBook.Booked booked : book.bookings()) {
                var placement = booked.placement();
                assertThat(slots).as("inside a session slot").contains(placement.slot());
                for (AccountId person : List.of(booked.first(), booked.second())) {
                    List<Slot> mine = busy.computeIfAbsent(person, p -> new ArrayList<>());
                    assertThat(mine).as("nobody in two meetings at once").noneMatch(placement.slot()::overlaps);
                    assertThat(elsewhere.getOrDefault(person, List.of())).as("nobody in a meeting during a round")
                            .noneMatch(placement.slot()::overlaps);
                    mine.add(placement.slot());
                }
                MeetingTable table = tables.stream().filter(t -> t.id().equals(placement.table())).findFirst()
                        .orElseThrow();
                assertThat(placement.place()).as("within the table's seats").isBetween(1, table.meetingsAtOnce());
                assertThat(places.computeIfAbsent(table.id() + "@" + placement.slot().startsAt(),
                        k -> new HashSet<>()).add(placement.place())).as("one pair per place").isTrue();
            }
        }
    }

    private static NetworkingSession session(Instant start, int slots, int minutes) {
        return new NetworkingSession(NetworkingSessionId.newId(), EVENT, "Session", start,
                start.plus(Duration.ofMinutes((long) slots * minutes)), minutes);
    }

    private static MeetingTable table(String name, int seats) {
        return new MeetingTable(MeetingTableId.newId(), EVENT, name, seats);
    }

    private static MeetingRequestId meeting() {
        return MeetingRequestId.newId();
    }

    private static List<AccountId> people(int count) {
        return IntStream.range(0, count).mapToObj(i -> new AccountId(new UUID(0, i + 1))).toList();
    }
}
