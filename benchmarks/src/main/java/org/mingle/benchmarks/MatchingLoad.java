package org.mingle.benchmarks;

import static org.mingle.db.jooq.Tables.CONNECT_CODES;
import static org.mingle.db.jooq.Tables.REGISTRATIONS;

import io.micronaut.context.ApplicationContext;
import java.io.File;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jooq.DSLContext;
import org.mingle.domain.connections.ConnectCode;
import org.mingle.domain.events.EventId;
import org.mingle.domain.events.EventInput;
import org.mingle.domain.events.EventService;
import org.mingle.domain.matching.MatchingModels;
import org.mingle.domain.shared.AccountId;
import org.mingle.testsupport.TestDatabase;
import org.mingle.testsupport.TestDatabases;

/**
 * "People to meet" and a QR-scanning rush on one big event, over HTTP against the packaged app (a separate JVM, as in
 * production), with baselines measured in the same run:
 * <ol>
 * <li>recommendations for random attendees at a fixed rate (open loop: latency counts from when each request was due),
 * interleaved with {@code GET /api/events/{id}} at the same rate;
 * <li>a QR burst: concurrent clients record connections by connect code, then the counters are checked; the baseline
 * is the same clients reading the event page the same number of times;
 * <li>the heap an event's matching model holds, measured in this JVM.
 * </ol>
 * The event has generated profiles: 10 interests drawn Zipf-like from 300, 0 to 2 goals sought and offered, one of 12
 * industries, a seniority, one of n / 25 companies, all shown to attendees. Requests go to 127.0.0.1 only.
 *
 * <p>Build first: {@code mvn -q package -DskipTests -pl app,benchmarks -am}. Arguments (optional): attendees (10000),
 * rate per endpoint per second (200), seconds (30), QR clients (50), connections (5000), port (18041), the app jar
 * (app/target/mingle.jar). With {@code -Dmingle.load.jfr=app.jfr} the app records a flight recording to profile. With
 * {@code -Dmingle.load.serve=file} it loads the event, starts the app, writes the event's URL and an attendee's token
 * to the file and keeps the app running for 30 minutes instead of measuring, for {@code wrk} or a profiler. Each
 * measurement follows a closed-loop warm-up, so the JIT has compiled the path it measures. {@code
 * -Dmingle.load.app-options="..."} passes JVM options to the app.
 */
public final class MatchingLoad {

    private static final String SECRET = Base64.getEncoder().encodeToString(new SecureRandom().generateSeed(48));
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private MatchingLoad() {
    }

    public static void main(String[] args) throws Exception {
        int attendees = argument(args, 0, 10_000);
        int rate = argument(args, 1, 200);
        int seconds = argument(args, 2, 30);
        int clients = argument(args, 3, 50);
        int connections = argument(args, 4, 5_000);
        int port = argument(args, 5, 18041);
        Path jar = Path.of(args.length > 6 ? args[6] : "app/target/mingle.jar");
        if (connections % clients != 0 || clients + connections > attendees) {
            throw new IllegalArgumentException("need connections divisible by clients, and enough attendees");
        }
        var database = TestDatabases.create();
        EventId event;
        List<AccountId> people;
        try (var context = BenchmarkContexts.start(new HashMap<String, Object>(database.micronautProperties()))) {
            var sql = context.getBean(DSLContext.class);
            var organizer = GeneratedAccounts.insert(sql, 1, "Organizer").get(0);
            var start = Instant.now().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.MINUTES);
            var events = context.getBean(EventService.class);
            event = events.create(organizer, new EventInput("Big evening", "", start, start.plus(Duration.ofHours(4)),
                    "Europe/Berlin", "Hall", attendees, null, false, 0.3, true, 10)).id();
            events.publish(organizer, event);
            people = GeneratedAccounts.insert(sql, attendees, "Attendee");
            generate(sql, event, attendees);
            System.out.printf("%,d attendees with profiles, registrations and connect codes loaded%n", attendees);
            modelMemory(context, event, attendees);
        }

        Process app = start(jar, database, port);
        try {
            String base = "http://127.0.0.1:" + port;
            awaitHealthy(base, Duration.ofMinutes(3));
            String serve = System.getProperty("mingle.load.serve");
            if (serve != null) {
                Files.writeString(Path.of(serve), base + "/api/events/" + event.value() + "\n" + token(people.get(0))
                        + "\n");
                Thread.sleep(Duration.ofMinutes(30).toMillis());
            }
            recommendationsBesideTheEventPage(base, event, people, rate, seconds);
            qrBurst(base, database, event, people, clients, connections);
        } finally {
            app.destroy();
            app.waitFor();
        }
    }

    /** Heap the event's model holds once built, after full collections before and after. */
    private static void modelMemory(ApplicationContext context, EventId event, int attendees) throws Exception {
        var models = context.getBean(MatchingModels.class);
        long before = usedHeapAfterGc();
        long building = System.nanoTime();
        var model = models.of(event);
        long built = System.nanoTime() - building;
        long after = usedHeapAfterGc();
        System.out.printf("model of %,d attendees: built in %d ms, %.1f MB heap, %.2f MB per 1,000 attendees (%d "
                        + "attendees in it)%n", attendees, built / 1_000_000, (after - before) / 1e6,
                (after - before) / 1e6 / (attendees / 1000.0), model.size());
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        var memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    private static void recommendationsBesideTheEventPage(String base, EventId event, List<AccountId> people,
                                                          int rate, int seconds) throws Exception {
        var random = new Random(42);
        var viewers = people.subList(0, Math.min(500, people.size()));
        Map<AccountId, String> tokens = new HashMap<>();
        viewers.forEach(viewer -> tokens.put(viewer, token(viewer)));
        URI page = URI.create(base + "/api/events/" + event.value());
        URI recommendations = URI.create(base + "/api/events/" + event.value() + "/recommendations?limit=10");
        expect(200, get(recommendations, tokens.get(viewers.get(0)))); // builds the model
        // The JIT compiles the request path under load: 8 clients, 20,000 requests of each kind, closed loop.
        run(8, 2_500, (client, i) -> HttpRequest.newBuilder(i % 2 == 0 ? recommendations : page)
                .header("Authorization", "Bearer " + tokens.get(viewers.get((client * 2_500 + i) % viewers.size())))
                .timeout(Duration.ofSeconds(30)).GET().build(), 200);
        run(8, 2_500, (client, i) -> HttpRequest.newBuilder(i % 2 == 1 ? recommendations : page)
                .header("Authorization", "Bearer " + tokens.get(viewers.get((client * 2_500 + i) % viewers.size())))
                .timeout(Duration.ofSeconds(30)).GET().build(), 200);
        int total = rate * seconds;
        long interval = 1_000_000_000L / rate;
        var recommendationTimes = new ConcurrentLinkedQueue<Long>();
        var pageTimes = new ConcurrentLinkedQueue<Long>();
        var failures = new AtomicInteger();
        List<CompletableFuture<?>> sent = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < total; i++) {
            for (int kind = 0; kind < 2; kind++) {
                long due = start + i * interval + kind * interval / 2;
                LockSupport.parkNanos(due - System.nanoTime());
                var viewer = viewers.get(random.nextInt(viewers.size()));
                var times = kind == 0 ? recommendationTimes : pageTimes;
                var request = HttpRequest.newBuilder(kind == 0 ? recommendations : page)
                        .header("Authorization", "Bearer " + tokens.get(viewer)).timeout(Duration.ofSeconds(30))
                        .GET().build();
                sent.add(HTTP.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray()).whenComplete((response, e) -> {
                    if (e != null || response.statusCode() != 200) {
                        failures.incrementAndGet();
                    }
                    times.add(System.nanoTime() - due);
                }));
            }
        }
        CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).exceptionally(e -> null).join();
        long[] recs = sorted(recommendationTimes);
        long[] pages = sorted(pageTimes);
        System.out.printf("%d requests/s each for %d s, open loop; failures: %d%n", rate, seconds, failures.get());
        System.out.printf("  recommendations:  p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.1f ms%n",
                ms(recs, 0.5), ms(recs, 0.9), ms(recs, 0.99), ms(recs, 1));
        System.out.printf("  event page:       p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.1f ms%n",
                ms(pages, 0.5), ms(pages, 0.9), ms(pages, 0.99), ms(pages, 1));
        System.out.printf("  ratio recommendations / event page: p50 %.2f, p99 %.2f%n",
                ms(recs, 0.5) / ms(pages, 0.5), ms(recs, 0.99) / ms(pages, 0.99));
    }

    /**
     * Each client is an attendee scanning the codes of its own share of other attendees, so every pair is new; then
     * the same clients read the event page as often, as the baseline. Checks the counters the reports read afterwards.
     */
    private static void qrBurst(String base, TestDatabase database, EventId event, List<AccountId> people, int clients,
                                int connections) throws Exception {
        Map<AccountId, String> codes = new HashMap<>();
        try (var connection = database.connect(); var rows = connection.createStatement()
                .executeQuery("select account_id, code from connect_codes")) {
            while (rows.next()) {
                codes.put(new AccountId(rows.getObject(1, UUID.class)), rows.getString(2));
            }
        }
        int each = connections / clients;
        List<String> tokens = people.subList(0, clients).stream().map(MatchingLoad::token).toList();
        URI record = URI.create(base + "/api/events/" + event.value() + "/connections");
        URI page = URI.create(base + "/api/events/" + event.value());
        // The JIT compiles the recording path first: 8 attendees at the end of the list connect with others there,
        // none of whom the measured burst touches; the counters are checked with these included.
        int warmScanners = 8;
        int warmEach = Math.min(250, (people.size() - clients - connections - warmScanners) / warmScanners);
        int warm = warmScanners * warmEach;
        List<String> warmTokens = people.subList(people.size() - warmScanners, people.size()).stream()
                .map(MatchingLoad::token).toList();
        run(warmScanners, warmEach, (client, i) -> {
            var other = people.get(people.size() - warmScanners - 1 - (client * warmEach + i));
            return HttpRequest.newBuilder(record).header("Authorization", "Bearer " + warmTokens.get(client))
                    .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"code\":\"" + codes.get(other) + "\"}")).build();
        }, 201);
        System.out.printf("QR warm-up: %,d connections among other attendees%n", warm);
        long[] burst = run(clients, each, (client, i) -> {
            var other = people.get(clients + client * each + i);
            return HttpRequest.newBuilder(record).header("Authorization", "Bearer " + tokens.get(client))
                    .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"code\":\"" + codes.get(other) + "\"}")).build();
        }, 201);
        long[] baseline = run(clients, each, (client, i) -> HttpRequest.newBuilder(page)
                .header("Authorization", "Bearer " + tokens.get(client)).timeout(Duration.ofSeconds(30))
                .GET().build(), 200);
        double burstSeconds = burst[burst.length - 1] / 1e9;
        double baselineSeconds = baseline[baseline.length - 1] / 1e9;
        long[] burstLatency = Arrays.copyOf(burst, burst.length - 1);
        long[] baselineLatency = Arrays.copyOf(baseline, baseline.length - 1);
        Arrays.sort(burstLatency);
        Arrays.sort(baselineLatency);
        System.out.printf("QR burst: %d clients, %,d connections in %.2f s: %.0f/s, p50 %.1f ms, p99 %.1f ms%n",
                clients, connections, burstSeconds, connections / burstSeconds, ms(burstLatency, 0.5),
                ms(burstLatency, 0.99));
        System.out.printf("  baseline, the event page as often: %.0f/s, p50 %.1f ms, p99 %.1f ms; throughput ratio "
                        + "%.2f%n", connections / baselineSeconds, ms(baselineLatency, 0.5), ms(baselineLatency, 0.99),
                (connections / burstSeconds) / (connections / baselineSeconds));
        try (var connection = database.connect(); var counts = connection.prepareStatement("""
                select (select count(*) from connections where event_id = ?),
                       (select count(*) from connection_entries where event_id = ?),
                       (select sum(connections) from connection_totals where event_id = ?),
                       (select coalesce(sum(connections), 0) from connection_degrees where event_id = ?)""")) {
            for (int i = 1; i <= 4; i++) {
                counts.setObject(i, event.value());
            }
            try (var row = counts.executeQuery()) {
                row.next();
                long all = connections + warm;
                boolean exact = row.getLong(1) == all && row.getLong(2) == 2L * all && row.getLong(3) == all
                        && row.getLong(4) == 2L * all;
                System.out.printf("  afterwards, warm-up included: %d connections, %d entries, totals %d, degrees %d: "
                                + "%s%n",
                        row.getLong(1), row.getLong(2), row.getLong(3), row.getLong(4), exact ? "exact" : "WRONG");
            }
        }
    }

    private interface Requests {
        HttpRequest of(int client, int index);
    }

    /** Runs the requests on {@code clients} threads; returns each latency, sorted, then the elapsed time last. */
    private static long[] run(int clients, int each, Requests requests, int status) throws InterruptedException {
        var pool = Executors.newFixedThreadPool(clients);
        var latencies = new ConcurrentLinkedQueue<Long>();
        var failures = new AtomicInteger();
        var done = new CountDownLatch(clients);
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            int client = c;
            pool.execute(() -> {
                try {
                    for (int i = 0; i < each; i++) {
                        var request = requests.of(client, i);
                        long sent = System.nanoTime();
                        try {
                            if (HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray()).statusCode() != status) {
                                failures.incrementAndGet();
                            }
                        } catch (Exception e) {
                            failures.incrementAndGet();
                        }
                        latencies.add(System.nanoTime() - sent);
                    }
                } finally {
                    done.countDown();
                }
            });
        }
        done.await();
        long elapsed = System.nanoTime() - start;
        pool.shutdown();
        if (failures.get() > 0) {
            throw new IllegalStateException(failures.get() + " requests failed");
        }
        long[] result = new long[latencies.size() + 1];
        int i = 0;
        for (long latency : latencies) {
            result[i++] = latency;
        }
        result[i] = elapsed;
        return result;
    }

    /** Profiles, confirmed registrations and connect codes for the attendees, written in bulk. */
    private static void generate(DSLContext sql, EventId event, int attendees) {
        sql.execute("""
                insert into registrations (id, event_id, account_id, status, check_in_code, registered_at, updated_at)
                select gen_random_uuid(), ?, id, 'CONFIRMED', substr(md5(id::text), 1, 12), now(), now()
                from accounts where display_name like 'Attendee %'""", event.value());
        sql.execute("update events set confirmed_count = ? where id = ?", attendees, event.value());
        String goal = "(array['JOB', 'MENTORSHIP', 'INVESTMENT', 'CLIENTS', 'SERVICES', 'COFOUNDER', 'COLLABORATION',"
                + " 'ADVICE'])[1 + (random() * 7)::int]";
        String goals = "array(select distinct " + goal + " from generate_series(1, (random() * 2)::int)"
                + " where account_id is not null)"; // refers to the row, so it is drawn again for each
        sql.execute("insert into profiles (account_id, headline, company, industry, seniority, seeking, offering)"
                + " select account_id, 'Building things', 'Company ' || (abs(hashtext(account_id::text)) % ?),"
                + " 'Industry ' || (abs(hashtext('i' || account_id::text)) % 12),"
                + " (array['STUDENT', 'JUNIOR', 'MID', 'SENIOR', 'LEAD', 'EXECUTIVE'])[1 + (random() * 5)::int], "
                + goals + ", " + goals + " from registrations where event_id = ?", Math.max(1, attendees / 25),
                event.value());
        sql.execute("""
                insert into profile_visibility (account_id, field, visibility)
                select account_id, field, 'ATTENDEES' from registrations,
                       unnest(array['HEADLINE', 'COMPANY', 'INDUSTRY', 'SENIORITY', 'INTERESTS', 'SEEKING',
                                    'OFFERING']) as field
                where event_id = ?""", event.value());
        sql.execute("""
                insert into profile_interests (account_id, position, display, tag_key)
                select account_id, row_number() over (partition by account_id order by topic) - 1,
                       'Topic ' || topic, 'topic ' || topic
                from (select distinct account_id, (floor(exp(random() * ln(300))))::int as topic
                      from registrations, generate_series(1, 14) where event_id = ?) drawn""", event.value());
        sql.execute("delete from profile_interests where position >= 10");
        var insert = sql.insertInto(CONNECT_CODES, CONNECT_CODES.ACCOUNT_ID, CONNECT_CODES.CODE,
                CONNECT_CODES.CREATED_AT);
        for (var id : sql.select(REGISTRATIONS.ACCOUNT_ID).from(REGISTRATIONS).where(REGISTRATIONS.EVENT_ID.eq(event))
                .fetch(REGISTRATIONS.ACCOUNT_ID)) {
            insert = insert.values(id, ConnectCode.random().value(), Instant.now());
        }
        insert.onConflictDoNothing().execute();
        sql.execute("analyze");
    }

    private static Process start(Path jar, TestDatabase database, int port) throws Exception {
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: mvn -q package -DskipTests -pl app,benchmarks -am");
        }
        Path data = Files.createTempDirectory("mingle-matching-load");
        List<String> command = new ArrayList<>(List.of("java"));
        String recording = System.getProperty("mingle.load.jfr"); // a file name: profile the app while it is loaded
        if (recording != null) {
            command.add("-XX:StartFlightRecording=filename=" + recording + ",settings=profile,dumponexit=true");
        }
        String options = System.getProperty("mingle.load.app-options", "").strip(); // JVM options, for comparisons
        if (!options.isEmpty()) {
            command.addAll(List.of(options.split("\\s+")));
        }
        command.addAll(List.of("-jar", jar.toString()));
        File log = data.resolve("app.log").toFile();
        System.out.println("app log: " + log);
        var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log);
        builder.environment().putAll(Map.of("MINGLE_PORT", String.valueOf(port), "MINGLE_HOST", "127.0.0.1",
                "MINGLE_DATABASE_URL", database.url(), "MINGLE_DATABASE_USER", database.user(),
                "MINGLE_DATABASE_PASSWORD", database.password(), "MINGLE_AUTH_TOKEN_SECRET", SECRET,
                "MINGLE_DATA_DIR", data.toString()));
        return builder.start();
    }

    private static void awaitHealthy(String base, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (get(URI.create(base + "/api/health"), null).statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the app did not become healthy; see matching-load-app.log");
    }

    private static HttpResponse<byte[]> get(URI uri, String token) throws Exception {
        var request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static void expect(int status, HttpResponse<byte[]> response) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(response.uri() + " answered " + response.statusCode() + ": "
                    + new String(response.body(), StandardCharsets.UTF_8));
        }
    }

    /** An access token as the app issues them (HS256 under the shared secret), for an account at token version 0. */
    private static String token(AccountId account) {
        var encoder = Base64.getUrlEncoder().withoutPadding();
        long now = Instant.now().getEpochSecond();
        String header = encoder.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String claims = encoder.encodeToString(("{\"sub\":\"" + account.value() + "\",\"iat\":" + now + ",\"exp\":"
                + (now + 3600) + ",\"jti\":\"" + UUID.randomUUID() + "\",\"ver\":0}").getBytes(StandardCharsets.UTF_8));
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] signature = mac.doFinal((header + "." + claims).getBytes(StandardCharsets.US_ASCII));
            return header + "." + claims + "." + encoder.encodeToString(signature);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long[] sorted(ConcurrentLinkedQueue<Long> values) {
        return values.stream().mapToLong(Long::longValue).sorted().toArray();
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.floor(quantile * sorted.length))] / 1e6;
    }

    private static int argument(String[] args, int index, int fallback) {
        return args.length > index ? Integer.parseInt(args[index]) : fallback;
    }
}
