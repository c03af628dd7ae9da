package org.mingle.domain.demo;

import jakarta.inject.Singleton;
import java.util.List;
import org.mingle.domain.events.EventId;
import org.mingle.domain.events.EventService;
import org.mingle.domain.groups.Group;
import org.mingle.domain.groups.GroupInput;
import org.mingle.domain.groups.GroupMemberships;
import org.mingle.domain.groups.GroupRole;
import org.mingle.domain.groups.GroupService;
import org.mingle.domain.shared.AccountId;

/**
 * The demo groups: a public circle owned by the demo organizer, with the climate events (one upcoming, one held), the
 * demo attendee and several demo people as members, one of them an organizer, and one request waiting; a private
 * group that only its members find; and a dubious group that a demo person reports (see {@link #seedDubious}).
 */
@Singleton
class DemoGroups {

    static final String CIRCLE_NAME = "Berlin Climate Tech Circle";
    static final String PRIVATE_NAME = "Climate Founders Peer Group";
    /** A group a demo person reported, for the administration page. */
    static final String REPORTED_NAME = "Carbon Credit Millionaires";
    /** How many demo people belong to the circle besides the organizer. */
    static final int CIRCLE_MEMBERS = 8;

    private final GroupService groups;
    private final GroupMemberships memberships;
    private final EventService events;

    DemoGroups(GroupService groups, GroupMemberships memberships, EventService events) {
        this.groups = groups;
        this.memberships = memberships;
        this.events = events;
    }

    /** Runs inside the demo seeding's transaction; {@code people} starts with the demo attendee. */
    Group seed(AccountId organizer, List<AccountId> people, List<EventId> climateEvents) {
        var circle = groups.create(organizer, new GroupInput(CIRCLE_NAME, "berlin-climate-tech",
                "Founders, engineers, investors and policy people working on decarbonisation in Berlin. We meet "
                        + "every few weeks: a mixer, a breakfast, now and then a site visit. Everyone is welcome; "
                        + "new members are approved by the organizers.",
                List.of("Climate tech", "Batteries", "Grid", "Carbon markets", "Fundraising"), "Berlin", true,
                "APPROVAL", "PUBLIC"));
        for (var person : people.subList(0, CIRCLE_MEMBERS)) {
            memberships.join(person, circle.id());
            memberships.approve(organizer, circle.id(), person);
        }
        // Ana co-organizes the circle, so its events are hers to run too.
        memberships.changeRole(organizer, circle.id(), people.get(1), GroupRole.ORGANIZER);
        memberships.join(people.get(CIRCLE_MEMBERS), circle.id());
        climateEvents.forEach(event -> events.attachToGroup(organizer, event, circle.id()));

        var peers = groups.create(organizer, new GroupInput(PRIVATE_NAME, "climate-founders-peers",
                "A closed circle of climate founders who share numbers and doubts. Members only.",
                List.of("Climate tech", "Fundraising", "Leadership"), "", null, "APPROVAL", "PRIVATE"));
        for (var person : List.of(people.get(0), people.get(2), people.get(3))) {
            memberships.join(person, peers.id());
            memberships.approve(organizer, peers.id(), person);
        }
        return circle;
    }

    /** A group of get-rich-quick promises, run by one demo person, for another to report. */
    Group seedDubious(AccountId owner) {
        return groups.create(owner, new GroupInput(REPORTED_NAME, "carbon-credit-millionaires",
                "Double your carbon credits in a week. Message us for the secret method.",
                List.of("Carbon markets"), "", null, "OPEN", "PUBLIC"));
    }
}
