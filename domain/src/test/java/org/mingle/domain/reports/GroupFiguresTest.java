package org.mingle.domain.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mingle.domain.events.EventId;
import org.mingle.domain.reports.GroupFigures.Attendance;
import org.mingle.domain.reports.GroupFigures.Connection;
import org.mingle.domain.reports.GroupFigures.GroupEvent;
import org.mingle.domain.shared.AccountId;

/** The group report's arithmetic: newcomers, returning attendances, distinct pairs across events, members by month. */
class GroupFiguresTest {

    private static final Instant NOW = Instant.parse("2027-03-20T12:00:00Z");

    private final AccountId ana = person();
    private final AccountId ben = person();
    private final AccountId cleo = person();
    private final AccountId dan = person();
    private final GroupEvent january = event("January", "2027-01-12T18:30:00Z");
    private final GroupEvent february = event("February", "2027-02-09T18:30:00Z");
    private final GroupEvent march = event("March", "2027-03-09T18:30:00Z");

    @Test
    void newcomersAreAtTheirFirstEventAndReturningAttendancesMakeTheShare() {
        var report = GroupFigures.report(List.of(), List.of(january, february, march),
                List.of(came(january, ana), came(january, ben),
                        came(february, ana), came(february, cleo), came(february, ben),
                        came(march, dan), came(march, ana), came(march, ana)),
                List.of(), NOW, ZoneOffset.UTC);

        assertThat(report.events()).extracting(GroupReport.EventFigures::title, GroupReport.EventFigures::attendees,
                        GroupReport.EventFigures::newcomers)
                .containsExactly(tuple("January", 2, 2),
                        tuple("February", 3, 1),
                        tuple("March", 2, 1));
        // 7 attendances (Ana counted once in March), 3 of them by people who came before: Ana twice, Ben once.
        assertThat(report.returningShare()).isEqualTo(3.0 / 7);
    }

    @Test
    void aPairConnectedAgainAtALaterEventCountsOnceAcrossTheSeries() {
        var report = GroupFigures.report(List.of(), List.of(january, february, march), List.of(),
                List.of(met(january, ana, ben), met(january, cleo, dan),
                        met(february, ben, ana), met(february, ana, cleo),
                        met(march, dan, ben)),
                NOW, ZoneOffset.UTC);

        assertThat(report.events()).extracting(GroupReport.EventFigures::connections).containsExactly(2, 2, 1);
        assertThat(report.cumulativeConnections()).extracting(GroupReport.ConnectedPairs::pairs)
                .containsExactly(2, 3, 4);
        assertThat(report.returningShare()).isZero();
    }

    @Test
    void membersGrowMonthByMonthUpToNowEvenInMonthsWithoutJoins() {
        var report = GroupFigures.report(List.of(Instant.parse("2026-12-31T23:00:00Z"),
                        Instant.parse("2026-12-02T10:00:00Z"), Instant.parse("2027-02-14T09:00:00Z")),
                List.of(), List.of(), List.of(), NOW, ZoneOffset.UTC);

        assertThat(report.members()).isEqualTo(3);
        assertThat(report.membersOverTime()).containsExactly(
                new GroupReport.MembersAt(YearMonth.of(2026, 12), 2),
                new GroupReport.MembersAt(YearMonth.of(2027, 1), 2),
                new GroupReport.MembersAt(YearMonth.of(2027, 2), 3),
                new GroupReport.MembersAt(YearMonth.of(2027, 3), 3));
        assertThat(report.events()).isEmpty();
    }

    private static AccountId person() {
        return new AccountId(UUID.randomUUID());
    }

    private static GroupEvent event(String title, String start) {
        return new GroupEvent(EventId.newId(), title, Instant.parse(start));
    }

    private static Attendance came(GroupEvent event, AccountId person) {
        return new Attendance(event.id(), person);
    }

    private static Connection met(GroupEvent event, AccountId one, AccountId other) {
        return new Connection(event.id(), one, other);
    }
}
