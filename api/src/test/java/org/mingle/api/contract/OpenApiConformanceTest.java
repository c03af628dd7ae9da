package org.mingle.api.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntPredicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.mingle.api.ApiClient;
import org.mingle.api.TestAccounts.Person;
import org.mingle.api.TestEvents;
import org.mingle.api.contract.OpenApiDescription.Operation;
import org.mingle.api.contract.Probes.Probe;
import org.mingle.testsupport.MicronautPostgres;

/**
 * The API against its own published description ({@code GET /api/openapi.yml}): every operation in it, called as
 * nobody, as an attendee and as the organizer of a real event, with a valid request built from the description and
 * with invalid variants of every parameter and body field (see {@link ValueClass}). Every answer must be below 500,
 * carry a status the description lists for the operation, and have the media type and body the description gives
 * that status. All findings of a run are reported together.
 *
 * <p>Invalid variants go as the role whose valid request got furthest (a 2xx, else anything but 401/403/404), so
 * they reach the validation behind the access checks. Operations that end something others need (cancelling the
 * event, erasing an account, logging out) run last, erasure as people whose part is over by then.
 * Random choices use a fixed seed. Besides: the statuses every operation of a kind can answer are listed, and
 * hand-made cases for answers the probes do not reach.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OpenApiConformanceTest implements MicronautPostgres {

    private static final long SEED = 20261213L;
    private static final int PARALLEL_REQUESTS = 4;
    /** Operations that end what later ones need, run last in this order. */
    private static final List<String> LAST = List.of("cancelEvent", "completeEvent", "eraseMe", "logOut");

    enum Role { ANONYMOUS, ATTENDEE, ORGANIZER }

    /** One answer that broke the description. */
    record Finding(ValueClass valueClass, Operation operation, Role role, Probe probe, int status, String what) {

        @Override
        public String toString() {
            return "[%s] %s as %s, %s = %s -> %d: %s".formatted(valueClass, operation, role, probe.slot(),
                    probe.input(), status, what);
        }
    }

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    private RawHttp http;
    private OpenApiDescription description;
    private ContractWorld world;
    private final ExecutorService senders = Executors.newFixedThreadPool(PARALLEL_REQUESTS);

    @BeforeAll
    void world() {
        var anonymous = new ApiClient(server, json);
        http = new RawHttp(server.getPort());
        var published = anonymous.get("/api/openapi.yml");
        assertThat(published.status()).isEqualTo(200);
        description = OpenApiDescription.parse(published.body());
        world = new ContractWorld(anonymous);
    }

    @AfterAll
    void stopSenders() {
        senders.shutdownNow();
    }

    /** What the server answers before or beside any operation's own rules: 400, 401, 404, 413 and 415. */
    @Test
    @Order(1)
    void everyOperationListsTheStatusesItsKindCanAnswer() {
        var missing = new ArrayList<String>();
        for (var operation : description.operations()) {
            var expected = new ArrayList<String>();
            if (!operation.parameters().isEmpty() || operation.body() != null) {
                expected.add("400");
            }
            if (operation.secured()) {
                expected.add("401");
            }
            if (operation.parameters().stream().anyMatch(parameter -> parameter.in().equals("path"))) {
                expected.add("404");
            }
            if (operation.body() != null) {
                expected.addAll(List.of("413", "415"));
            }
            expected.removeAll(operation.responses().keySet());
            if (!expected.isEmpty()) {
                missing.add(operation + " lacks " + expected);
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    @Order(1)
    void removingTheOwnerFromTheTeamAnswersADescribedConflict() {
        var remove = operation(description, "removeTeamMember");
        var probe = new Probes(description, (op, in, name) -> name.equals("accountId") ? world.organizer.id()
                : world.valueFor(op, in, name), new Random(SEED), world.defaultInstant()).valid(remove);

        var response = http.send(probe.request(bearer(world.organizer)));

        assertThat(response.status()).isEqualTo(409);
        assertThat(new ResponseCheck(description, json).check(remove, response)).isEmpty();
    }

    @Test
    @Order(1)
    void cancellingACheckedInRegistrationAnswersADescribedConflict() {
        var checkedIn = world.pending; // waits for approval at the main event; free to come to this one
        String event = TestEvents.published(world.organizer.api(), "Door test", 10);
        TestEvents.registerConfirmed(checkedIn.api(), event);
        var code = checkedIn.api().get("/api/events/" + event + "/registrations/me").object().get("checkInCode");
        var checkIn = world.organizer.api().postJson("/api/events/" + event + "/check-ins",
                "{\"checkInCode\": \"" + code + "\"}");
        assertThat(checkIn.status()).as(checkIn.body()).isEqualTo(200);
        var cancel = operation(description, "cancelMyRegistration");
        var probe = new Probes(description, (op, in, name) -> name.equals("id") ? event : null, new Random(SEED),
                world.defaultInstant()).valid(cancel);

        var response = http.send(probe.request(bearer(checkedIn)));

        assertThat(response.status()).isEqualTo(409);
        assertThat(new ResponseCheck(description, json).check(cancel, response)).isEmpty();
    }

    @Test
    @Order(1)
    void aRequestLineOverTheServersLimitIsRefusedBeforeAnyOperation() {
        var response = http.send(new RawHttp.Request("GET", "/api/events?q=" + "x".repeat(100_000), List.of(), null));

        assertThat(response.status()).isEqualTo(414);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.body()).contains("\"status\":414");
    }

    @Test
    @Order(1)
    void theCheckFailsWhenTheDescriptionLosesAStatus() {
        var damaged = description.copy();
        OpenApiDescription.map(damaged.rawOperation("getEvent").get("responses")).remove("404");
        var getEvent = operation(damaged, "getEvent");
        var probe = new Probes(damaged, (op, in, name) -> null, new Random(SEED), world.defaultInstant())
                .valid(getEvent);

        var response = http.send(probe.request(null));

        assertThat(response.status()).isEqualTo(404);
        assertThat(new ResponseCheck(damaged, json).check(getEvent, response))
                .singleElement().asString().startsWith("status 404 is not in the description");
    }

    @Test
    @Order(1)
    void theCheckFailsWhenAResponseFieldBreaksItsSchema() {
        var damaged = description.copy();
        OpenApiDescription.map(damaged.schema("Event").get("properties")).remove("venue");
        OpenApiDescription.map(damaged.schema("Event").get("properties")).put("title", Map.of("type", "integer"));
        var getEvent = operation(damaged, "getEvent");
        var probe = new Probes(damaged, world, new Random(SEED), world.defaultInstant()).valid(getEvent);

        var response = http.send(probe.request(null));

        assertThat(response.status()).isEqualTo(200);
        assertThat(new ResponseCheck(damaged, json).check(getEvent, response)).containsExactlyInAnyOrder(
                "status 200 body is off the description at $.title: \"Contract mixer\" is not an integer",
                "status 200 body is off the description at $.venue: a field the description does not list");
    }

    @Test
    @Order(2)
    void everyOperationAnswersWithinItsDescription() {
        var probes = new Probes(description, world, new Random(SEED), world.defaultInstant());
        var findings = new ArrayList<Finding>();
        var withoutSuccess = new ArrayList<String>();
        var operations = ordered(description.operations());
        int sent = 0;
        long started = System.nanoTime();
        long cpuStarted = processCpuNanos();

        for (var operation : operations) {
            var valid = new ArrayList<Call>();
            for (var role : Role.values()) {
                valid.add(new Call(probes.valid(operation), role));
            }
            var validAnswers = sendAll(operation, valid);
            findings.addAll(check(operation, valid, validAnswers));
            if (validAnswers.stream().noneMatch(answer -> answer.status() < 300)) {
                withoutSuccess.add(operation.id());
            }

            var deepest = deepest(validAnswers);
            var invalid = probes.invalid(operation).stream()
                    .map(probe -> new Call(probe, probe.valueClass() == ValueClass.INVALID_TOKEN
                            ? Role.ANONYMOUS : deepest))
                    .toList();
            findings.addAll(check(operation, invalid, sendAll(operation, invalid)));
            sent += valid.size() + invalid.size();
        }

        System.out.printf("Contract check: %d operations, %d requests, %d findings, %d ms (%d ms of CPU in this "
                        + "process, server included); no 2xx for a valid request: %s%n",
                operations.size(), sent, findings.size(), (System.nanoTime() - started) / 1_000_000,
                (processCpuNanos() - cpuStarted) / 1_000_000, withoutSuccess);
        assertThat(operations).as("operations in the description").hasSizeGreaterThan(50);
        assertThat(findings).withFailMessage(() -> report(findings)).isEmpty();
    }

    /** A probe and who sends it. */
    private record Call(Probe probe, Role role) {
    }

    private RawHttp.Response send(Operation operation, Call call) {
        return http.send(call.probe().request(authorization(operation, call.role())));
    }

    /**
     * Sends a few at a time; answers in order. The calls of one operation do not depend on each other: invalid probes
     * are refused or change nothing the others need, and the roles' valid requests act on their own behalf.
     */
    private List<RawHttp.Response> sendAll(Operation operation, List<Call> calls) {
        var answers = calls.stream()
                .map(call -> CompletableFuture.supplyAsync(() -> send(operation, call), senders))
                .toList();
        return answers.stream().map(CompletableFuture::join).toList();
    }

    private List<Finding> check(Operation operation, List<Call> calls, List<RawHttp.Response> answers) {
        var check = new ResponseCheck(description, json);
        var findings = new ArrayList<Finding>();
        for (int i = 0; i < calls.size(); i++) {
            var call = calls.get(i);
            var answer = answers.get(i);
            check.check(operation, answer).forEach(what -> findings.add(
                    new Finding(call.probe().valueClass(), operation, call.role(), call.probe(), answer.status(), what)));
        }
        return findings;
    }

    /**
     * The role whose valid request got furthest (answers in {@link Role} order): a 2xx, else anything but
     * 401/403/404; the organizer first.
     */
    private static Role deepest(List<RawHttp.Response> validAnswers) {
        var preference = List.of(Role.ORGANIZER, Role.ATTENDEE, Role.ANONYMOUS);
        IntPredicate stopped = status -> status == 401 || status == 403 || status == 404;
        return preference.stream().filter(role -> validAnswers.get(role.ordinal()).status() < 300).findFirst()
                .or(() -> preference.stream().filter(role -> !stopped.test(validAnswers.get(role.ordinal()).status()))
                        .findFirst())
                .orElse(Role.ORGANIZER);
    }

    /** Reads first, then changes, then removals; the operations that end things last. */
    private static List<Operation> ordered(List<Operation> operations) {
        return operations.stream().sorted(Comparator.comparingInt(OpenApiConformanceTest::phase)).toList();
    }

    private static int phase(Operation operation) {
        int last = LAST.indexOf(operation.id());
        if (last >= 0) {
            return 10 + last;
        }
        return switch (operation.method()) {
            case "GET" -> 0;
            case "DELETE" -> 2;
            default -> 1;
        };
    }

    /**
     * The bearer token a role sends. Erasure and log-out end tokens, so they run last: erasure as the two people the
     * attendee met (nothing needs them after it), then log-out as the attendee and the organizer themselves.
     */
    private String authorization(Operation operation, Role role) {
        boolean erasing = operation.id().equals("eraseMe");
        return switch (role) {
            case ANONYMOUS -> null;
            case ATTENDEE -> bearer(erasing ? world.helper : world.attendee);
            case ORGANIZER -> bearer(erasing ? world.other : world.organizer);
        };
    }

    /** CPU time of this JVM (tests and server), a figure that does not depend on what else the machine runs. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static String bearer(Person person) {
        return "Bearer " + person.token();
    }

    private static Operation operation(OpenApiDescription description, String id) {
        return description.operations().stream().filter(operation -> operation.id().equals(id)).findFirst()
                .orElseThrow();
    }

    private static String report(List<Finding> findings) {
        var byClass = findings.stream().collect(Collectors.groupingBy(Finding::valueClass, TreeMap::new,
                Collectors.counting()));
        return findings.size() + " answers off the description (by value class: " + byClass + "):\n"
                + findings.stream().map(Finding::toString).collect(Collectors.joining("\n"));
    }
}
