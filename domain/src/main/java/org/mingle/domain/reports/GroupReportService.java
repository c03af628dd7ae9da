package org.mingle.domain.reports;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.mingle.domain.groups.GroupService;
import org.mingle.domain.meetings.MeetingRequestService;
import org.mingle.domain.shared.AccessDeniedException;
import org.mingle.domain.shared.AccountId;

/** The report of a group across its events, for the group's owners and organizers. */
@Singleton
public class GroupReportService {

    private final GroupService groups;
    private final JdbcGroupReports facts;
    private final MeetingRequestService requests;
    private final Clock clock;

    GroupReportService(GroupService groups, JdbcGroupReports facts, MeetingRequestService requests, Clock clock) {
        this.groups = groups;
        this.facts = facts;
        this.requests = requests;
        this.clock = clock;
    }

    /**
     * @throws org.mingle.domain.groups.GroupNotFoundException when the viewer cannot see such a group
     * @throws AccessDeniedException                             when the viewer does not run it
     */
    @ReadOnly
    public GroupReport report(AccountId viewer, String groupIdOrSlug) {
        var view = groups.get(Optional.of(viewer), groupIdOrSlug);
        if (!view.organizedByViewer()) {
            throw new AccessDeniedException("Only the group's owners and organizers see its report.");
        }
        var group = view.group().id();
        var now = clock.instant();
        var events = facts.startedEvents(group, now);
        var ids = events.stream().map(GroupFigures.GroupEvent::id).toList();
        return GroupFigures.report(facts.memberJoins(group), events,
                ids.isEmpty() ? List.of() : facts.attendances(ids),
                ids.isEmpty() ? List.of() : facts.connections(ids), now, clock.getZone())
                .withMeetings(requests.figures(ids),
                        HeldMeetingFigures.Across.of(ids.isEmpty() ? List.of() : facts.heldMeetings(ids, now)));
    }
}
