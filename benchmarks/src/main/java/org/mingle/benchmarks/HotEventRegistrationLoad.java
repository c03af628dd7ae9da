package org.mingle.benchmarks;

import io.micronaut.context.ApplicationContext;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.mingle.domain.events.EventId;
import org.mingle.domain.events.EventInput;
import org.mingle.domain.events.EventService;
import org.mingle.domain.registration.RegistrationService;
import org.mingle.domain.shared.AccountId;
import org.mingle.testsupport.TestDatabase;
import org.mingle.testsupport.TestDatabases;

/**
 * Registrations on one hot event through the service layer (lock the event row, place, insert, update counters, one
 * transaction each) by 32 concurrent clients, against a baseline in the same run on the same PostgreSQL: the same
 * clients each updating one shared counter row in a loop, the cheapest write that also serialises on one row.
 * Each round registers people for three events of the same size: without notices of registrations
 * ({@code mingle.notifications.enabled=false}), with them while their mail is composed alongside, and with them while
 * the mailer is paused (what the registration transaction itself pays), in rotating order. Each variant's notices are
 * written, and mailed where the mailer runs, before the next variant starts (not timed), so that no variant is
 * measured while another's work runs. Prints registrations per second of each, the ratios to the first, and the
 * baseline's updates per second, for several rounds; then the median ratios of the rounds after the warm-up (while
 * the JIT compiles the code). Many short rounds interleave the variants finely, so that a slow spell of the disk or
 * processor weighs on each alike.
 *
 * <p>Arguments (optional): clients (32), registrations per round (6000), rounds (3), warm-up rounds (1).
 */
public final class HotEventRegistrationLoad {

    private HotEventRegistrationLoad() {
    }

    public static void main(String[] args) throws Exception {
        int clients = args.length > 0 ? Integer.parseInt(args[0]) : 32;
        int perRound = args.length > 1 ? Integer.parseInt(args[1]) : 6000;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        int warmUp = args.length > 3 ? Integer.parseInt(args[3]) : 1;
        var database = TestDatabases.create();
        try (var without = context(database, clients, false, "1s");
             var withNotices = context(database, clients, true, "1s");
             var mailerPaused = context(database, clients, true, "1h")) {
            var sql = withNotices.getBean(DSLContext.class);
            var people = GeneratedAccounts.insert(sql, 3 * perRound * rounds + 1, "Load");
            var organizer = people.get(0);
            var variants = List.of(without, withNotices, mailerPaused);
            System.out.printf("clients=%d registrations/round=%d%n", clients, perRound);
            int next = 1;
            var ratios = new ArrayList<Double>();
            var pausedRatios = new ArrayList<Double>();
            for (int round = 1; round <= rounds; round++) {
                // Rotate which goes first, so none always meets a warmer machine.
                double[] rates = new double[3];
                for (int k = 0; k < 3; k++) {
                    int variant = (round + k) % 3;
                    var batch = people.subList(next, next + perRound);
                    next += perRound;
                    var event = registerAll(variants.get(variant), organizer, batch, clients, round);
                    rates[variant] = event.perSecond();
                    awaitNotices(sql, event.id(), variant == 1);
                }
                double baselinePerSecond = baseline(database, clients, perRound);
                System.out.printf("round %d: %.0f registrations/s without notifications; with them %.0f (ratio "
                                + "%.2f), with the mailer paused %.0f (ratio %.2f); baseline %.0f row updates/s%n",
                        round, rates[0], rates[1], rates[1] / rates[0], rates[2], rates[2] / rates[0],
                        baselinePerSecond);
                if (round > warmUp) {
                    ratios.add(rates[1] / rates[0]);
                    pausedRatios.add(rates[2] / rates[0]);
                }
            }
            if (!ratios.isEmpty()) {
                System.out.printf("median ratio of rounds %d to %d: with notifications %.2f, with the mailer paused "
                        + "%.2f%n", warmUp + 1, rounds, median(ratios), median(pausedRatios));
            }
        }
    }

    private static double median(List<Double> values) {
        var sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    /**
     * An application context on the database, with or without the notices of registrations, and mailing them every
     * {@code mailInterval} (1h: not while measuring).
     */
    private static ApplicationContext context(TestDatabase database, int clients, boolean notices,
                                              String mailInterval) {
        var properties = new HashMap<String, Object>(database.micronautProperties());
        properties.put("datasources.default.maximum-pool-size", String.valueOf(clients));
        properties.put("mingle.notifications.enabled", String.valueOf(notices));
        properties.put("mingle.notifications.mail-interval", mailInterval);
        return BenchmarkContexts.start(properties);
    }

    /** Registers the people for a new event of the given size in parallel: the event, and registrations per second. */
    private static RegisteredEvent registerAll(ApplicationContext context, AccountId organizer, List<AccountId> people,
                                               int clients, int round) throws InterruptedException {
        var events = context.getBean(EventService.class);
        var registrations = context.getBean(RegistrationService.class);
        var start = Instant.now().plus(Duration.ofDays(5)).truncatedTo(ChronoUnit.MINUTES);
        var event = events.create(organizer, new EventInput("Hot event " + round, "", start,
                start.plus(Duration.ofHours(2)), "Europe/Berlin", "Hall", people.size() / 2, null, false, 0.5)).id();
        events.publish(organizer, event);
        double perSecond = run(clients, people.size(), i -> registrations.register(people.get(i), event));
        return new RegisteredEvent(event, perSecond);
    }

    private record RegisteredEvent(EventId id, double perSecond) {
    }

    /**
     * Waits until every registration's notice is written (no request left) and, where the mailer runs, mailed (none
     * of the event's notices left to mail), so that this work does not run while the next variant is measured.
     */
    private static void awaitNotices(DSLContext sql, EventId event, boolean mailed) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (sql.fetchCount(DSL.table("registration_notice_requests")) > 0
                || mailed && sql.fetchCount(DSL.table("notifications"), DSL.condition("mail_due and event_id = ?",
                        event.value())) > 0) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the notices were not written and mailed within 60 s");
            }
            Thread.sleep(20);
        }
    }

    /** The same number of single-row updates on one shared row, by the same number of clients, over plain JDBC. */
    private static double baseline(TestDatabase database, int clients, int operations) throws Exception {
        try (var setup = database.connect(); var statement = setup.createStatement()) {
            statement.execute("create table if not exists load_counter (id int primary key, n bigint not null)");
            statement.execute("insert into load_counter values (1, 0) on conflict (id) do update set n = 0");
        }
        var connections = new ArrayList<java.sql.Connection>();
        for (int i = 0; i < clients; i++) {
            connections.add(DriverManager.getConnection(database.url(), database.user(), database.password()));
        }
        var free = new java.util.concurrent.ConcurrentLinkedQueue<>(connections);
        var own = ThreadLocal.withInitial(free::poll);
        try {
            return run(clients, operations, i -> {
                try (var update = own.get().prepareStatement("update load_counter set n = n + 1 where id = 1")) {
                    return update.executeUpdate();
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
        } finally {
            for (var connection : connections) {
                connection.close();
            }
        }
    }

    /** Runs {@code operations} calls on {@code clients} threads; returns calls per second. */
    private static double run(int clients, int operations, java.util.function.IntFunction<Object> call)
            throws InterruptedException {
        var pool = Executors.newFixedThreadPool(clients);
        var next = new AtomicInteger();
        var done = new CountDownLatch(clients);
        var failures = new AtomicInteger();
        long started = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            pool.execute(() -> {
                try {
                    for (int i = next.getAndIncrement(); i < operations; i = next.getAndIncrement()) {
                        try {
                            call.apply(i);
                        } catch (RuntimeException e) {
                            failures.incrementAndGet();
                        }
                    }
                } finally {
                    done.countDown();
                }
            });
        }
        done.await();
        long elapsed = System.nanoTime() - started;
        pool.shutdown();
        if (failures.get() > 0) {
            throw new IllegalStateException(failures.get() + " calls failed");
        }
        return operations / (elapsed / 1e9);
    }
}
