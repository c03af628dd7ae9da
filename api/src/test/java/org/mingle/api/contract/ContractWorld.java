package org.mingle.api.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import org.mingle.api.ApiClient.Reply;
import org.mingle.api.ApiClient;
import org.mingle.api.TestAccounts.Person;
import org.mingle.api.TestAccounts;
import org.mingle.api.TestEvents;
import org.mingle.api.TestProfiles;
import org.mingle.api.contract.OpenApiDescription.Operation;
import org.mingle.testsupport.TestImages;

/**
 * The people and things the probes act on, made through the API: an organizer's published event where an attendee
 * and others are confirmed, someone waits for approval, a networking session and a table are set out, a meeting
 * request waits for the attendee's answer, a meeting is agreed, the attendee has a connection, and the person they
 * agreed the meeting with has a photo. Path parameters get these real ids, and uploads a real image, so valid requests
 * get past "not found" and reach the rules and the response bodies.
 */
final class ContractWorld implements Probes.Fixtures {

    /** A photo to upload: a small PNG. */
    private static final byte[] PHOTO = TestImages.png(TestImages.stripes(120, 90, Color.ORANGE, Color.GRAY));

    /** Public without asking a name server (TEST-NET-3, RFC 5737); the probes' webhooks never get to post. */
    private static final String WEBHOOK_URL = "https://203.0.113.7/hooks/mingle";

    final Person organizer;
    final Person attendee;
    /** Confirmed at the event; asked the attendee to meet; met the attendee. */
    final Person helper;
    /** Confirmed at the event; agreed a meeting with the attendee; the {accountId} of the probes. */
    final Person other;
    /** Waits for approval at the event; the address the log-in probes use, so their failures lock out nobody else. */
    final Person pending;

    final String event;
    final Instant eventStart;
    final Instant eventEnd;
    private final String pendingRegistration;
    private final String pendingRequest;
    private final String meeting;
    private final String session;
    private final String table;
    private final String connection;
    private final String connectCode;
    private final String checkInCode;
    private final String webhook;

    ContractWorld(ApiClient anonymous) {
        var people = signUpAndLogIn(anonymous, "Olga Organizer", "Anna Attendee", "Hugo Helper", "Oskar Other",
                "Paula Pending");
        organizer = people.get(0);
        attendee = people.get(1);
        helper = people.get(2);
        other = people.get(3);
        pending = people.get(4);

        for (var person : new Person[] {attendee, helper, other}) {
            TestProfiles.save(person.api(), """
                    {"headline": "Building heat pumps", "company": "%s", "industry": "Energy",
                     "interests": ["climate tech", "heat pumps"], "seeking": ["ADVICE"], "offering": ["MENTORSHIP"]}
                    """.formatted(person.displayName() + " GmbH"));
        }
        event = TestEvents.published(organizer.api(), TestEvents.json("Contract mixer", 30, 50, false, null));
        var read = ok(organizer.api().get("/api/events/" + event)).object();
        eventStart = OffsetDateTime.parse((String) read.get("startsAt")).toInstant();
        eventEnd = OffsetDateTime.parse((String) read.get("endsAt")).toInstant();
        for (var person : new Person[] {attendee, helper, other}) {
            TestEvents.registerConfirmed(person.api(), event);
        }
        ok(organizer.api().patchJson("/api/events/" + event, "{\"approvalRequired\": true}"));
        assertThat(pending.api().postEmpty("/api/events/" + event + "/registrations").status()).isEqualTo(201);
        pendingRegistration = id(ok(pending.api().get("/api/events/" + event + "/registrations/me")));
        checkInCode = (String) ok(helper.api().get("/api/events/" + event + "/registrations/me")).object()
                .get("checkInCode");

        session = id(ok(organizer.api().postJson("/api/events/" + event + "/sessions", """
                {"name": "Coffee meetings", "startsAt": "%s", "endsAt": "%s", "slotMinutes": 15}
                """.formatted(TestEvents.berlin(eventStart), TestEvents.berlin(eventStart.plus(Duration.ofHours(1)))))));
        table = id(ok(organizer.api().postJson("/api/events/" + event + "/tables",
                "{\"name\": \"Table 1\", \"seats\": 4}")));

        pendingRequest = id(ok(helper.api().postJson("/api/events/" + event + "/meeting-requests",
                "{\"toAccountId\": \"" + attendee.id() + "\"}")));
        meeting = id(ok(other.api().postJson("/api/events/" + event + "/meeting-requests",
                "{\"toAccountId\": \"" + attendee.id() + "\"}")));
        ok(attendee.api().postEmpty("/api/events/" + event + "/meeting-requests/" + meeting + "/accept"));

        connection = id(ok(attendee.api().postJson("/api/events/" + event + "/connections",
                "{\"accountId\": \"" + helper.id() + "\"}")));
        connectCode = (String) ok(helper.api().get("/api/me/connect-code")).object().get("code");
        ok(other.api().put("/api/me/photo", "image/png", PHOTO));
        webhook = id(ok(organizer.api().postJson("/api/events/" + event + "/webhooks",
                "{\"url\": \"" + WEBHOOK_URL + "\", \"types\": [\"event.updated\"]}")));
    }

    /** Signs the people up in parallel: each sign-up and log-in hashes a password, which takes a while. */
    private static List<Person> signUpAndLogIn(ApiClient anonymous, String... names) {
        var executor = Executors.newFixedThreadPool(4);
        try {
            var futures = Arrays.stream(names)
                    .map(name -> CompletableFuture.supplyAsync(() -> TestAccounts.signUpAndLogIn(anonymous, name),
                            executor))
                    .toList();
            return futures.stream().map(CompletableFuture::join).toList();
        } finally {
            executor.shutdown();
        }
    }

    @Override
    public Object valueFor(Operation operation, String in, String name) {
        return switch (in) {
            case "path" -> pathValue(operation, name);
            case "query" -> name.equals("event") ? event : null;
            case "body" -> bodyValue(operation.id(), name);
            default -> null;
        };
    }

    private Object pathValue(Operation operation, String name) {
        return switch (name) {
            case "id" -> event;
            case "rid" -> pendingRegistration;
            case "mid" -> operation.path().contains("/meetings/{mid}") ? meeting : pendingRequest;
            case "sid" -> session;
            case "tid" -> table;
            case "cid" -> connection;
            case "accountId" -> other.id();
            case "code" -> connectCode;
            case "wid" -> webhook;
            default -> null;
        };
    }

    private Object bodyValue(String operation, String field) {
        Instant newStart = eventStart.plus(Duration.ofDays(10));
        return switch (operation + "." + field) {
            case "signUp.email" -> TestAccounts.uniqueEmail("probe");
            case "logIn.email" -> pending.email();
            case "addTeamMember.email" -> other.email();
            case "signUp.password", "logIn.password" -> TestAccounts.PASSWORD;
            case "signUp.displayName" -> "Pia Probe";
            case "checkIn.checkInCode" -> checkInCode;
            case "createWebhook.url" -> WEBHOOK_URL;
            case "requestMeeting.toAccountId" -> helper.id();
            case "recordConnection.accountId" -> other.id();
            case "recordConnection.code" -> Probes.OMIT;
            case "createEvent.startsAt" -> TestEvents.berlin(newStart);
            case "createEvent.endsAt" -> TestEvents.berlin(newStart.plus(Duration.ofHours(3)));
            case "createEvent.registrationClosesAt" -> TestEvents.berlin(newStart.minus(Duration.ofDays(1)));
            case "updateEvent.startsAt" -> TestEvents.berlin(eventStart);
            case "updateEvent.endsAt" -> TestEvents.berlin(eventEnd);
            case "updateEvent.capacity" -> 50;
            case "updateEvent.registrationClosesAt" -> TestEvents.berlin(eventStart.minus(Duration.ofDays(1)));
            case "addNetworkingSession.startsAt" -> TestEvents.berlin(eventStart.plus(Duration.ofHours(1)));
            case "addNetworkingSession.endsAt" -> TestEvents.berlin(eventStart.plus(Duration.ofHours(2)));
            case "planRounds.startsAt" -> TestEvents.berlin(eventStart.plus(Duration.ofHours(2)));
            case "proposeMeetingTime.startsAt" -> TestEvents.berlin(eventStart.plus(Duration.ofMinutes(15)));
            case "uploadMyPhoto." -> PHOTO;
            default -> null;
        };
    }

    /** The instant for date-time values no fixture names: the event's start. */
    String defaultInstant() {
        return TestEvents.berlin(eventStart);
    }

    private static Reply ok(Reply reply) {
        assertThat(reply.status()).as(reply.body()).isBetween(200, 299);
        return reply;
    }

    private static String id(Reply reply) {
        Map<String, Object> object = reply.object();
        return (String) object.get("id");
    }
}
