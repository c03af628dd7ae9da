package org.mingle.domain.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.ApplicationContext;
import io.micronaut.transaction.TransactionOperations;
import java.sql.Connection;
import java.time.Duration;
import java.util.HashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mingle.domain.accounts.AccountService;
import org.mingle.domain.accounts.TestAccounts;
import org.mingle.domain.events.EventId;
import org.mingle.domain.events.EventService;
import org.mingle.domain.events.TestEvents;
import org.mingle.domain.registration.RegistrationService;
import org.mingle.domain.shared.AccountId;
import org.mingle.testsupport.Await;
import org.mingle.testsupport.TestDatabase;
import org.mingle.testsupport.TestDatabases;

/**
 * Two application contexts on one database, as two app instances: what commits on one reaches the pages the other
 * watches; what rolls back reaches nobody; a watcher whose listening connection dropped hears from every subscription
 * once it listens again, and a closed subscription hears nothing.
 */
class LiveUpdatesAcrossInstancesTest {

    private static final Duration PATIENCE = Duration.ofSeconds(5);

    private static TestDatabase database;
    private static ApplicationContext writer;
    private static ApplicationContext watcher;

    @BeforeAll
    static void instances() {
        database = TestDatabases.create();
        writer = ApplicationContext.run(new HashMap<String, Object>(database.micronautProperties()));
        watcher = ApplicationContext.run(new HashMap<String, Object>(database.micronautProperties()));
    }

    @AfterAll
    static void stop() {
        writer.close();
        watcher.close();
    }

    @Test
    void aRegistrationOnOneInstanceReachesTheEventsAndThePersonsPagesOnTheOther() throws Exception {
        var organizer = TestAccounts.signUp(writer.getBean(AccountService.class), "Olga Organizer").id();
        var ada = TestAccounts.signUp(writer.getBean(AccountService.class), "Ada Attendee").id();
        var event = TestEvents.published(writer.getBean(EventService.class), organizer, 10, false);
        var attendance = watch(LiveSignal.attendance(event));
        var adasInbox = watch(LiveSignal.inbox(ada));
        var organizersInbox = watch(LiveSignal.inbox(organizer));

        writer.getBean(RegistrationService.class).register(ada, event);

        awaitAtLeast(attendance, 1);
        awaitAtLeast(adasInbox, 1); // "You're confirmed"
        assertThat(organizersInbox.getAsInt()).as("nothing arrived for the organizer").isZero();
    }

    @Test
    void aRolledBackChangeSignalsNothingWhileACommittedOneDoes() throws Exception {
        var organizer = TestAccounts.signUp(writer.getBean(AccountService.class), "Olga Organizer").id();
        var ada = TestAccounts.signUp(writer.getBean(AccountService.class), "Ada Attendee").id();
        var rolledBack = TestEvents.published(writer.getBean(EventService.class), organizer, 10, false);
        var committed = TestEvents.published(writer.getBean(EventService.class), organizer, 10, false);
        var rolledBackSignals = watch(LiveSignal.attendance(rolledBack));
        var committedSignals = watch(LiveSignal.attendance(committed));

        assertThatThrownBy(() -> registerThenFail(ada, rolledBack)).hasMessage("changed my mind");
        writer.getBean(RegistrationService.class).register(ada, committed); // sent after the rolled-back one would be

        awaitAtLeast(committedSignals, 1);
        Thread.sleep(300);
        assertThat(rolledBackSignals.getAsInt()).isZero();
    }

    @Test
    void aWatcherThatLostItsListeningConnectionRefreshesEverythingWhenItIsBack() throws Exception {
        var organizer = TestAccounts.signUp(writer.getBean(AccountService.class), "Olga Organizer").id();
        var event = TestEvents.published(writer.getBean(EventService.class), organizer, 10, false);
        var attendance = watch(LiveSignal.attendance(event));

        int dropped = writer.getBean(DSLContext.class).fetchOne("select count(pg_terminate_backend(pid))"
                + " from pg_stat_activity where application_name = ? and datname = current_database()",
                LiveUpdates.APPLICATION_NAME).get(0, Integer.class);

        assertThat(dropped).isPositive();
        awaitAtLeast(attendance, 1); // no change was signalled: the watcher could have missed one
    }

    @Test
    void aClosedSubscriptionHearsNothing() throws Exception {
        var organizer = TestAccounts.signUp(writer.getBean(AccountService.class), "Olga Organizer").id();
        var ada = TestAccounts.signUp(writer.getBean(AccountService.class), "Ada Attendee").id();
        var event = TestEvents.published(writer.getBean(EventService.class), organizer, 10, false);
        var closedRuns = new AtomicInteger();
        watcher.getBean(LiveUpdates.class).subscribe(LiveSignal.attendance(event), closedRuns::incrementAndGet)
                .close();
        var stillOpen = watch(LiveSignal.attendance(event));

        writer.getBean(RegistrationService.class).register(ada, event);

        awaitAtLeast(stillOpen, 1);
        assertThat(closedRuns).hasValue(0);
    }

    private static void registerThenFail(AccountId person, EventId event) {
        @SuppressWarnings("unchecked")
        TransactionOperations<Connection> transactions = writer.getBean(TransactionOperations.class);
        transactions.executeWrite(status -> {
            writer.getBean(RegistrationService.class).register(person, event);
            throw new IllegalStateException("changed my mind");
        });
    }

    /** How often the watching instance has heard the signal, from now on. */
    private static IntSupplier watch(LiveSignal signal) throws InterruptedException {
        var live = watcher.getBean(LiveUpdates.class);
        var heard = new AtomicInteger();
        live.subscribe(signal, heard::incrementAndGet);
        assertThat(live.awaitListening(PATIENCE)).isTrue();
        return heard::get;
    }

    private static void awaitAtLeast(IntSupplier heard, int times) {
        Await.until(() -> heard.getAsInt() >= times, PATIENCE,
                () -> times + " signals; heard " + heard.getAsInt());
    }
}
