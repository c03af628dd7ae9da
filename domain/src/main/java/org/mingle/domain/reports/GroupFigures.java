package org.mingle.domain.reports;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mingle.domain.events.EventId;
import org.mingle.domain.shared.AccountId;

/** The group report's arithmetic, from the facts the database gives, in plain Java. */
final class GroupFigures {

    /** A group event that has started. */
    record GroupEvent(EventId id, String title, Instant startsAt) {
    }

    /** Someone who attended an event. */
    record Attendance(EventId event, AccountId person) {
    }

    /** Two people who connected at an event, in either order. */
    record Connection(EventId event, AccountId one, AccountId other) {
    }

    private GroupFigures() {
    }

    /**
     * @param joins  when each current member joined
     * @param events the group's started events, in the order they took place
     * @param now    the report's moment: the months run up to its month
     */
    static GroupReport report(List<Instant> joins, List<GroupEvent> events, List<Attendance> attendances,
                              List<Connection> connections, Instant now, ZoneId zone) {
        Map<EventId, Set<AccountId>> attendeesOf = new HashMap<>();
        attendances.forEach(a -> attendeesOf.computeIfAbsent(a.event(), e -> new HashSet<>()).add(a.person()));
        Map<EventId, List<Connection>> connectionsOf = new HashMap<>();
        connections.forEach(c -> connectionsOf.computeIfAbsent(c.event(), e -> new ArrayList<>()).add(c));

        Set<AccountId> seen = new HashSet<>();
        Set<Set<AccountId>> pairs = new HashSet<>();
        List<GroupReport.EventFigures> figures = new ArrayList<>();
        List<GroupReport.ConnectedPairs> cumulative = new ArrayList<>();
        int total = 0;
        int returning = 0;
        for (GroupEvent event : events) {
            Set<AccountId> came = attendeesOf.getOrDefault(event.id(), Set.of());
            int newcomers = 0;
            for (AccountId person : came) {
                if (seen.add(person)) {
                    newcomers++;
                }
            }
            total += came.size();
            returning += came.size() - newcomers;
            List<Connection> made = connectionsOf.getOrDefault(event.id(), List.of());
            made.forEach(c -> pairs.add(Set.of(c.one(), c.other())));
            figures.add(new GroupReport.EventFigures(event.id(), event.title(), event.startsAt(), came.size(),
                    newcomers, made.size()));
            cumulative.add(new GroupReport.ConnectedPairs(event.id(), pairs.size()));
        }
        double returningShare = total == 0 ? 0 : (double) returning / total;
        return new GroupReport(joins.size(), membersOverTime(joins, now, zone), figures, returningShare, cumulative);
    }

    /** Members at the end of each month, from the first join's month to now's. */
    static List<GroupReport.MembersAt> membersOverTime(List<Instant> joins, Instant now, ZoneId zone) {
        if (joins.isEmpty()) {
            return List.of();
        }
        Map<YearMonth, Integer> joinedIn = new LinkedHashMap<>();
        YearMonth first = YearMonth.from(now.atZone(zone));
        for (Instant joined : joins) {
            YearMonth month = YearMonth.from(joined.atZone(zone));
            joinedIn.merge(month, 1, Integer::sum);
            first = month.isBefore(first) ? month : first;
        }
        List<GroupReport.MembersAt> months = new ArrayList<>();
        int members = 0;
        YearMonth last = YearMonth.from(now.atZone(zone));
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            members += joinedIn.getOrDefault(month, 0);
            months.add(new GroupReport.MembersAt(month, members));
        }
        return months;
    }
}
