package org.mingle.domain.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mingle.domain.events.EarlierEvent;
import org.mingle.domain.events.EventId;
import org.mingle.domain.shared.AccountId;

/** Where pairs met before, as an event's model keeps it through reads arriving late or out of order. */
class MatchingModelMetBeforeTest {

    private static final EventId EVENT = new EventId(new UUID(0, 1));
    private static final AccountId ANA = new AccountId(new UUID(0, 11));
    private static final AccountId BEN = new AccountId(new UUID(0, 12));
    private static final AccountId CID = new AccountId(new UUID(0, 13));
    private static final EarlierEvent MARCH = new EarlierEvent(new EventId(new UUID(0, 3)), "March meetup",
            Instant.parse("2026-03-01T18:00:00Z"));
    private static final Exclusions.Pair ANA_BEN = Exclusions.Pair.of(ANA, BEN);
    private static final Exclusions.Pair ANA_CID = Exclusions.Pair.of(ANA, CID);

    @Test
    void aFullReadBringsThePairsAndTheEventWhereTheyMet() {
        var model = MatchingModel.of(everything(1, Map.of(ANA_BEN, MARCH)));

        assertThat(model.metBefore(BEN, ANA)).contains(MARCH);
        assertThat(model.metBefore(ANA, CID)).isEmpty();
        assertThat(model.metBefore(ANA, ANA)).isEmpty();
        assertThat(model.pairsMetBefore()).containsExactly(ANA_BEN);
    }

    @Test
    void aNewcomersMemoryStaysWhenAnOlderFullReadArrivesAfterIt() {
        var model = MatchingModel.of(everything(1, Map.of(ANA_BEN, MARCH)));

        model = model.apply(List.of(new ModelDelta.Members(5, EVENT, Set.of(CID), List.of(member(CID, 5)), Set.of(),
                Map.of(ANA_CID, MARCH))));
        model = model.apply(List.of(everything(3, Map.of(ANA_BEN, MARCH))));

        assertThat(model.metBefore(ANA, CID)).contains(MARCH);
        assertThat(model.metBefore(ANA, BEN)).contains(MARCH);
    }

    @Test
    void aNewerFullReadReplacesWhatItIsNewerThan() {
        var model = MatchingModel.of(everything(1, Map.of(ANA_BEN, MARCH)));

        model = model.apply(List.of(everything(4, Map.of())));

        assertThat(model.metBefore(ANA, BEN)).isEmpty();
    }

    @Test
    void newExclusionsKeepTheMemory() {
        var model = MatchingModel.of(everything(1, Map.of(ANA_BEN, MARCH)));

        model = model.apply(List.of(ModelDelta.Excluded.connected(ANA_CID)));

        assertThat(model.metBefore(ANA, BEN)).contains(MARCH);
    }

    private static ModelDelta.Everything everything(long version, Map<Exclusions.Pair, EarlierEvent> met) {
        return new ModelDelta.Everything(version, List.of(member(ANA, version), member(BEN, version)), Set.of(),
                Set.of(), met);
    }

    private static Member member(AccountId id, long version) {
        var attendee = new Attendee(id, "P" + id.value().getLeastSignificantBits(), Set.of(), Set.of(), Set.of(), "",
                null, "", Attendee.visibleToAttendees());
        return new Member(MatchProfile.of(attendee), null, null, version);
    }
}
