package org.mingle.domain.endorsements;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.mingle.domain.connections.ConnectionId;
import org.mingle.domain.connections.ConnectionService;
import org.mingle.domain.events.Event;
import org.mingle.domain.events.EventId;
import org.mingle.domain.events.EventService;
import org.mingle.domain.meetings.BlockService;
import org.mingle.domain.meetings.MeetingScheduleService;
import org.mingle.domain.profiles.ProfileNotFoundException;
import org.mingle.domain.profiles.ProfileService;
import org.mingle.domain.shared.AccountId;
import org.mingle.domain.shared.ConflictException;
import org.mingle.domain.shared.InvalidInputException;
import org.mingle.domain.shared.Page;
import org.mingle.domain.shared.PageRequest;
import org.mingle.domain.shared.RuleViolationException;

/**
 * Endorsements (decision 46): after two people met at an event, either may vouch for the other on one to three of the
 * other's interests. The endorsed person hears of it, and nothing shows anywhere until they approve it; they may hide
 * it again. One endorsement per endorser, endorsed person and event.
 */
@Singleton
public class EndorsementService {

    /** The page under "My profile" listing what one received; notices link there and the web UI routes it. */
    public static final String ENDORSEMENTS_PAGE = "profile/endorsements";

    private final JdbcEndorsements endorsements;
    private final ConnectionService connections;
    private final MeetingScheduleService meetings;
    private final BlockService blocks;
    private final EventService events;
    private final ProfileService profiles;
    private final ApplicationEventPublisher<EndorsementGiven> given;
    private final Clock clock;

    EndorsementService(JdbcEndorsements endorsements, ConnectionService connections, MeetingScheduleService meetings,
                       BlockService blocks, EventService events, ProfileService profiles,
                       ApplicationEventPublisher<EndorsementGiven> given, Clock clock) {
        this.endorsements = endorsements;
        this.connections = connections;
        this.meetings = meetings;
        this.blocks = blocks;
        this.events = events;
        this.profiles = profiles;
        this.given = given;
        this.clock = clock;
    }

    /**
     * Endorses the other person of one of the actor's connections, for the event where it was recorded.
     *
     * @throws org.mingle.domain.connections.ConnectionNotFoundException when the connection is not in the actor's
     *                                                                   network
     * @see #endorse
     */
    @Transactional
    public Endorsement endorseConnection(AccountId actor, ConnectionId connection, List<String> topics, String note) {
        var mine = connections.find(actor, connection);
        return endorse(actor, mine.other().accountId(), mine.eventId(), topics, note);
    }

    /**
     * Endorses someone the endorser met at the event: {@code PENDING} until the endorsed person approves it. They are
     * told in this transaction.
     *
     * @throws RuleViolationException  when the two did not meet there ({@link #met}), either blocked the other, or it
     *                                 is the endorser themselves (checked first)
     * @throws InvalidInputException   naming {@code topics} (one to three of the interests the endorsed person shows
     *                                 the endorser) or {@code note} (at most {@value EndorsementRules#NOTE_MAX}
     *                                 characters)
     * @throws ConflictException       when the endorser endorsed this person for this event already
     */
    @Transactional
    public Endorsement endorse(AccountId endorser, AccountId endorsed, EventId eventId, List<String> topics,
                               String note) {
        if (endorser.equals(endorsed)) {
            throw new RuleViolationException("You cannot endorse yourself.");
        }
        Event event = events.get(Optional.of(endorser), eventId);
        var view = profiles.findView(endorser, endorsed).orElseThrow(ProfileNotFoundException::new);
        // Whether the two may endorse at all comes first: which topics are valid depends on who they are to each other.
        if (!met(endorser, endorsed, event)) {
            throw new RuleViolationException("You can endorse " + view.displayName() + " once you have met at "
                    + event.title() + ": from the event's start once you connected there, or after a meeting held "
                    + "there.");
        }
        if (blocks.blockedEitherWay(endorser, endorsed)) {
            throw new RuleViolationException("You cannot endorse this person.");
        }
        var checked = EndorsementRules.validate(topics, note, view.interests());
        var id = EndorsementId.newId();
        if (!endorsements.insertIfAbsent(id, endorser, endorsed, eventId, checked.topics(), checked.note(), now())) {
            throw new ConflictException("You have endorsed " + view.displayName() + " for " + event.title()
                    + " already.");
        }
        String endorserName = profiles.namesOf(List.of(endorser)).getOrDefault(endorser, "Someone");
        given.publishEvent(new EndorsementGiven(id, endorsed, endorserName, eventId, event.title(),
                checked.topics()));
        return endorsements.find(id).orElseThrow().named(Optional.of(endorserName), Optional.of(event.title()));
    }

    /**
     * Whether the two met at the event (decision 46): a connection between them was recorded there and the event has
     * begun (before, it records a plan to meet), or they held a meeting there (an accepted request whose slot ended).
     */
    boolean met(AccountId a, AccountId b, Event event) {
        boolean begun = !event.details().startsAt().isAfter(clock.instant());
        return (begun && connections.connectedAt(event.id(), a, b)) || meetings.heldBetween(event.id(), a, b);
    }

    /** What the actor received with this status ({@code PENDING} by default), newest first. */
    @ReadOnly
    public Page<Endorsement> received(AccountId actor, EndorsementStatus status, PageRequest page) {
        var found = endorsements.received(actor, status == null ? EndorsementStatus.PENDING : status, page);
        return new Page<>(named(found.items()), found.page(), found.size(), found.total());
    }

    /** Shows an endorsement the actor received, on their profile and public page; again after hiding it. */
    @Transactional
    public Endorsement approve(AccountId actor, EndorsementId id) {
        return decide(actor, id, EndorsementStatus.APPROVED);
    }

    /** Hides an endorsement the actor received, pending or approved: it shows nowhere any more. */
    @Transactional
    public Endorsement hide(AccountId actor, EndorsementId id) {
        return decide(actor, id, EndorsementStatus.HIDDEN);
    }

    private Endorsement decide(AccountId actor, EndorsementId id, EndorsementStatus status) {
        if (!endorsements.decide(id, actor, status, now())) {
            throw new EndorsementNotFoundException();
        }
        return named(List.of(endorsements.find(id).orElseThrow())).get(0);
    }

    /**
     * A person's approved endorsements counted per topic, the most endorsed first: for their profile as attendees
     * and the public see it. Approving is the person's consent to show them wherever their profile shows.
     */
    @ReadOnly
    public List<TopicEndorsement> approvedTopicsOf(AccountId person) {
        return EndorsementRules.perTopic(endorsements.allReceived(person, EndorsementStatus.APPROVED));
    }

    /** A person's approved endorsements, newest first, with the endorser's name and the event's title. */
    @ReadOnly
    public List<Endorsement> approvedOf(AccountId person) {
        return named(endorsements.allReceived(person, EndorsementStatus.APPROVED));
    }

    /**
     * The endorsements between the actor and another person, in either direction, oldest first, for the actor's
     * timeline of that contact: all the actor gave (a giver is not told whether it was approved, so callers show no
     * status for those) and those the actor received, except the ones they hid.
     */
    @ReadOnly
    public List<Endorsement> between(AccountId actor, AccountId other) {
        return named(endorsements.between(actor, other).stream()
                .filter(e -> e.endorser().equals(actor) || e.status() != EndorsementStatus.HIDDEN)
                .toList());
    }

    /** The endorsements with the endorsers' names and the events' titles. */
    private List<Endorsement> named(List<Endorsement> found) {
        if (found.isEmpty()) {
            return found;
        }
        Map<AccountId, String> names = profiles.namesOf(found.stream().map(Endorsement::endorser)
                .collect(Collectors.toSet()));
        Map<EventId, String> titles = events.titles(found.stream().map(Endorsement::eventId)
                .collect(Collectors.toSet()));
        return found.stream()
                .map(e -> e.named(Optional.ofNullable(names.get(e.endorser())),
                        Optional.ofNullable(titles.get(e.eventId()))))
                .toList();
    }

    /** PostgreSQL keeps microseconds: values returned equal values read back later. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
