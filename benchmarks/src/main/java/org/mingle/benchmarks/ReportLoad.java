package org.mingle.benchmarks;

import io.micronaut.context.ApplicationContext;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import org.jooq.DSLContext;
import org.mingle.domain.connections.ConnectionService;
import org.mingle.domain.connections.NetworkFilter;
import org.mingle.domain.events.EventId;
import org.mingle.domain.events.EventInput;
import org.mingle.domain.events.EventService;
import org.mingle.domain.reports.ReportCsv;
import org.mingle.domain.reports.ReportService;
import org.mingle.domain.shared.AccountId;
import org.mingle.testsupport.TestDatabases;

/**
 * Report sections on one big event: 100,000 confirmed attendees (80% checked in) with profiles (an industry of 20,
 * five interests drawn Zipf-like from 300), 1,000,000 connections between random attendees with both people's entries
 * (some with follow-ups and outcomes) and the counters kept when connections are recorded, and meeting requests for
 * the pairs matched by request. Data is generated in PostgreSQL with
 * {@code generate_series}; statistics are refreshed after loading, as autovacuum does.
 *
 * <p>Times each organizer section through {@link ReportService} (median of 5 after 2 warm-ups), the connections CSV
 * written to a counting sink (run the JVM with {@code -Xmx256m}: the export must stream), and one attendee's
 * connections and own report (p50 and p99 over 200 random attendees).
 *
 * <p>Arguments (optional): attendees (100000), connections (1000000).
 */
public final class ReportLoad {

    private ReportLoad() {
    }

    public static void main(String[] args) throws Exception {
        int attendees = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int connections = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        var database = TestDatabases.create();
        try (var context = BenchmarkContexts.start(new java.util.HashMap<String, Object>(database.micronautProperties()))) {
            var sql = context.getBean(DSLContext.class);
            var events = context.getBean(EventService.class);
            var reports = context.getBean(ReportService.class);
            var network = context.getBean(ConnectionService.class);

            long loading = System.nanoTime();
            var organizer = GeneratedAccounts.insert(sql, 1, "Organizer").get(0);
            var start = Instant.now().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.MINUTES);
            EventId event = events.create(organizer, new EventInput("Big event", "", start,
                    start.plus(Duration.ofHours(8)), "Europe/Berlin", "Hall", 100_000, null, false, 0.3)).id();
            events.publish(organizer, event);
            GeneratedAccounts.insert(sql, attendees, "Attendee");
            generate(sql, event, connections);
            System.out.printf("Loaded %,d attendees and %,d connections in %d s%n", attendees,
                    sql.fetchCount(sql.selectFrom("connections")), (System.nanoTime() - loading) / 1_000_000_000);

            List<AccountId> sample = sql.fetch("select account_id from registrations where event_id = ?"
                    + " order by random() limit 200", event.value()).map(r -> new AccountId(r.get(0, java.util.UUID.class)));

            System.out.println("Section                        median ms   (runs)");
            time("funnel", () -> reports.funnel(organizer, event));
            time("networking", () -> reports.networking(organizer, event));
            time("degree distribution", () -> reports.degreeDistribution(organizer, event));
            time("interests", () -> reports.interests(organizer, event));
            time("outcomes", () -> reports.outcomes(organizer, event));
            time("network picture (300 people)", () -> reports.picture(organizer, event, 300));
            time("whole report", () -> reports.report(organizer, event));

            long csvStart = System.nanoTime();
            var sink = new CountingWriter();
            ReportCsv.write(sink, java.time.ZoneOffset.UTC, row -> reports.forEachConnection(organizer, event, row));
            long csvMillis = (System.nanoTime() - csvStart) / 1_000_000;
            System.out.printf("connections CSV: %,d bytes in %,d ms, max heap %d MB, peak heap used %d MB%n",
                    sink.count, csvMillis, Runtime.getRuntime().maxMemory() / (1024 * 1024), peakHeapMegabytes());

            var random = new Random(7);
            percentiles("one attendee's connections", sample, random,
                    person -> network.network(person, new NetworkFilter(event, null, null, null, false)));
            percentiles("one attendee's report", sample, random, person -> reports.mine(person, event));
        }
    }

    private static void generate(DSLContext sql, EventId event, int connections) {
        sql.execute("""
                insert into registrations (id, event_id, account_id, status, check_in_code, registered_at, updated_at,
                                           checked_in_at)
                select gen_random_uuid(), ?, id, 'CONFIRMED', substr(md5(id::text), 1, 12), now(), now(),
                       case when random() < 0.8 then now() end
                from accounts where display_name like 'Attendee %'""", event.value());
        sql.execute("update events set confirmed_count = (select count(*) from registrations where event_id = ?)"
                + " where id = ?", event.value(), event.value());
        sql.execute("""
                insert into profiles (account_id, industry)
                select account_id, 'Industry ' || (abs(hashtext(account_id::text)) % 20)
                from registrations where event_id = ?""", event.value());
        sql.execute("""
                insert into profile_visibility (account_id, field, visibility)
                select account_id, field, 'ATTENDEES' from registrations,
                       unnest(array['INTERESTS', 'INDUSTRY']) as field where event_id = ?""", event.value());
        sql.execute("""
                insert into profile_interests (account_id, position, display, tag_key)
                select account_id, position, 'Topic ' || topic, 'topic ' || topic
                from (select account_id, position,
                             (floor(exp(random() * ln(300))))::int as topic
                      from registrations, generate_series(0, 4) as position where event_id = ?) drawn
                on conflict do nothing""", event.value());
        sql.execute("""
                create temporary table numbered as
                select account_id, (row_number() over (order by account_id)) - 1 as n
                from registrations where event_id = ?""", event.value());
        sql.execute("create index on numbered (n)");
        int people = sql.fetchOne("select count(*) from numbered").get(0, Integer.class);
        for (int round = 0; round < 3
                && sql.fetchCount(sql.selectFrom("connections")) < connections; round++) {
            int missing = connections - sql.fetchCount(sql.selectFrom("connections"));
            sql.execute("""
                    insert into connections (id, event_id, first_account, second_account, recorded_by, source,
                                             shared_interests, first_industry, second_industry, recommended,
                                             met_in_round, matched_by_request, created_at)
                    select gen_random_uuid(), ?, least(a.account_id, b.account_id), greatest(a.account_id, b.account_id),
                           a.account_id, (array['CODE', 'MEETING', 'ROUND', 'SEARCH'])[1 + (random() * 3)::int],
                           case when random() < 0.5 then array['Topic ' || (floor(exp(random() * ln(300))))::int]
                                else '{}' end,
                           'Industry ' || (abs(hashtext(a.account_id::text)) % 20),
                           'Industry ' || (abs(hashtext(b.account_id::text)) % 20),
                           random() < 0.3, random() < 0.2, random() < 0.1, now() - random() * interval '8 hours'
                    from (select (random() * (? - 1))::int as x, (random() * (? - 1))::int as y
                          from generate_series(1, ?)) pairs
                    join numbered a on a.n = pairs.x join numbered b on b.n = pairs.y
                    where pairs.x <> pairs.y
                    on conflict do nothing""", event.value(), people, people, missing);
        }
        // The counters the service keeps when it records a connection, filled here for the generated ones.
        sql.execute("""
                insert into connection_degrees (event_id, account_id, connections)
                select ?, account, count(*) from (select first_account as account from connections where event_id = ?
                                                  union all
                                                  select second_account from connections where event_id = ?) ends
                group by account""", event.value(), event.value(), event.value());
        sql.execute("""
                insert into connection_totals (event_id, connections, cross_industry, recommended)
                select ?, count(*), count(*) filter (where lower(first_industry) <> lower(second_industry)),
                       count(*) filter (where recommended)
                from connections where event_id = ?""", event.value(), event.value());
        sql.execute("""
                insert into connection_interest_counts (event_id, interest, display, connections)
                select ?, lower(interest), min(interest), count(*)
                from connections, unnest(shared_interests) as interest where event_id = ?
                group by lower(interest)""", event.value(), event.value());
        sql.execute("""
                insert into connection_entries (connection_id, event_id, owner_id, follow_up, outcome, remind_on,
                                                updated_at)
                select id, event_id, owner,
                       (array['NONE', 'NONE', 'TO_CONTACT', 'CONTACTED', 'DONE'])[1 + (random() * 4)::int],
                       case when random() < 0.05 then (array['JOB', 'CLIENT', 'MENTOR', 'COLLABORATION', 'INVESTMENT',
                           'FRIENDSHIP', 'OTHER'])[1 + (random() * 6)::int] end,
                       case when random() < 0.1 then current_date end, now()
                from connections, unnest(array[first_account, second_account]) as owner where event_id = ?""",
                event.value());
        sql.execute("""
                insert into meeting_requests (id, event_id, from_account, to_account, status, created_at, responded_at,
                                              expires_at)
                select gen_random_uuid(), ?, first_account, second_account,
                       case when random() < 0.5 then 'ACCEPTED' else 'DECLINED' end, now(), now(),
                       now() + interval '2 days'
                from connections where event_id = ? and matched_by_request
                on conflict do nothing""", event.value(), event.value());
        sql.execute("analyze");
    }

    private static void time(String section, Callable<?> run) throws Exception {
        for (int warm = 0; warm < 2; warm++) {
            run.call();
        }
        long[] millis = new long[5];
        for (int i = 0; i < millis.length; i++) {
            long started = System.nanoTime();
            run.call();
            millis[i] = (System.nanoTime() - started) / 1_000_000;
        }
        Arrays.sort(millis);
        System.out.printf("%-30s %9d   %s%n", section, millis[millis.length / 2], Arrays.toString(millis));
    }

    private static void percentiles(String what, List<AccountId> sample, Random random,
                                    java.util.function.Function<AccountId, ?> run) {
        for (int warm = 0; warm < 20; warm++) {
            run.apply(sample.get(random.nextInt(sample.size())));
        }
        List<Long> micros = new ArrayList<>();
        for (AccountId person : sample) {
            long started = System.nanoTime();
            run.apply(person);
            micros.add((System.nanoTime() - started) / 1_000);
        }
        micros.sort(null);
        System.out.printf("%s: p50 %.2f ms, p99 %.2f ms over %d attendees%n", what,
                micros.get(micros.size() / 2) / 1000.0, micros.get(micros.size() * 99 / 100) / 1000.0, micros.size());
    }

    private static long peakHeapMegabytes() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / (1024 * 1024);
    }

    /** Discards what is written and counts it, so the export's own cost is measured, not a disk's. */
    private static final class CountingWriter extends Writer {
        long count;

        @Override
        public void write(char[] buffer, int offset, int length) {
            count += length;
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
