package org.mingle.domain.connections;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mingle.domain.accounts.AccountService;
import org.mingle.domain.accounts.TestAccounts;
import org.mingle.domain.accounts.TestPeople;
import org.mingle.domain.events.EventId;
import org.mingle.domain.events.EventService;
import org.mingle.domain.events.TestEvents;
import org.mingle.domain.meetings.BlockService;
import org.mingle.domain.profiles.ProfileInput;
import org.mingle.domain.profiles.ProfileService;
import org.mingle.domain.profiles.ProfileView;
import org.mingle.domain.registration.RegistrationService;
import org.mingle.domain.shared.AccountId;
import org.mingle.testsupport.MicronautPostgres;

/** "People you know are going": the viewer's network, confirmed for the event, as each lets the viewer see them. */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KnownAttendeesTest implements MicronautPostgres {

    @Inject
    ConnectionService connections;
    @Inject
    ProfileService profiles;
    @Inject
    AccountService accounts;
    @Inject
    EventService events;
    @Inject
    RegistrationService registrations;
    @Inject
    BlockService blocks;
    @Inject
    DSLContext sql;

    private AccountId organizer;

    @BeforeAll
    void world() {
        organizer = TestAccounts.signUp(accounts, "Olga Organizer").id();
    }

    @Test
    void theViewersConnectionsConfirmedForTheEventByNameAndNobodyElse() {
        EventId earlier = TestEvents.published(events, organizer, 10, false);
        EventId next = TestEvents.published(events, organizer, 10, false);
        var viewer = person("Vera", List.of(earlier));
        var zoe = person("Zoe", List.of(earlier, next));
        var adam = person("adam", List.of(earlier, next));
        var stranger = person("Stan", List.of(earlier, next)); // at both events, never connected
        var notGoing = person("Nina", List.of(earlier)); // connected, not registered for the next one
        var leftMe = person("Lena", List.of(earlier, next)); // removed the connection from her network
        var blocked = person("Bert", List.of(earlier, next)); // connected, then blocked by the viewer
        for (AccountId other : List.of(zoe, adam, notGoing, leftMe, blocked)) {
            connections.record(viewer, earlier, other, ConnectionSource.SEARCH);
        }
        var lenasEntry = connections.network(leftMe, NetworkFilter.ALL).get(0);
        connections.remove(leftMe, lenasEntry.id());
        blocks.block(viewer, blocked);

        List<ProfileView> known = connections.knownAttendees(viewer, next);

        assertThat(known).extracting(ProfileView::displayName).containsExactly("adam", "Zoe");
        assertThat(known).extracting(ProfileView::accountId).doesNotContain(stranger, notGoing, leftMe, blocked);
        assertThat(known.get(1).headline()).as("as Zoe shows it to her connections").isEqualTo("Zoe's headline");
        assertThat(connections.knownAttendees(stranger, next)).isEmpty();
    }

    @Test
    void aConnectionWhoCancelsIsNoLongerCounted() {
        EventId earlier = TestEvents.published(events, organizer, 10, false);
        EventId next = TestEvents.published(events, organizer, 10, false);
        var viewer = person("Vic", List.of(earlier));
        var kim = person("Kim", List.of(earlier, next));
        connections.record(kim, earlier, viewer, ConnectionSource.SEARCH);
        assertThat(connections.knownAttendees(viewer, next)).extracting(ProfileView::accountId).containsExactly(kim);

        registrations.cancel(kim, next);

        assertThat(connections.knownAttendees(viewer, next)).isEmpty();
    }

    private AccountId person(String name, List<EventId> at) {
        var person = TestPeople.create(sql, 1, name).get(0);
        profiles.update(person, new ProfileInput(name, name + "'s headline", "", "", "", null, List.of(), List.of(),
                List.of(), List.of(), Map.of("headline", "CONNECTIONS")));
        at.forEach(event -> registrations.register(person, event));
        return person;
    }
}
