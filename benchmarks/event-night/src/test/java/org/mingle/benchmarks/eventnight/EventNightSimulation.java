package org.mingle.benchmarks.eventnight;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.doIfOrElse;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.foreach;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.repeat;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An event night (decision 60). Attendees arrive evenly over the run: each signs up and in, fills a profile, opens the
 * evening and registers for it, opens the hot event and tries for one of its few seats (the rest join the waitlist),
 * fetches a connect code, is checked in at the door by staff (three in four are), opens People to meet, asks the best
 * match for a meeting, scans the connect codes of people met, and twice answers the meeting requests waiting for them.
 * The organizer meanwhile reloads the dashboard (the registrations list and counts) and the report.
 *
 * <p>System properties: {@code baseUrl} (http://127.0.0.1:8080), {@code attendees} (2000), {@code minutes} (15),
 * {@code hotSeats} (500), {@code staff} (4), {@code thinkSeconds} (mean pause between an attendee's steps, 8),
 * {@code ackFile} (where the acknowledged connection ids and the event ids go, target/event-night-acks.txt).
 */
public class EventNightSimulation extends Simulation {

    private static final String BASE_URL = System.getProperty("baseUrl", "http://127.0.0.1:8080");
    private static final int ATTENDEES = Integer.getInteger("attendees", 2000);
    private static final int MINUTES = Integer.getInteger("minutes", 15);
    private static final int HOT_SEATS = Integer.getInteger("hotSeats", 500);
    private static final int STAFF = Integer.getInteger("staff", 4);
    private static final int THINK_SECONDS = Integer.getInteger("thinkSeconds", 8);
    private static final Path ACK_FILE = Path.of(System.getProperty("ackFile", "target/event-night-acks.txt"));

    private static final List<String> INTERESTS = List.of("climate tech", "fintech", "ai", "design", "open source",
            "healthcare", "robotics", "marketing", "education", "security", "data", "music");
    private static final List<String> GOALS = List.of("JOB", "MENTORSHIP", "INVESTMENT", "CLIENTS", "SERVICES",
            "COFOUNDER", "COLLABORATION", "ADVICE");
    private static final List<String> INDUSTRIES = List.of("Software", "Finance", "Health", "Energy", "Media",
            "Education");
    private static final List<String> SENIORITIES = List.of("STUDENT", "JUNIOR", "MID", "SENIOR", "LEAD",
            "EXECUTIVE");

    private final EventNightSetup.Prepared night;
    private final AtomicInteger arrivals = new AtomicInteger();
    /** Connect codes of those already at the evening, for others to scan. */
    private final List<String> connectCodes = new CopyOnWriteArrayList<>();
    /** Every connection id the server acknowledged (201 or 200), compared with the database afterwards. */
    private final Set<String> acknowledgedConnections = ConcurrentHashMap.newKeySet();

    {
        String runId = Long.toString(System.currentTimeMillis(), 36);
        night = new EventNightSetup(BASE_URL).prepare(runId, ATTENDEES, HOT_SEATS, STAFF);
        System.out.printf(Locale.ROOT, "Event night %s: evening %s, hot event %s (%d seats), %d attendees over %d min%n",
                runId, night.eventNightId(), night.hotEventId(), HOT_SEATS, ATTENDEES, MINUTES);

        HttpProtocolBuilder protocol = http.baseUrl(BASE_URL)
                .acceptHeader("application/json")
                .contentTypeHeader("application/json")
                .userAgentHeader("mingle-event-night");

        setUp(
                attendees().injectOpen(rampUsers(ATTENDEES).during(Duration.ofMinutes(MINUTES))),
                organizer().injectOpen(atOnceUsers(1)))
                .protocols(protocol)
                // The 300 ms goal is for attendee requests only: scripts/scale/event-night.sh reads it per request.
                .assertions(global().failedRequests().count().is(0L));
    }

    private ScenarioBuilder attendees() {
        String evening = "/api/events/" + night.eventNightId();
        String hot = "/api/events/" + night.hotEventId();
        return scenario("attendee")
                .exec(this::arrive)
                .exec(
                        exec(http("sign up").post("/api/auth/signup")
                                .header("Idempotency-Key", "#{email}")
                                .body(StringBody("{\"email\":\"#{email}\",\"password\":\"" + EventNightSetup.PASSWORD
                                        + "\",\"displayName\":\"#{name}\"}"))
                                .check(status().is(201))),
                        exec(http("log in").post("/api/auth/login")
                                .body(StringBody("{\"email\":\"#{email}\",\"password\":\"" + EventNightSetup.PASSWORD
                                        + "\"}"))
                                .check(status().is(200), jsonPath("$.access_token").saveAs("token")))
                                // Without an account or a token the rest of the evening cannot happen: the attendee
                                // leaves, and only the failed sign-up or log-in counts as an error.
                                .exitHereIfFailed(),
                        exec(http("save profile").put("/api/me/profile")
                                .header("Authorization", "Bearer #{token}")
                                .body(StringBody("#{profile}"))
                                .check(status().is(200))),
                        think(),
                        exec(http("list events").get("/api/events?q=Event%20night")
                                .check(status().is(200))),
                        exec(http("open event").get(evening).check(status().is(200))),
                        exec(http("register").post(evening + "/registrations")
                                .header("Authorization", "Bearer #{token}")
                                .header("Idempotency-Key", "register-#{email}")
                                .body(StringBody("{}"))
                                .check(status().is(201), jsonPath("$.checkInCode").saveAs("checkInCode"))),
                        exec(http("open hot event").get(hot).check(status().is(200))),
                        exec(http("register for hot event").post(hot + "/registrations")
                                .header("Authorization", "Bearer #{token}")
                                .header("Idempotency-Key", "hot-#{email}")
                                .body(StringBody("{}"))
                                .check(status().is(201), jsonPath("$.status").in("CONFIRMED", "WAITLISTED"))),
                        exec(http("connect code").get("/api/me/connect-code")
                                .header("Authorization", "Bearer #{token}")
                                .check(status().is(200), jsonPath("$.code").saveAs("connectCode"))),
                        exec(session -> {
                            connectCodes.add(session.getString("connectCode"));
                            return session;
                        }),
                        think())
                // The door: staff scan the attendee's check-in code (three in four attendees come).
                .doIf(session -> session.getInt("n") % 4 != 3).then(
                        exec(http("staff: check in").post(evening + "/check-ins")
                                .header("Authorization", "Bearer #{staffToken}")
                                .body(StringBody("{\"checkInCode\":\"#{checkInCode}\"}"))
                                .check(status().is(200))))
                .exec(
                        exec(http("people to meet").get(evening + "/recommendations?limit=10")
                                .header("Authorization", "Bearer #{token}")
                                .check(status().is(200), jsonPath("$[*].accountId").findAll().optional()
                                        .saveAs("recommended"))),
                        doIf(session -> session.contains("recommended")).then(
                                exec(session -> session.set("askedFor", pick(session.getList("recommended"), 3))),
                                exec(http("send meeting request").post(evening + "/meeting-requests")
                                        .header("Authorization", "Bearer #{token}")
                                        .header("Idempotency-Key", "ask-#{email}")
                                        .body(StringBody("{\"toAccountId\":\"#{askedFor}\",\"message\":\"Coffee?\"}"))
                                        // 409: the two have a pending request or a match already (they asked first).
                                        .check(status().in(201, 409)))),
                        think(),
                        repeat(3).on(
                                exec(session -> session.set("scanned", someoneElsesCode(session))),
                                doIf(session -> !session.getString("scanned").isEmpty()).then(
                                        exec(http("record connection").post(evening + "/connections")
                                                .header("Authorization", "Bearer #{token}")
                                                .body(StringBody("{\"code\":\"#{scanned}\"}"))
                                                .check(status().in(200, 201), jsonPath("$.id").saveAs("connection"))),
                                        exec(session -> {
                                            acknowledgedConnections.add(session.getString("connection"));
                                            return session;
                                        }))),
                        repeat(2).on(
                                think(),
                                answerMeetingRequests(evening)),
                        exec(http("my meetings").get(evening + "/meetings/me")
                                .header("Authorization", "Bearer #{token}")
                                .check(status().is(200))),
                        exec(http("my registrations").get("/api/me/registrations")
                                .header("Authorization", "Bearer #{token}")
                                .check(status().is(200))));
    }

    private ChainBuilder answerMeetingRequests(String evening) {
        return exec(http("meeting requests").get(evening + "/meeting-requests?direction=INCOMING&status=PENDING&size=5")
                .header("Authorization", "Bearer #{token}")
                .check(status().is(200), jsonPath("$.items[*].id").findAll().optional().saveAs("incoming")))
                .doIf(session -> session.contains("incoming")).then(
                        foreach("#{incoming}", "request").on(
                                // Two in three are accepted. 409: the sender withdrew it or it was answered already.
                                doIfOrElse(session -> ThreadLocalRandom.current().nextInt(3) > 0).then(
                                        exec(http("accept meeting request")
                                                .post(evening + "/meeting-requests/#{request}/accept")
                                                .header("Authorization", "Bearer #{token}")
                                                .check(status().in(200, 409))))
                                        .orElse(exec(http("decline meeting request")
                                                .post(evening + "/meeting-requests/#{request}/decline")
                                                .header("Authorization", "Bearer #{token}")
                                                .body(StringBody("{}"))
                                                .check(status().in(200, 409))))))
                .exec(session -> session.remove("incoming"));
    }

    private ScenarioBuilder organizer() {
        String evening = "/api/events/" + night.eventNightId();
        String hot = "/api/events/" + night.hotEventId();
        return scenario("organizer")
                .exec(session -> session.set("organizerToken", night.organizerToken()))
                .during(Duration.ofMinutes(MINUTES)).on(
                        exec(http("organizer: registrations").get(evening + "/registrations?page=0&size=50")
                                .header("Authorization", "Bearer #{organizerToken}")
                                .check(status().is(200))),
                        exec(http("organizer: hot event registrations").get(hot + "/registrations?page=0&size=50")
                                .header("Authorization", "Bearer #{organizerToken}")
                                .check(status().is(200))),
                        exec(http("organizer: hot event counts").get(hot + "/registrations/counts")
                                .header("Authorization", "Bearer #{organizerToken}")
                                .check(status().is(200))),
                        exec(http("organizer: report").get(evening + "/report")
                                .header("Authorization", "Bearer #{organizerToken}")
                                .check(status().is(200))),
                        pause(Duration.ofSeconds(10)));
    }

    private Session arrive(Session session) {
        int n = arrivals.getAndIncrement();
        var random = ThreadLocalRandom.current();
        String interests = String.join("\",\"", pickDistinct(INTERESTS, 3));
        String profile = """
                {"displayName":"Attendee %d","headline":"Here to meet people","company":"Company %d",\
                "industry":"%s","seniority":"%s","interests":["%s"],"seeking":["%s"],"offering":["%s"]}"""
                .formatted(n, n % 300, INDUSTRIES.get(random.nextInt(INDUSTRIES.size())),
                        SENIORITIES.get(random.nextInt(SENIORITIES.size())), interests,
                        GOALS.get(random.nextInt(GOALS.size())), GOALS.get(random.nextInt(GOALS.size())));
        return session.setAll(Map.of(
                "n", n,
                "email", "attendee-" + n + "-" + night.runId() + "@load.example.org",
                "name", "Attendee " + n,
                "profile", profile,
                "staffToken", night.staffTokens().get(n % night.staffTokens().size())));
    }

    private String someoneElsesCode(Session session) {
        String own = session.getString("connectCode");
        for (int attempt = 0; attempt < 5 && connectCodes.size() > 1; attempt++) {
            // Mostly people who arrived recently, as at a real evening: the last 50 codes.
            int size = connectCodes.size();
            String code = connectCodes.get(size - 1 - ThreadLocalRandom.current().nextInt(Math.min(size, 50)));
            if (!code.equals(own)) {
                return code;
            }
        }
        return "";
    }

    private static String pick(List<Object> values, int among) {
        return values.get(ThreadLocalRandom.current().nextInt(Math.min(values.size(), among))).toString();
    }

    private static List<String> pickDistinct(List<String> values, int count) {
        var copy = new ArrayList<>(values);
        Collections.shuffle(copy, ThreadLocalRandom.current());
        return copy.subList(0, count);
    }

    private static ChainBuilder think() {
        // Uniform between a half and one and a half of the mean.
        return pause(Duration.ofMillis(THINK_SECONDS * 500L), Duration.ofMillis(THINK_SECONDS * 1500L));
    }

    @Override
    public void after() {
        var lines = new ArrayList<String>();
        lines.add("# evening " + night.eventNightId());
        lines.add("# hot " + night.hotEventId());
        lines.addAll(acknowledgedConnections);
        try {
            if (ACK_FILE.getParent() != null) {
                Files.createDirectories(ACK_FILE.getParent());
            }
            Files.write(ACK_FILE, lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.printf(Locale.ROOT, "%d acknowledged connections written to %s%n", acknowledgedConnections.size(),
                ACK_FILE.toAbsolutePath());
    }
}
