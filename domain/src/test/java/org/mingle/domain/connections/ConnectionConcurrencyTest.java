package org.mingle.domain.connections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mingle.db.jooq.Tables.CONNECTIONS;
import static org.mingle.db.jooq.Tables.CONNECTION_ENTRIES;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.TestInstance;
import org.mingle.domain.accounts.AccountService;
import org.mingle.domain.accounts.TestAccounts;
import org.mingle.domain.accounts.TestPeople;
import org.mingle.domain.events.EventId;
import org.mingle.domain.events.EventService;
import org.mingle.domain.events.TestEvents;
import org.mingle.domain.registration.RegistrationService;
import org.mingle.domain.shared.AccountId;
import org.mingle.testsupport.MicronautPostgres;
import org.mingle.testsupport.Parallel;

/** One connection per pair and event under real parallel transactions. */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConnectionConcurrencyTest implements MicronautPostgres {

    @Inject
    ConnectionService connections;
    @Inject
    AccountService accounts;
    @Inject
    EventService events;
    @Inject
    RegistrationService registrations;
    @Inject
    DSLContext sql;

    private AccountId organizer;

    @BeforeAll
    void world() {
        organizer = TestAccounts.signUp(accounts, "Olga Organizer").id();
    }

    @RepeatedTest(5)
    void twoPeopleScanningEachOtherAtOnceMakeOneConnectionBothSee() throws Exception {
        var event = TestEvents.published(events, organizer, 10, false);
        var pair = attendees(event, 2);
        var codes = List.of(connections.myCode(pair.get(0)), connections.myCode(pair.get(1)));

        var outcomes = Parallel.run(List.of(
                () -> connections.recordByCode(pair.get(0), event, codes.get(1).value()),
                () -> connections.recordByCode(pair.get(1), event, codes.get(0).value())));

        assertThat(outcomes).allMatch(ConnectionService.Recorded.class::isInstance);
        assertThat(outcomes).extracting(o -> ((ConnectionService.Recorded) o).created())
                .containsExactlyInAnyOrder(true, false);
        assertThat(outcomes).extracting(o -> ((ConnectionService.Recorded) o).connection().id()).containsOnly(
                ((ConnectionService.Recorded) outcomes.get(0)).connection().id());
        assertThat(sql.fetchCount(CONNECTIONS, CONNECTIONS.EVENT_ID.eq(event))).isEqualTo(1);
        assertThat(entries(event)).isEqualTo(2);
    }

    @RepeatedTest(3)
    void aDoubleTapRecordsOneConnection() throws Exception {
        var event = TestEvents.published(events, organizer, 10, false);
        var pair = attendees(event, 2);
        var taps = new ArrayList<Callable<Object>>();
        for (int i = 0; i < 6; i++) {
            taps.add(() -> connections.record(pair.get(0), event, pair.get(1), ConnectionSource.SEARCH));
        }

        var outcomes = Parallel.run(taps);

        assertThat(outcomes).allMatch(ConnectionService.Recorded.class::isInstance);
        assertThat(outcomes).filteredOn(o -> ((ConnectionService.Recorded) o).created()).hasSize(1);
        assertThat(sql.fetchCount(CONNECTIONS, CONNECTIONS.EVENT_ID.eq(event))).isEqualTo(1);
        assertThat(entries(event)).isEqualTo(2);
    }

    private int entries(EventId event) {
        return sql.fetchCount(CONNECTION_ENTRIES, CONNECTION_ENTRIES.CONNECTION_ID.in(
                sql.select(CONNECTIONS.ID).from(CONNECTIONS).where(CONNECTIONS.EVENT_ID.eq(event))));
    }

    private List<AccountId> attendees(EventId event, int count) {
        var people = TestPeople.create(sql, count, "Scanner");
        people.forEach(person -> registrations.register(person, event));
        return people;
    }
}
