package org.mingle.domain.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mingle.domain.events.EventId;
import org.mingle.domain.shared.AccountId;

/** Meeting right away: the slot under way or about to begin, and who is taken around now. */
class SlotBookRightAwayTest {

    private static final EventId EVENT = new EventId(UUID.randomUUID());
    private static final Instant START = Instant.parse("2027-03-04T17:00:00Z");
    private static final NetworkingSession SESSION = new NetworkingSession(NetworkingSessionId.newId(), EVENT,
            "Meetings", START, START.plus(Duration.ofHours(1)), 15);
    private static final MeetingTable TABLE = new MeetingTable(MeetingTableId.newId(), EVENT, "Window", 2);

    private final AccountId ana = person();
    private final AccountId ben = person();
    private final AccountId cem = person();
    private final AccountId dua = person();

    @Test
    void aMeetingForNowTakesTheSlotUnderWayWhileFiveMinutesAreLeft() {
        var book = new SlotBook(List.of(SESSION), List.of(TABLE), List.of(), Map.of());

        assertThat(book.rightAway(ana, ben, START.plus(Duration.ofMinutes(3)), MeetingRequestId.newId()))
                .hasValueSatisfying(placement -> assertThat(placement.slot().startsAt()).isEqualTo(START));
        assertThat(book.rightAway(ana, ben, START.plus(Duration.ofMinutes(10)), MeetingRequestId.newId()))
                .as("exactly five minutes left").hasValueSatisfying(placement ->
                        assertThat(placement.slot().startsAt()).isEqualTo(START));
        assertThat(book.rightAway(ana, ben, START.plus(Duration.ofMinutes(11)), MeetingRequestId.newId()))
                .as("four minutes left: the next slot, which begins in four").hasValueSatisfying(placement ->
                        assertThat(placement.slot().startsAt()).isEqualTo(START.plus(Duration.ofMinutes(15))));
        assertThat(book.rightAway(ana, ben, START.minus(Duration.ofMinutes(6)), MeetingRequestId.newId()))
                .as("before the session, more than five minutes ahead").isEmpty();
        assertThat(book.rightAway(ana, ben, START.plus(Duration.ofMinutes(56)), MeetingRequestId.newId()))
                .as("the session is all but over").isEmpty();
    }

    @Test
    void aFullTableOrSomeoneTakenLeavesNoPlaceRightAway() {
        var book = new SlotBook(List.of(SESSION), List.of(TABLE), List.of(), Map.of());
        var now = START.plus(Duration.ofMinutes(2));
        var first = MeetingRequestId.newId();
        book.book(first, ana, ben, book.rightAway(ana, ben, now, first).orElseThrow());

        assertThat(book.rightAway(cem, dua, now, MeetingRequestId.newId())).as("the only table is taken").isEmpty();
        assertThat(book.busyAround(now)).containsExactlyInAnyOrder(ana, ben);
        assertThat(book.busyAround(START.plus(Duration.ofMinutes(15)))).as("their slot is over").isEmpty();
        assertThat(book.busyAround(START.minus(Duration.ofMinutes(4)))).as("their slot begins in four minutes")
                .containsExactlyInAnyOrder(ana, ben);
        assertThat(book.busyAround(START.minus(Duration.ofMinutes(5)))).as("and not in five").isEmpty();
    }

    @Test
    void aRoundSeatMakesSomeoneBusyAndKeepsTheirPlaceFree() {
        var round = new Slot(START, START.plus(Duration.ofMinutes(10)));
        var book = new SlotBook(List.of(SESSION), List.of(TABLE), List.of(), Map.of(cem, List.of(round)));
        var now = START.plus(Duration.ofMinutes(1));

        assertThat(book.busyAround(now)).containsExactly(cem);
        assertThat(book.rightAway(cem, dua, now, MeetingRequestId.newId())).as("Cem sits in a round").isEmpty();
        assertThat(book.rightAway(ana, dua, now, MeetingRequestId.newId())).isPresent();
    }

    @Test
    void someoneReleasedFromAMeetingByANoShowIsFreeRightAwayWhileTheOtherStaysBooked() {
        var twoTables = List.of(TABLE, new MeetingTable(MeetingTableId.newId(), EVENT, "Door", 2));
        var book = new SlotBook(List.of(SESSION), twoTables, List.of(), Map.of());
        var now = START.plus(Duration.ofMinutes(4));
        var noShow = MeetingRequestId.newId();
        book.book(noShow, ana, ben, book.rightAway(ana, ben, now, noShow).orElseThrow());
        assertThat(book.rightAway(ana, cem, now, MeetingRequestId.newId())).as("before Ana reports it").isEmpty();

        book.release(noShow, ana);

        assertThat(book.busyAround(now)).as("Ben never came, but nobody released him").containsExactly(ben);
        assertThat(book.rightAway(ana, cem, now, MeetingRequestId.newId()))
                .as("Ana meets Cem at the other table: the no-show keeps its place")
                .hasValueSatisfying(placement -> assertThat(placement.table()).isEqualTo(twoTables.get(1).id()));
    }

    private static AccountId person() {
        return new AccountId(UUID.randomUUID());
    }
}
