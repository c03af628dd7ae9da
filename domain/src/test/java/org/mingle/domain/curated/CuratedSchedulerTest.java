package org.mingle.domain.curated;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mingle.domain.curated.CuratedWorld.DAY;
import static org.mingle.domain.curated.CuratedWorld.EVENT;
import static org.mingle.domain.curated.CuratedWorld.person;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mingle.domain.meetings.MeetingRequestId;
import org.mingle.domain.meetings.MeetingTable;
import org.mingle.domain.meetings.MeetingTableId;
import org.mingle.domain.meetings.NetworkingSession;
import org.mingle.domain.meetings.NetworkingSessionId;
import org.mingle.domain.meetings.Slot;
import org.mingle.domain.meetings.SlotBook;
import org.mingle.domain.shared.AccountId;

/** The scheduler's priorities, explanations and reasons for shortfalls, on events small enough to read. */
class CuratedSchedulerTest {

    private static final AccountId ADA = person(0);
    private static final AccountId BEN = person(1);
    private static final AccountId CLEO = person(2);
    private static final AccountId DAN = person(3);
    private static final Map<AccountId, String> NAMES = Map.of(ADA, "Ada", BEN, "Ben", CLEO, "Cleo", DAN, "Dan");

    /** An event of {@code slots} 15-minute slots and {@code tables} two-seat tables, Ada to Dan free throughout. */
    private static final class Event {
        final NetworkingSession session;
        final List<MeetingTable> tables = new ArrayList<>();
        final List<Participant> participants = new ArrayList<>();
        final List<Mark> must = new ArrayList<>();
        final List<Mark> noThanks = new ArrayList<>();
        final List<SlotBook.Booked> existing = new ArrayList<>();
        final Map<AccountId, List<Slot>> busy = new HashMap<>();
        final Map<Set<AccountId>, Double> scores = new HashMap<>();
        MeetingRule rule = MeetingRule.ANYONE;

        Event(int slots, int tables) {
            session = new NetworkingSession(new NetworkingSessionId(new UUID(2, 1)), EVENT, "Meetings", DAY,
                    DAY.plus(Duration.ofMinutes(15L * slots)), 15);
            for (int t = 0; t < tables; t++) {
                this.tables.add(new MeetingTable(new MeetingTableId(new UUID(3, t)), EVENT, "T" + t, 2));
            }
            for (AccountId person : List.of(ADA, BEN, CLEO, DAN)) {
                participants.add(new Participant(person, 0, slots));
            }
        }

        Event score(AccountId a, AccountId b, double score) {
            scores.put(Set.of(a, b), score);
            return this;
        }

        Event minimum(AccountId person, int minimum, int maximum) {
            participants.replaceAll(p -> p.account().equals(person) ? new Participant(person, minimum, maximum) : p);
            return this;
        }

        Slot slot(int index) {
            return session.slots().get(index);
        }

        CuratedProblem problem() {
            return new CuratedProblem(List.of(session), tables, existing, busy, participants, must, noThanks,
                    (a, b) -> scores.getOrDefault(Set.of(a, b), 0.5), rule);
        }

        CuratedSchedule schedule() {
            CuratedProblem problem = problem();
            CuratedSchedule schedule = CuratedScheduler.schedule(problem);
            CuratedWorld.assertValid(problem, schedule);
            return schedule;
        }
    }

    private static Set<AccountId> pair(CuratedMeeting meeting) {
        return Set.of(meeting.first(), meeting.second());
    }

    @Test
    void bothAskedComesBeforeOneAskedWhichComesBeforeTheBestScore() {
        var event = new Event(1, 1).score(ADA, CLEO, 3).score(ADA, BEN, 0.1).score(CLEO, DAN, 0.2);
        event.must.addAll(List.of(new Mark(ADA, BEN), new Mark(BEN, ADA), new Mark(CLEO, DAN)));

        CuratedSchedule one = event.schedule();
        assertThat(one.meetings()).singleElement().satisfies(meeting -> {
            assertThat(pair(meeting)).isEqualTo(Set.of(ADA, BEN));
            assertThat(meeting.reason()).isEqualTo(CuratedMeeting.Reason.BOTH_ASKED);
            assertThat(meeting.explanationFor(BEN, NAMES::get)).isEqualTo("You both asked to meet");
        });

        event.tables.add(new MeetingTable(new MeetingTableId(new UUID(3, 9)), EVENT, "T9", 2));
        CuratedSchedule two = event.schedule();
        assertThat(two.meetings()).extracting(CuratedSchedulerTest::pair)
                .containsExactlyInAnyOrder(Set.of(ADA, BEN), Set.of(CLEO, DAN));
        CuratedMeeting asked = two.meetings().stream().filter(m -> m.involves(DAN)).findFirst().orElseThrow();
        assertThat(asked.reason()).isEqualTo(CuratedMeeting.Reason.ONE_ASKED);
        assertThat(asked.askedBy()).isEqualTo(CLEO);
        assertThat(asked.explanationFor(DAN, NAMES::get)).isEqualTo("Cleo asked to meet you");
        assertThat(asked.explanationFor(CLEO, NAMES::get)).isEqualTo("You asked to meet Dan");
        assertThat(two.totals()).isEqualByComparingTo(new CuratedSchedule.Totals(0, 3, 0.1 + 0.2));
    }

    @Test
    void withoutWishesTheBestScoresMeetAndTheRestIsTheBestRemainingMatch() {
        var event = new Event(1, 2).score(ADA, BEN, 2).score(CLEO, DAN, 0.1).score(ADA, CLEO, 1.5)
                .score(BEN, DAN, 1.5);

        CuratedSchedule schedule = event.schedule();

        assertThat(schedule.meetings()).extracting(CuratedSchedulerTest::pair)
                .containsExactlyInAnyOrder(Set.of(ADA, CLEO), Set.of(BEN, DAN));
        assertThat(schedule.meetings()).allSatisfy(meeting ->
                assertThat(meeting.explanationFor(meeting.first(), NAMES::get)).isEqualTo("Best remaining match"));
        assertThat(schedule.meetings()).extracting(m -> m.placement().table()).doesNotHaveDuplicates();
    }

    @Test
    void aMinimumComesBeforeOthersWishes() {
        var event = new Event(1, 1).minimum(ADA, 1, 1);
        event.must.addAll(List.of(new Mark(BEN, CLEO), new Mark(CLEO, BEN)));
        event.rule = (a, b) -> !Set.of(a, b).contains(DAN) && !Set.of(a, b).equals(Set.of(ADA, BEN));

        assertThat(event.schedule().meetings()).extracting(CuratedSchedulerTest::pair)
                .containsExactly(Set.of(ADA, CLEO));
    }

    @Test
    void noThanksOutweighsMustMeetAndExplainsTheShortfall() {
        var event = new Event(2, 1).minimum(ADA, 1, 2);
        event.must.add(new Mark(ADA, BEN));
        event.noThanks.add(new Mark(BEN, ADA));
        event.rule = (a, b) -> Set.of(a, b).equals(Set.of(ADA, BEN)) || !Set.of(a, b).contains(ADA);

        CuratedSchedule schedule = event.schedule();

        assertThat(schedule.meetings()).noneMatch(meeting -> meeting.involves(ADA));
        assertThat(schedule.shortfalls()).singleElement().isEqualTo(
                new Shortfall(ADA, 1, 0, Shortfall.Cause.NO_THANKS));
    }

    @Test
    void existingBookingsStayCountAndAreNotRepeated() {
        var event = new Event(2, 1).minimum(ADA, 2, 2).minimum(BEN, 0, 1);
        SlotBook book = new SlotBook(List.of(event.session), event.tables, List.of(), Map.of());
        var placement = book.at(ADA, BEN, event.slot(0).startsAt(), new MeetingRequestId(new UUID(4, 0)))
                .orElseThrow();
        event.existing.add(book.book(new MeetingRequestId(new UUID(4, 0)), ADA, BEN, placement));
        event.score(ADA, BEN, 3).score(BEN, CLEO, 2);

        CuratedSchedule schedule = event.schedule();

        assertThat(schedule.meetings()).singleElement().satisfies(meeting -> {
            assertThat(meeting.placement().slot()).isEqualTo(event.slot(1));
            assertThat(meeting.involves(ADA)).isTrue();
            assertThat(meeting.involves(BEN)).as("Ben is at his maximum").isFalse();
        });
        assertThat(schedule.shortfalls()).isEmpty();
    }

    @Test
    void eachShortfallSaysWhy() {
        var notFree = new Event(2, 2).minimum(ADA, 1, 2);
        notFree.busy.put(ADA, List.of(notFree.slot(0), notFree.slot(1)));
        assertThat(notFree.schedule().shortfalls()).extracting(Shortfall::cause)
                .containsExactly(Shortfall.Cause.NOT_FREE);

        var rules = new Event(2, 2).minimum(ADA, 2, 2);
        rules.rule = (a, b) -> !Set.of(a, b).contains(ADA) || Set.of(a, b).contains(BEN);
        assertThat(rules.schedule().shortfalls()).extracting(Shortfall::cause).containsExactly(Shortfall.Cause.RULES);

        var noCommonTime = new Event(2, 2).minimum(ADA, 1, 1);
        noCommonTime.busy.put(ADA, List.of(noCommonTime.slot(1)));
        for (AccountId other : List.of(BEN, CLEO, DAN)) {
            noCommonTime.busy.put(other, List.of(noCommonTime.slot(0)));
        }
        assertThat(noCommonTime.schedule().shortfalls()).extracting(Shortfall::cause)
                .containsExactly(Shortfall.Cause.NO_COMMON_TIME);

        // one table; Ben and Cleo's booking holds it in the first slot, and Ada is busy in the second
        var tablesFull = new Event(2, 1).minimum(ADA, 1, 1);
        tablesFull.busy.put(ADA, List.of(tablesFull.slot(1)));
        SlotBook book = new SlotBook(List.of(tablesFull.session), tablesFull.tables, List.of(), Map.of());
        var placement = book.at(BEN, CLEO, tablesFull.slot(0).startsAt(), new MeetingRequestId(new UUID(4, 1)))
                .orElseThrow();
        tablesFull.existing.add(book.book(new MeetingRequestId(new UUID(4, 1)), BEN, CLEO, placement));
        assertThat(tablesFull.schedule().shortfalls()).extracting(Shortfall::cause)
                .containsExactly(Shortfall.Cause.TABLES_FULL);

        // Ada and Ben both need a meeting and may only meet Cleo, who has room for one
        var taken = new Event(1, 2).minimum(ADA, 1, 1).minimum(BEN, 1, 1).minimum(CLEO, 0, 1);
        taken.rule = (a, b) -> Set.of(a, b).contains(CLEO) && !Set.of(a, b).contains(DAN);
        assertThat(taken.schedule().shortfalls()).extracting(Shortfall::cause)
                .containsExactly(Shortfall.Cause.PARTNERS_TAKEN);
    }
}
