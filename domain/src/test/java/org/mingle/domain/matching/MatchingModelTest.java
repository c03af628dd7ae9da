package org.mingle.domain.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mingle.domain.events.EventId;
import org.mingle.domain.profiles.Interest;
import org.mingle.domain.shared.AccountId;

/**
 * An event's model follows a history of changes whatever order they arrive in, however often, and wherever full reads
 * fall among them: at the end it recommends exactly what an engine built from the final state recommends.
 */
class MatchingModelTest {

    private static final EventId EVENT = new EventId(new UUID(0, 1));
    private static final MatchSettings SETTINGS = new MatchSettings(0.3, true);

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 40);
    }

    /** The event as it stands at one version: attendees with their profiles, and the pairs kept apart. */
    private record State(Map<AccountId, Attendee> attendees, Set<Exclusions.Pair> pairs) {

        State copy() {
            return new State(new HashMap<>(attendees), new HashSet<>(pairs));
        }

        ModelDelta.Everything read(long version) {
            return new ModelDelta.Everything(version, attendees.values().stream().map(a -> member(a, version))
                    .toList(), Set.copyOf(pairs), Set.of());
        }

        ModelDelta.Members read(long version, AccountId account) {
            Attendee attendee = attendees.get(account);
            Set<Exclusions.Pair> blocks = new HashSet<>();
            pairs.stream().filter(p -> p.first().equals(account) || p.second().equals(account)).forEach(blocks::add);
            return new ModelDelta.Members(version, EVENT, Set.of(account),
                    attendee == null ? List.of() : List.of(member(attendee, version)), blocks);
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void changesInAnyOrderWithDuplicatesAndFullReadsBetweenEndInTheFinalState(long seed) {
        Random random = new Random(seed);
        List<AccountId> people = new ArrayList<>();
        for (int i = 0; i < 12 + random.nextInt(30); i++) {
            people.add(new AccountId(new UUID(seed, i)));
        }
        State state = new State(new HashMap<>(), new HashSet<>());
        people.stream().filter(p -> random.nextBoolean()).forEach(p -> state.attendees().put(p, attendee(p, random)));
        MatchingModel model = MatchingModel.of(state.read(0));
        List<ModelDelta> arriving = new ArrayList<>();
        int versions = 20 + random.nextInt(60);
        for (long version = 1; version <= versions; version++) {
            AccountId someone = people.get(random.nextInt(people.size()));
            switch (random.nextInt(5)) {
                case 0 -> { // joins, or changes their profile
                    state.attendees().put(someone, attendee(someone, random));
                    arriving.add(state.read(version, someone));
                }
                case 1 -> { // leaves
                    state.attendees().remove(someone);
                    arriving.add(state.read(version, someone));
                }
                case 2, 3 -> { // a block, match or connection
                    var pair = Exclusions.Pair.of(someone, people.get(random.nextInt(people.size())));
                    if (!pair.first().equals(pair.second())) {
                        state.pairs().add(pair);
                        arriving.add(new ModelDelta.Excluded(version, pair));
                    }
                }
                default -> { // a block lifted: only a full read after it tells
                    if (!state.pairs().isEmpty()) {
                        state.pairs().remove(state.pairs().iterator().next());
                    }
                    arriving.add(state.copy().read(version));
                }
            }
            if (random.nextInt(8) == 0) { // a full read taken now, arriving at any time
                arriving.add(state.copy().read(version));
            }
        }
        arriving.add(state.copy().read(versions)); // the version check's reload after the last lift, if any
        arriving.addAll(new ArrayList<>(arriving.subList(0, arriving.size() / 4))); // some arrive twice
        Collections.shuffle(arriving, random);

        for (int from = 0; from < arriving.size(); ) {
            int to = Math.min(arriving.size(), from + 1 + random.nextInt(4)); // applied in batches of 1 to 4
            model = model.apply(arriving.subList(from, to));
            from = to;
        }

        MatchingModel last = model;
        assertThat(last.size()).isEqualTo(state.attendees().size());
        state.attendees().keySet().forEach(attendee -> assertThat(last.contains(attendee)).isTrue());
        var truth = MatchingEngine.of(List.copyOf(state.attendees().values()),
                new Exclusions(state.pairs(), Set.of()), SETTINGS);
        assertThat(last.engine(SETTINGS).allTopK(8)).isEqualTo(truth.allTopK(8));
    }

    @Test
    void aChangeOlderThanWhatTheModelHoldsIsIgnored() {
        AccountId ana = new AccountId(new UUID(9, 1));
        AccountId ben = new AccountId(new UUID(9, 2));
        Random random = new Random(3);
        State before = new State(new HashMap<>(Map.of(ana, attendee(ana, random))), new HashSet<>());
        MatchingModel model = MatchingModel.of(before.read(5));
        State joined = before.copy();
        joined.attendees().put(ben, attendee(ben, random));
        State left = joined.copy();
        left.attendees().remove(ben);

        model = model.apply(List.of(left.read(7, ben)));
        model = model.apply(List.of(joined.read(6, ben), joined.read(4, ben)));

        assertThat(model.contains(ben)).as("left at 7; joined at 6 arrived late").isFalse();
        assertThat(model.apply(List.of(joined.read(8, ben))).contains(ben)).isTrue();
    }

    @Test
    void aPairFromBeforeAFullReadStaysLiftedWhenItArrivesLate() {
        AccountId ana = new AccountId(new UUID(9, 1));
        AccountId ben = new AccountId(new UUID(9, 2));
        Random random = new Random(4);
        State state = new State(new HashMap<>(Map.of(ana, attendee(ana, random), ben, attendee(ben, random))),
                new HashSet<>());
        MatchingModel model = MatchingModel.of(state.read(1));

        model = model.apply(List.of(state.read(3))); // blocked at 2, lifted at 3: the full read at 3 has no pair
        model = model.apply(List.of(new ModelDelta.Excluded(2, Exclusions.Pair.of(ana, ben))));

        assertThat(model.engine(SETTINGS).mayMeet(ana, ben)).isTrue();
    }

    private static Member member(Attendee attendee, long version) {
        return new Member(MatchProfile.of(attendee), attendee.displayName() + "'s headline", null, version);
    }

    private static Attendee attendee(AccountId id, Random random) {
        Set<Interest> interests = new HashSet<>();
        for (int i = random.nextInt(5); i > 0; i--) {
            interests.add(Interest.of("topic " + random.nextInt(12)));
        }
        return new Attendee(id, "P" + random.nextInt(1000), interests, Set.of(), Set.of(),
                "industry " + random.nextInt(3), null, "company " + random.nextInt(6), Attendee.visibleToAttendees());
    }
}
