package org.mingle.domain.reports;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.mingle.domain.connections.ConnectionService;
import org.mingle.domain.connections.MyConnection;
import org.mingle.domain.connections.NetworkFilter;
import org.mingle.domain.events.Event;
import org.mingle.domain.events.EventAccess;
import org.mingle.domain.events.EventId;
import org.mingle.domain.events.EventService;
import org.mingle.domain.meetings.MeetingRequestService;
import org.mingle.domain.meetings.MeetingScheduleService;
import org.mingle.domain.meetings.RequestFigures;
import org.mingle.domain.meetings.ScheduledMeeting;
import org.mingle.domain.profiles.ProfileService;
import org.mingle.domain.registration.RegistrationService;
import org.mingle.domain.shared.AccessDeniedException;
import org.mingle.domain.shared.AccountId;
import org.mingle.domain.shared.InvalidInputException;

/**
 * Post-event reports: for organizers, what the event achieved (attendance, connections, interests, outcomes as
 * anonymous counts, the network picture, every connection as CSV); for each attendee, their own. Every section is one
 * or two aggregate queries over facts stored when connections were recorded (decision 14).
 */
@Singleton
public class ReportService {

    public static final int TOP_INTERESTS = 10;
    public static final int PICTURE_MAX = 500;

    private final Reports reports;
    private final EventService events;
    private final RegistrationService registrations;
    private final ProfileService profiles;
    private final ConnectionService connections;
    private final MeetingScheduleService meetings;
    private final MeetingRequestService requests;
    private final Clock clock;

    ReportService(Reports reports, EventService events, RegistrationService registrations, ProfileService profiles,
                  ConnectionService connections, MeetingScheduleService meetings, MeetingRequestService requests,
                  Clock clock) {
        this.reports = reports;
        this.events = events;
        this.registrations = registrations;
        this.profiles = profiles;
        this.connections = connections;
        this.meetings = meetings;
        this.requests = requests;
        this.clock = clock;
    }

    /** The whole organizer report. */
    @ReadOnly
    public EventReport report(AccountId actor, EventId eventId) {
        Event event = organizerOf(actor, eventId);
        EventReport.Funnel funnel = funnel(event);
        return new EventReport(funnel, networking(event, funnel), degreeDistribution(event, funnel),
                reports.topInterests(eventId, TOP_INTERESTS), reports.connectingInterests(eventId, TOP_INTERESTS),
                ReportFigures.outcomes(reports.outcomes(eventId)), requests.figures(List.of(eventId)).of(eventId),
                reports.heldMeetings(eventId, clock.instant()));
    }

    /** How the meeting requests fared: answered, accepted, how fast, expired. */
    @ReadOnly
    public RequestFigures requests(AccountId actor, EventId eventId) {
        organizerOf(actor, eventId);
        return requests.figures(List.of(eventId)).of(eventId);
    }

    /** The attendance funnel alone. */
    @ReadOnly
    public EventReport.Funnel funnel(AccountId actor, EventId eventId) {
        return funnel(organizerOf(actor, eventId));
    }

    /** The networking figures alone. */
    @ReadOnly
    public EventReport.Networking networking(AccountId actor, EventId eventId) {
        Event event = organizerOf(actor, eventId);
        return networking(event, funnel(event));
    }

    /** The degree distribution alone. */
    @ReadOnly
    public List<EventReport.DegreeCount> degreeDistribution(AccountId actor, EventId eventId) {
        Event event = organizerOf(actor, eventId);
        return degreeDistribution(event, funnel(event));
    }

    /** The most common interests among attendees, and those shared by most connections. */
    @ReadOnly
    public List<List<EventReport.InterestCount>> interests(AccountId actor, EventId eventId) {
        organizerOf(actor, eventId);
        return List.of(reports.topInterests(eventId, TOP_INTERESTS),
                reports.connectingInterests(eventId, TOP_INTERESTS));
    }

    /** Outcomes attendees reported, as anonymous counts. */
    @ReadOnly
    public List<EventReport.OutcomeCount> outcomes(AccountId actor, EventId eventId) {
        organizerOf(actor, eventId);
        return ReportFigures.outcomes(reports.outcomes(eventId));
    }

    /**
     * The connection network of the most connected people, placed for drawing.
     *
     * @throws InvalidInputException when {@code maxPeople} is not between 1 and {@link #PICTURE_MAX}
     */
    @ReadOnly
    public NetworkPicture picture(AccountId actor, EventId eventId, int maxPeople) {
        if (maxPeople < 1 || maxPeople > PICTURE_MAX) {
            throw InvalidInputException.of("people", "must be between 1 and " + PICTURE_MAX);
        }
        organizerOf(actor, eventId);
        List<NetworkPicture.Person> people = reports.mostConnected(eventId, maxPeople);
        Map<AccountId, Integer> index = new HashMap<>();
        people.forEach(person -> index.put(person.account(), index.size()));
        List<int[]> lines = new ArrayList<>();
        for (var pair : reports.connectionsAmong(eventId, people.stream().map(NetworkPicture.Person::account)
                .toList())) {
            lines.add(new int[] {index.get(pair.first()), index.get(pair.second())});
        }
        double[][] at = NetworkLayout.place(people.size(), lines, eventId.value().getLeastSignificantBits());
        Map<AccountId, String> names = profiles.namesOf(index.keySet());
        List<NetworkPicture.Dot> dots = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            NetworkPicture.Person person = people.get(i);
            dots.add(new NetworkPicture.Dot(person, names.get(person.account()), at[i][0], at[i][1]));
        }
        return new NetworkPicture(dots, lines, reports.connectedPeople(eventId));
    }

    /** Every connection of the event, for the organizers' CSV; streamed. */
    @ReadOnly
    public void forEachConnection(AccountId actor, EventId eventId, Consumer<ConnectionRow> sink) {
        organizerOf(actor, eventId);
        reports.forEachConnection(eventId, sink);
    }

    /**
     * An attendee's own report.
     *
     * @throws AccessDeniedException when the actor is not a confirmed attendee
     */
    @ReadOnly
    public AttendeeReport mine(AccountId actor, EventId eventId) {
        events.get(Optional.of(actor), eventId);
        if (!registrations.isConfirmed(eventId, actor)) {
            throw new AccessDeniedException("Only the event's attendees have a report of their own.");
        }
        var counts = reports.attendeeCounts(eventId, actor);
        Instant now = clock.instant();
        List<ScheduledMeeting> mine = meetings.mine(actor, eventId);
        int held = (int) mine.stream().filter(m -> m.slot() != null && m.slot().endsAt().isBefore(now)).count();
        List<MyConnection> met = connections.network(actor, new NetworkFilter(eventId, null, null, null, false));
        return new AttendeeReport(counts.peopleMet(), counts.outsideIndustry(), mine.size(), held,
                counts.followUpsOpen(), met);
    }

    private EventReport.Funnel funnel(Event event) {
        return reports.funnel(event.id(), !clock.instant().isBefore(event.details().startsAt()));
    }

    private EventReport.Networking networking(Event event, EventReport.Funnel funnel) {
        EventId id = event.id();
        int attendees = attendeesOf(funnel);
        var counts = reports.connectionCounts(id);
        Map<Integer, Integer> degrees = reports.degreeCounts(id, funnel.checkedIn() > 0);
        int connected = degrees.values().stream().mapToInt(Integer::intValue).sum();
        long ends = degrees.entrySet().stream().mapToLong(e -> (long) e.getKey() * e.getValue()).sum();
        var firstTimers = reports.firstTimers(id, event.details().startsAt());
        var requests = reports.requests(id);
        var rounds = reports.roundPairs(id);
        return new EventReport.Networking(attendees, counts.connections(), connected,
                ReportFigures.share(connected, attendees),
                attendees == 0 ? 0 : Math.round(100.0 * ends / attendees) / 100.0,
                counts.crossIndustry(), ReportFigures.share(counts.crossIndustry(), counts.connections()),
                firstTimers.count(), firstTimers.withConnection(), requests.sent(), requests.accepted(),
                counts.recommended(), rounds.pairs(), rounds.connected());
    }

    private List<EventReport.DegreeCount> degreeDistribution(Event event, EventReport.Funnel funnel) {
        return ReportFigures.degreeDistribution(reports.degreeCounts(event.id(), funnel.checkedIn() > 0),
                attendeesOf(funnel));
    }

    /** Whom shares are out of: the people checked in, or everyone confirmed while nobody is. */
    private static int attendeesOf(EventReport.Funnel funnel) {
        return funnel.checkedIn() > 0 ? funnel.checkedIn() : funnel.confirmed();
    }

    private Event organizerOf(AccountId actor, EventId eventId) {
        Event event = events.get(Optional.of(actor), eventId);
        var role = events.roleOf(Optional.of(actor), eventId);
        EventAccess.require(EventAccess.canManage(role), event, role, "Only the event's organizers see its report.");
        return event;
    }
}
