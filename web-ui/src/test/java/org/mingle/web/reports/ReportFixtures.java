package org.mingle.web.reports;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mingle.domain.accounts.Account;
import org.mingle.domain.connections.ConnectionId;
import org.mingle.domain.connections.ConnectionService;
import org.mingle.domain.connections.ConnectionSource;
import org.mingle.domain.connections.NetworkFilter;
import org.mingle.domain.connections.NotesPatch;
import org.mingle.domain.events.Event;
import org.mingle.domain.profiles.ProfileInput;
import org.mingle.domain.profiles.ProfileService;
import org.mingle.domain.registration.RegistrationService;

/** What a report counts, made through the domain services: profiles, check-ins, connections and their notes. */
final class ReportFixtures {

    private final ProfileService profiles;
    private final RegistrationService registrations;
    private final ConnectionService connections;

    ReportFixtures(ProfileService profiles, RegistrationService registrations, ConnectionService connections) {
        this.profiles = profiles;
        this.registrations = registrations;
        this.connections = connections;
    }

    /** A profile with a headline, a company, an industry and interests, shown at the default visibility. */
    void profile(Account account, String headline, String company, String industry, List<String> interests) {
        profiles.update(account.id(), new ProfileInput(null, headline, "", company, industry, null, interests,
                List.of(), List.of(), List.of(), Map.of()));
    }

    /** A confirmed place, and checked in when {@code present}. */
    void attend(Account organizer, Event event, Account attendee, boolean present) {
        var registration = registrations.register(attendee.id(), event.id());
        if (present) {
            registrations.checkIn(organizer.id(), event.id(), registration.checkInCode());
        }
    }

    ConnectionId connect(Event event, Account from, Account to) {
        return connections.record(from.id(), event.id(), to.id(), ConnectionSource.SEARCH).connection().id();
    }

    /** The connection as the owner keeps it: the same connection, their own notes. */
    ConnectionId connectionOf(Account owner, Event event, Account other) {
        return connections.network(owner.id(), new NetworkFilter(event.id(), null, null, null, false)).stream()
                .filter(c -> c.other().accountId().equals(other.id())).findFirst().orElseThrow().id();
    }

    /** The owner's follow-up ({@code null}: unchanged) and the outcome they report. */
    void notes(Account owner, ConnectionId connection, String followUp, String outcome) {
        connections.update(owner.id(), connection, new NotesPatch(null, null,
                followUp == null ? null : Optional.of(followUp), null,
                outcome == null ? null : Optional.of(outcome)));
    }
}
