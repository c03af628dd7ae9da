package org.mingle.domain.matching;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.mingle.domain.accounts.AccountId;
import org.mingle.domain.events.Event;
import org.mingle.domain.meetings.BlockService;
import org.mingle.domain.meetings.MeetingRequestService;
import org.mingle.domain.profiles.Profile;

/**
 * Builds the matching engine of an event from what the database holds now: the given attendees' profiles, the blocks
 * between them, the event's mutual matches and recorded connections, and its settings. One place, so recommendations and seating agree.
 */
@Singleton
public class MatchingEngines {

    private final BlockService blocks;
    private final MeetingRequestService meetings;
    private final ConnectedPairs connections;

    MatchingEngines(BlockService blocks, MeetingRequestService meetings, ConnectedPairs connections) {
        this.blocks = blocks;
        this.meetings = meetings;
        this.connections = connections;
    }

    @ReadOnly
    public MatchingEngine build(Event event, List<Profile> attendees) {
        List<AccountId> ids = attendees.stream().map(Profile::accountId).toList();
        Set<Exclusions.Pair> blocked = new HashSet<>();
        blocks.among(ids).forEach(block -> blocked.add(Exclusions.Pair.of(block.blocker(), block.blocked())));
        Set<Exclusions.Pair> matched = new HashSet<>();
        meetings.acceptedAt(event.id()).forEach(match -> matched.add(Exclusions.Pair.of(match.from(), match.to())));
        matched.addAll(connections.at(event.id()));
        return MatchingEngine.of(attendees.stream().map(MatchingEngines::attendee).toList(),
                new Exclusions(blocked, matched),
                new MatchSettings(event.details().perspectiveWeight(), event.details().excludeSameCompany()));
    }

    static Attendee attendee(Profile profile) {
        return new Attendee(profile.accountId(), profile.displayName(), Set.copyOf(profile.interests()),
                profile.seeking(), profile.offering(), profile.industry(), profile.seniority(), profile.company(),
                profile.visibility());
    }
}
