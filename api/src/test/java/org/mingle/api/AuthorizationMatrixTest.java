package org.mingle.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpMethod;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import jakarta.inject.Inject;
import java.awt.Color;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mingle.api.ApiClient.Reply;
import org.mingle.api.TestAccounts.Person;
import org.mingle.api.series.SeriesGroups;
import org.mingle.testsupport.MicronautPostgres;
import org.mingle.testsupport.TestImages;

/**
 * Who may call what: every route of the API, called by each kind of caller, must answer exactly the status in the
 * table below; and no response may carry data of an event the caller has no part in.
 *
 * <p>The callers: nobody signed in; a signed-in stranger (a potential attendee); the organizer of another event; a
 * co-organizer and a check-in staff member of the owner's events; and the owner. Calls that change something run
 * against an event made for that one call, so the cells of a row do not affect each other. Rows run in table order;
 * {@code DELETE /api/me} is last because it erases the callers.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AuthorizationMatrixTest implements MicronautPostgres {

    enum Role { ANONYMOUS, ATTENDEE, OTHER_ORGANIZER, CO_ORGANIZER, CHECKIN_STAFF, OWNER }

    /** The event a call is about. */
    enum Target {
        /** no event */
        NONE,
        /** the owner's draft, with co-organizer and check-in staff */
        DRAFT,
        /** the owner's published event, same team */
        PUBLISHED,
        /** a new draft like DRAFT, for one call that changes it */
        FRESH_DRAFT,
        /** a new draft with a title that is no secret, for a call that may publish it */
        FRESH_DRAFT_TO_PUBLISH,
        /** a new published event like PUBLISHED, for one call that changes it */
        FRESH_PUBLISHED,
        /** the other organizer's draft */
        OTHERS_DRAFT,
        /** a new draft of the other organizer's, for one call that changes it */
        FRESH_OTHERS_DRAFT,
        /** a new published event like PUBLISHED, where the registrant holds a CONFIRMED registration */
        FRESH_PUBLISHED_WITH_REGISTRANT,
        /** a new published event like PUBLISHED that requires approval, where the registrant waits for it */
        FRESH_PUBLISHED_WITH_PENDING,
        /** an id no event has */
        UNKNOWN,
        /** the owner's group: the co-organizer is an ORGANIZER of it, the check-in staff a MEMBER */
        GROUP,
        /** a series in that group */
        SERIES
    }

    /** One call: the client of the role, the event's id (null for NONE), the people of this test. */
    @FunctionalInterface
    interface Call {
        Reply send(ApiClient client, String eventId, People people);
    }

    /** A row of the table: a route, what it acts on, how to call it, and the status each role must get. */
    record Row(String route, Target target, Call call, Map<Role, Integer> expected) {

        @Override
        public String toString() {
            return String.format("%-46s %-22s %s", route, target, expected.values());
        }
    }

    /** The callers, plus someone to log in as and a registrant whose registration the team handles. */
    record People(Person attendee, Person other, Person coOrganizer, Person staff, Person owner, Person loginTarget,
                  Person registrant) {
    }

    /** A response as the leak check sees it. */
    record Seen(Role role, String row, String body) {
    }

    /** A photo to upload: a small PNG. */
    private static final byte[] PHOTO = TestImages.png(TestImages.stripes(90, 60, Color.ORANGE, Color.GRAY));

    private static final DateTimeFormatter ISO_LOCAL = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    /** Free for the next half hour, from when the table is built. */
    private static final String FREE_SOON = "{\"freeUntil\": \"" + Instant.now().plus(Duration.ofMinutes(30)) + "\"}";

    private static final String OWNER_SECRET = "ownersecret" + UUID.randomUUID().toString().substring(0, 8);
    private static final String OTHER_SECRET = "othersecret" + UUID.randomUUID().toString().substring(0, 8);

    /** The other organizer's address, which makes them the platform's administrator. */
    private static final String ADMINISTRATOR_EMAIL = TestAccounts.uniqueEmail("otto");

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    @Inject
    Router router;

    @Inject
    DSLContext sql;

    private ApiClient anonymous;
    private People people;
    private final Map<Role, ApiClient> clients = new EnumMap<>(Role.class);
    private String draft;
    private String published;
    private String othersDraft;
    /** The owner's groups for the rows that only read (see {@link #freshGroup}); static, as the table is. */
    private static String publicGroup;
    private static String privateGroup;
    private String group;
    private String series;
    private final List<Seen> seen = new ArrayList<>();
    private int cells;

    // The table. Columns: ANONYMOUS, ATTENDEE, OTHER_ORGANIZER, CO_ORGANIZER, CHECKIN_STAFF, OWNER.
    static Stream<Row> table() {
        return Stream.of(
                row("GET /api/health", Target.NONE, (c, id, p) -> c.get("/api/health"),
                        200, 200, 200, 200, 200, 200),
                row("GET /api/health/live", Target.NONE, (c, id, p) -> c.get("/api/health/live"),
                        200, 200, 200, 200, 200, 200),
                row("GET /api/health/ready", Target.NONE, (c, id, p) -> c.get("/api/health/ready"),
                        200, 200, 200, 200, 200, 200),
                row("GET /api/openapi.yml", Target.NONE, (c, id, p) -> c.get("/api/openapi.yml"),
                        200, 200, 200, 200, 200, 200),
                row("GET /api/docs", Target.NONE, (c, id, p) -> c.get("/api/docs"),
                        200, 200, 200, 200, 200, 200),
                row("GET /api/docs/{file}", Target.NONE, (c, id, p) -> c.get("/api/docs/swagger-ui.css"),
                        200, 200, 200, 200, 200, 200),

                row("POST /api/auth/signup", Target.NONE, (c, id, p) -> c.postJson("/api/auth/signup",
                                TestAccounts.signUpJson(TestAccounts.uniqueEmail("newcomer"), TestAccounts.PASSWORD,
                                        "Nina Newcomer")),
                        201, 201, 201, 201, 201, 201),
                row("POST /api/auth/login", Target.NONE, (c, id, p) -> c.postJson("/api/auth/login",
                                TestAccounts.logInJson(p.loginTarget().email(), TestAccounts.PASSWORD)),
                        200, 200, 200, 200, 200, 200),
                row("POST /api/auth/logout", Target.NONE, (c, id, p) -> c.postEmpty("/api/auth/logout"),
                        401, 204, 204, 204, 204, 204),
                row("GET /api/me", Target.NONE, (c, id, p) -> c.get("/api/me"),
                        401, 200, 200, 200, 200, 200),
                row("GET /api/me/export", Target.NONE, (c, id, p) -> c.get("/api/me/export"),
                        401, 200, 200, 200, 200, 200),
                row("POST /api/auth/password-reset", Target.NONE, (c, id, p) -> c.postJson(
                                "/api/auth/password-reset", "{\"email\": \"" + p.loginTarget().email() + "\"}"),
                        202, 202, 202, 202, 202, 202),
                row("POST /api/auth/password-reset/confirm", Target.NONE, (c, id, p) -> c.postJson(
                                "/api/auth/password-reset/confirm",
                                "{\"token\": \"" + "A".repeat(43) + "\", \"password\": \"matrix passphrase 2026\"}"),
                        400, 400, 400, 400, 400, 400),
                row("POST /api/mail-links/unsubscribe", Target.NONE, (c, id, p) -> c.post(
                                "/api/mail-links/unsubscribe?token=made.up", "application/x-www-form-urlencoded",
                                "List-Unsubscribe=One-Click"),
                        400, 400, 400, 400, 400, 400),
                row("GET /api/me/notifications", Target.NONE, (c, id, p) -> c.get("/api/me/notifications"),
                        401, 200, 200, 200, 200, 200),
                row("POST /api/me/notifications/{nid}/read", Target.NONE,
                        (c, id, p) -> c.postEmpty("/api/me/notifications/" + UUID.randomUUID() + "/read"),
                        401, 404, 404, 404, 404, 404),
                row("POST /api/me/notifications/read-all", Target.NONE,
                        (c, id, p) -> c.postEmpty("/api/me/notifications/read-all"),
                        401, 204, 204, 204, 204, 204),
                row("GET /api/me/notification-settings", Target.NONE,
                        (c, id, p) -> c.get("/api/me/notification-settings"),
                        401, 200, 200, 200, 200, 200),
                row("PUT /api/me/notification-settings", Target.NONE, (c, id, p) -> c.putJson(
                                "/api/me/notification-settings", "{\"categories\": {\"GROUPS\": \"IN_APP_ONLY\"}}"),
                        401, 200, 200, 200, 200, 200),

                row("GET /api/events", Target.NONE, (c, id, p) -> c.get("/api/events?size=100"),
                        200, 200, 200, 200, 200, 200),
                row("POST /api/events", Target.NONE, (c, id, p) -> c.postJson("/api/events",
                                TestEvents.json("Matrix newcomer event", 50)),
                        401, 201, 201, 201, 201, 201),

                row("GET /api/events/{id}", Target.DRAFT, (c, id, p) -> c.get("/api/events/" + id),
                        404, 404, 404, 200, 200, 200),
                row("GET /api/events/{id}", Target.PUBLISHED, (c, id, p) -> c.get("/api/events/" + id),
                        200, 200, 200, 200, 200, 200),
                row("GET /api/events/{id}", Target.OTHERS_DRAFT, (c, id, p) -> c.get("/api/events/" + id),
                        404, 404, 200, 404, 404, 404),
                row("GET /api/events/{id}", Target.UNKNOWN, (c, id, p) -> c.get("/api/events/" + id),
                        404, 404, 404, 404, 404, 404),

                row("POST /api/events/{id}/publish", Target.FRESH_DRAFT_TO_PUBLISH,
                        (c, id, p) -> c.postEmpty("/api/events/" + id + "/publish"),
                        401, 404, 404, 200, 403, 200),
                row("POST /api/events/{id}/publish", Target.PUBLISHED,
                        (c, id, p) -> c.postEmpty("/api/events/" + id + "/publish"),
                        401, 403, 403, 409, 403, 409),

                row("GET /api/events/{id}/team", Target.DRAFT, (c, id, p) -> c.get("/api/events/" + id + "/team"),
                        401, 404, 404, 200, 200, 200),
                row("GET /api/events/{id}/team", Target.PUBLISHED, (c, id, p) -> c.get("/api/events/" + id + "/team"),
                        401, 403, 403, 200, 200, 200),
                row("POST /api/events/{id}/messages", Target.FRESH_PUBLISHED, (c, id, p) -> c.postJson(
                                "/api/events/" + id + "/messages",
                                "{\"subject\": \"Matrix\", \"body\": \"Hello\", \"audience\": \"ALL\"}"),
                        401, 403, 403, 202, 403, 202),
                row("GET /api/events/{id}/messages", Target.PUBLISHED,
                        (c, id, p) -> c.get("/api/events/" + id + "/messages"),
                        401, 403, 403, 200, 403, 200),
                row("GET /api/events/{id}/team", Target.OTHERS_DRAFT,
                        (c, id, p) -> c.get("/api/events/" + id + "/team"),
                        401, 404, 200, 404, 404, 404),
                row("GET /api/events/{id}/team", Target.UNKNOWN, (c, id, p) -> c.get("/api/events/" + id + "/team"),
                        401, 404, 404, 404, 404, 404),

                row("POST /api/events/{id}/team", Target.FRESH_DRAFT, AuthorizationMatrixTest::addAttendeeAsStaff,
                        401, 404, 404, 403, 403, 201),
                row("POST /api/events/{id}/team", Target.FRESH_PUBLISHED, AuthorizationMatrixTest::addAttendeeAsStaff,
                        401, 403, 403, 403, 403, 201),
                row("POST /api/events/{id}/team", Target.FRESH_OTHERS_DRAFT, AuthorizationMatrixTest::addAttendeeAsStaff,
                        401, 404, 201, 404, 404, 404),

                row("POST /api/events/{id}/team", Target.FRESH_DRAFT, AuthorizationMatrixTest::inviteByMail,
                        401, 404, 404, 403, 403, 202),
                row("POST /api/events/{id}/team", Target.FRESH_PUBLISHED, AuthorizationMatrixTest::inviteByMail,
                        401, 403, 403, 403, 403, 202),
                row("GET /api/events/{id}/team/invitations", Target.DRAFT,
                        (c, id, p) -> c.get("/api/events/" + id + "/team/invitations"),
                        401, 404, 404, 403, 403, 200),
                row("GET /api/events/{id}/team/invitations", Target.PUBLISHED,
                        (c, id, p) -> c.get("/api/events/" + id + "/team/invitations"),
                        401, 403, 403, 403, 403, 200),
                row("GET /api/events/{id}/team/invitations", Target.OTHERS_DRAFT,
                        (c, id, p) -> c.get("/api/events/" + id + "/team/invitations"),
                        401, 404, 200, 404, 404, 404),
                row("GET /api/events/{id}/team/invitations", Target.UNKNOWN,
                        (c, id, p) -> c.get("/api/events/" + id + "/team/invitations"),
                        401, 404, 404, 404, 404, 404),
                row("DELETE /api/events/{id}/team/invitations/{iid}", Target.FRESH_DRAFT,
                        AuthorizationMatrixTest::withdrawAnInvitation,
                        401, 404, 404, 403, 403, 204),
                row("DELETE /api/events/{id}/team/invitations/{iid}", Target.FRESH_PUBLISHED,
                        AuthorizationMatrixTest::withdrawAnInvitation,
                        401, 403, 403, 403, 403, 204),
                row("POST /api/team-invitations/accept", Target.NONE, (c, id, p) -> c.postJson(
                                "/api/team-invitations/accept", "{\"token\": \"made.up\"}"),
                        401, 400, 400, 400, 400, 400),

                row("DELETE /api/events/{id}/team/{accountId}", Target.FRESH_DRAFT,
                        (c, id, p) -> c.delete("/api/events/" + id + "/team/" + p.staff().id()),
                        401, 404, 404, 403, 403, 204),
                row("DELETE /api/events/{id}/team/{accountId}", Target.FRESH_PUBLISHED,
                        (c, id, p) -> c.delete("/api/events/" + id + "/team/" + p.staff().id()),
                        401, 403, 403, 403, 403, 204),

                row("PATCH /api/events/{id}", Target.FRESH_DRAFT, AuthorizationMatrixTest::changeCapacity,
                        401, 404, 404, 200, 403, 200),
                row("PATCH /api/events/{id}", Target.FRESH_PUBLISHED, AuthorizationMatrixTest::changeCapacity,
                        401, 403, 403, 200, 403, 200),
                row("PATCH /api/events/{id}", Target.FRESH_OTHERS_DRAFT, AuthorizationMatrixTest::changeCapacity,
                        401, 404, 200, 404, 404, 404),
                row("PATCH /api/events/{id}", Target.UNKNOWN, AuthorizationMatrixTest::changeCapacity,
                        401, 404, 404, 404, 404, 404),

                row("POST /api/events/{id}/cancel", Target.FRESH_DRAFT,
                        (c, id, p) -> c.postEmpty("/api/events/" + id + "/cancel"),
                        401, 404, 404, 200, 403, 200),
                row("POST /api/events/{id}/cancel", Target.FRESH_PUBLISHED,
                        (c, id, p) -> c.postEmpty("/api/events/" + id + "/cancel"),
                        401, 403, 403, 200, 403, 200),
                row("POST /api/events/{id}/cancel", Target.FRESH_OTHERS_DRAFT,
                        (c, id, p) -> c.postEmpty("/api/events/" + id + "/cancel"),
                        401, 404, 200, 404, 404, 404),
                row("POST /api/events/{id}/complete", Target.FRESH_PUBLISHED,
                        (c, id, p) -> c.postEmpty("/api/events/" + id + "/complete"),
                        401, 403, 403, 200, 403, 200),
                row("POST /api/events/{id}/complete", Target.DRAFT,
                        (c, id, p) -> c.postEmpty("/api/events/" + id + "/complete"),
                        401, 404, 404, 409, 403, 409),
                row("POST /api/events/{id}/complete", Target.UNKNOWN,
                        (c, id, p) -> c.postEmpty("/api/events/" + id + "/complete"),
                        401, 404, 404, 404, 404, 404),

                row("GET /api/events/{id}/calendar.ics", Target.DRAFT,
                        (c, id, p) -> c.get("/api/events/" + id + "/calendar.ics"),
                        404, 404, 404, 200, 200, 200),
                row("GET /api/events/{id}/calendar.ics", Target.PUBLISHED,
                        (c, id, p) -> c.get("/api/events/" + id + "/calendar.ics"),
                        200, 200, 200, 200, 200, 200),
                row("GET /api/events/{id}/calendar.ics", Target.OTHERS_DRAFT,
                        (c, id, p) -> c.get("/api/events/" + id + "/calendar.ics"),
                        404, 404, 200, 404, 404, 404),
                row("GET /api/events/{id}/calendar.ics", Target.UNKNOWN,
                        (c, id, p) -> c.get("/api/events/" + id + "/calendar.ics"),
                        404, 404, 404, 404, 404, 404),

                row("POST /api/events/{id}/registrations", Target.FRESH_PUBLISHED, AuthorizationMatrixTest::register,
                        401, 201, 201, 201, 201, 201),
                row("POST /api/events/{id}/registrations", Target.DRAFT, AuthorizationMatrixTest::register,
                        401, 404, 404, 422, 422, 422),
                row("POST /api/events/{id}/registrations", Target.OTHERS_DRAFT, AuthorizationMatrixTest::register,
                        401, 404, 422, 404, 404, 404),
                row("POST /api/events/{id}/registrations", Target.UNKNOWN, AuthorizationMatrixTest::register,
                        401, 404, 404, 404, 404, 404),

                row("GET /api/events/{id}/registrations/me", Target.FRESH_PUBLISHED,
                        (c, id, p) -> {
                            register(c, id, p);
                            return c.get("/api/events/" + id + "/registrations/me");
                        },
                        401, 200, 200, 200, 200, 200),
                row("GET /api/events/{id}/registrations/me", Target.PUBLISHED,
                        (c, id, p) -> c.get("/api/events/" + id + "/registrations/me"),
                        401, 404, 404, 404, 404, 404),
                row("DELETE /api/events/{id}/registrations/me", Target.FRESH_PUBLISHED,
                        (c, id, p) -> {
                            register(c, id, p);
                            return c.delete("/api/events/" + id + "/registrations/me");
                        },
                        401, 204, 204, 204, 204, 204),
                row("DELETE /api/events/{id}/registrations/me", Target.PUBLISHED,
                        (c, id, p) -> c.delete("/api/events/" + id + "/registrations/me"),
                        401, 404, 404, 404, 404, 404),
                row("GET /api/me/registrations", Target.NONE, (c, id, p) -> c.get("/api/me/registrations"),
                        401, 200, 200, 200, 200, 200),

                row("GET /api/events/{id}/registrations", Target.DRAFT,
                        (c, id, p) -> c.get("/api/events/" + id + "/registrations"),
                        401, 404, 404, 200, 200, 200),
                row("GET /api/events/{id}/registrations", Target.FRESH_PUBLISHED_WITH_REGISTRANT,
                        (c, id, p) -> c.get("/api/events/" + id + "/registrations"),
                        401, 403, 403, 200, 200, 200),
                row("GET /api/events/{id}/registrations", Target.FRESH_PUBLISHED_WITH_REGISTRANT,
                        (c, id, p) -> c.get("/api/events/" + id + "/registrations", "text/csv"),
                        401, 403, 403, 200, 200, 200),
                row("GET /api/events/{id}/registrations", Target.OTHERS_DRAFT,
                        (c, id, p) -> c.get("/api/events/" + id + "/registrations"),
                        401, 404, 200, 404, 404, 404),
                row("GET /api/events/{id}/registrations", Target.UNKNOWN,
                        (c, id, p) -> c.get("/api/events/" + id + "/registrations"),
                        401, 404, 404, 404, 404, 404),
                row("GET /api/events/{id}/registrations/counts", Target.DRAFT,
                        (c, id, p) -> c.get("/api/events/" + id + "/registrations/counts"),
                        401, 404, 404, 200, 200, 200),
                row("GET /api/events/{id}/registrations/counts", Target.PUBLISHED,
                        (c, id, p) -> c.get("/api/events/" + id + "/registrations/counts"),
                        401, 403, 403, 200, 200, 200),
                row("GET /api/events/{id}/registrations/counts", Target.OTHERS_DRAFT,
                        (c, id, p) -> c.get("/api/events/" + id + "/registrations/counts"),
                        401, 404, 200, 404, 404, 404),

                row("POST /api/events/{id}/registrations/{rid}/approve", Target.FRESH_PUBLISHED_WITH_PENDING,
                        (c, id, p) -> c.postEmpty(registrationOf(p, id) + "/approve"),
                        401, 403, 403, 200, 403, 200),
                row("POST /api/events/{id}/registrations/{rid}/approve", Target.FRESH_PUBLISHED_WITH_REGISTRANT,
                        (c, id, p) -> c.postEmpty(registrationOf(p, id) + "/approve"),
                        401, 403, 403, 409, 403, 409),
                row("POST /api/events/{id}/registrations/{rid}/approve", Target.PUBLISHED,
                        (c, id, p) -> c.postEmpty("/api/events/" + id + "/registrations/" + UUID.randomUUID()
                                + "/approve"),
                        401, 403, 403, 404, 403, 404),
                row("POST /api/events/{id}/registrations/{rid}/decline", Target.FRESH_PUBLISHED_WITH_PENDING,
                        (c, id, p) -> c.postEmpty(registrationOf(p, id) + "/decline"),
                        401, 403, 403, 200, 403, 200),
                row("POST /api/events/{id}/registrations/{rid}/decline", Target.DRAFT,
                        (c, id, p) -> c.postEmpty("/api/events/" + id + "/registrations/" + UUID.randomUUID()
                                + "/decline"),
                        401, 404, 404, 404, 403, 404),

                row("POST /api/events/{id}/check-ins", Target.FRESH_PUBLISHED_WITH_REGISTRANT,
                        (c, id, p) -> c.postJson("/api/events/" + id + "/check-ins",
                                "{\"checkInCode\": \"" + codeOf(p, id) + "\"}"),
                        401, 403, 403, 200, 200, 200),
                row("POST /api/events/{id}/check-ins", Target.PUBLISHED,
                        (c, id, p) -> c.postJson("/api/events/" + id + "/check-ins", "{\"checkInCode\": \"NOSUCHCODE\"}"),
                        401, 403, 403, 404, 404, 404),
                row("POST /api/events/{id}/check-ins", Target.DRAFT,
                        (c, id, p) -> c.postJson("/api/events/" + id + "/check-ins", "{\"checkInCode\": \"NOSUCHCODE\"}"),
                        401, 404, 404, 404, 404, 404),

                row("GET /api/me/profile", Target.NONE, (c, id, p) -> c.get("/api/me/profile"),
                        401, 200, 200, 200, 200, 200),
                row("PUT /api/me/profile", Target.NONE,
                        (c, id, p) -> c.putJson("/api/me/profile", "{\"headline\": \"Matrix tester\"}"),
                        401, 200, 200, 200, 200, 200),
                row("PUT /api/me/profile", Target.NONE,
                        (c, id, p) -> c.putJson("/api/me/profile", "{\"links\": [\"javascript:alert(1)\"]}"),
                        401, 400, 400, 400, 400, 400),
                row("GET /api/profiles/{accountId}", Target.NONE,
                        (c, id, p) -> c.get("/api/profiles/" + p.registrant().id()),
                        401, 200, 200, 200, 200, 200),
                row("GET /api/profiles/{accountId}", Target.NONE,
                        (c, id, p) -> c.get("/api/profiles/" + UUID.randomUUID()),
                        401, 404, 404, 404, 404, 404),
                row("GET /api/interests", Target.NONE, (c, id, p) -> c.get("/api/interests?q=a"),
                        401, 200, 200, 200, 200, 200),
                row("GET /api/industries", Target.NONE, (c, id, p) -> c.get("/api/industries?q=a"),
                        401, 200, 200, 200, 200, 200),
                row("PUT /api/me/photo", Target.NONE, (c, id, p) -> c.put("/api/me/photo", "image/png", PHOTO),
                        401, 204, 204, 204, 204, 204),
                row("PUT /api/me/photo", Target.NONE, (c, id, p) -> c.put("/api/me/photo", "image/png",
                                "not an image".getBytes(StandardCharsets.UTF_8)),
                        401, 415, 415, 415, 415, 415),
                row("GET /api/profiles/{accountId}/photo", Target.NONE,
                        (c, id, p) -> c.get("/api/profiles/" + idOf(c) + "/photo"),
                        401, 200, 200, 200, 200, 200),
                row("GET /api/profiles/{accountId}/photo", Target.NONE, // shown to those taking part with her only
                        (c, id, p) -> c.get("/api/profiles/" + p.loginTarget().id() + "/photo"),
                        401, 404, 404, 404, 404, 404),
                row("DELETE /api/me/photo", Target.NONE, (c, id, p) -> c.delete("/api/me/photo"),
                        401, 204, 204, 204, 204, 204),
                // Public profiles: for anyone; a handle without a shown page answers 404 alike.
                row("GET /api/public/profiles/{handle}", Target.NONE,
                        (c, id, p) -> c.get("/api/public/profiles/no-such-handle"),
                        404, 404, 404, 404, 404, 404),
                row("GET /api/public/profiles/{handle}/photo", Target.NONE,
                        (c, id, p) -> c.get("/api/public/profiles/no-such-handle/photo"),
                        404, 404, 404, 404, 404, 404),
                // Nobody attended the published event yet: keeping it is refused, dropping it is harmless.
                row("PUT /api/me/record/events/{eventId}", Target.PUBLISHED,
                        (c, id, p) -> c.putEmpty("/api/me/record/events/" + id),
                        401, 422, 422, 422, 422, 422),
                row("PUT /api/me/record/events/{eventId}", Target.DRAFT,
                        (c, id, p) -> c.putEmpty("/api/me/record/events/" + id),
                        401, 404, 404, 422, 422, 422),
                row("DELETE /api/me/record/events/{eventId}", Target.PUBLISHED,
                        (c, id, p) -> c.delete("/api/me/record/events/" + id),
                        401, 204, 204, 204, 204, 204),

                row("GET /api/events/{id}/recommendations", Target.FRESH_PUBLISHED_WITH_REGISTRANT,
                        (c, id, p) -> {
                            register(c, id, p);
                            return c.get("/api/events/" + id + "/recommendations");
                        },
                        401, 200, 200, 200, 200, 200),
                row("GET /api/events/{id}/recommendations", Target.PUBLISHED,
                        (c, id, p) -> c.get("/api/events/" + id + "/recommendations"),
                        401, 403, 403, 403, 403, 403),
                row("GET /api/events/{id}/recommendations", Target.DRAFT,
                        (c, id, p) -> c.get("/api/events/" + id + "/recommendations"),
                        401, 404, 404, 403, 403, 403),
                row("GET /api/events/{id}/recommendations", Target.OTHERS_DRAFT,
                        (c, id, p) -> c.get("/api/events/" + id + "/recommendations"),
                        401, 404, 403, 404, 404, 404),
                row("GET /api/events/{id}/recommendations", Target.UNKNOWN,
                        (c, id, p) -> c.get("/api/events/" + id + "/recommendations"),
                        401, 404, 404, 404, 404, 404),

                row("POST /api/events/{id}/recommendations/{accountId}/dismiss",
                        Target.FRESH_PUBLISHED_WITH_REGISTRANT,
                        (c, id, p) -> {
                            register(c, id, p);
                            return dismiss(c, id, p.registrant().id());
                        },
                        401, 204, 204, 204, 204, 204),
                row("POST /api/events/{id}/recommendations/{accountId}/dismiss", Target.PUBLISHED,
                        (c, id, p) -> dismiss(c, id, p.registrant().id()),
                        401, 403, 403, 403, 403, 403),
                row("POST /api/events/{id}/recommendations/{accountId}/dismiss", Target.DRAFT,
                        (c, id, p) -> dismiss(c, id, p.registrant().id()),
                        401, 404, 404, 403, 403, 403),
                row("POST /api/events/{id}/recommendations/{accountId}/dismiss", Target.UNKNOWN,
                        (c, id, p) -> dismiss(c, id, p.registrant().id()),
                        401, 404, 404, 404, 404, 404),
                row("DELETE /api/events/{id}/recommendations/{accountId}/dismiss",
                        Target.FRESH_PUBLISHED_WITH_REGISTRANT,
                        (c, id, p) -> {
                            register(c, id, p);
                            return c.delete(dismissPath(id, p.registrant().id()));
                        },
                        401, 204, 204, 204, 204, 204),
                row("DELETE /api/events/{id}/recommendations/{accountId}/dismiss", Target.PUBLISHED,
                        (c, id, p) -> c.delete(dismissPath(id, p.registrant().id())),
                        401, 403, 403, 403, 403, 403),
                row("DELETE /api/events/{id}/recommendations/{accountId}/dismiss", Target.DRAFT,
                        (c, id, p) -> c.delete(dismissPath(id, p.registrant().id())),
                        401, 404, 404, 403, 403, 403),
                row("DELETE /api/events/{id}/recommendations/{accountId}/dismiss", Target.UNKNOWN,
                        (c, id, p) -> c.delete(dismissPath(id, p.registrant().id())),
                        401, 404, 404, 404, 404, 404),
                // The fresh events begin days from now: a confirmed attendee reaches the rule on when (422).
                row("PUT /api/events/{id}/availability", Target.FRESH_PUBLISHED_WITH_REGISTRANT,
                        (c, id, p) -> {
                            register(c, id, p);
                            return c.putJson("/api/events/" + id + "/availability", FREE_SOON);
                        },
                        401, 422, 422, 422, 422, 422),
                row("PUT /api/events/{id}/availability", Target.PUBLISHED,
                        (c, id, p) -> c.putJson("/api/events/" + id + "/availability", FREE_SOON),
                        401, 403, 403, 403, 403, 403),
                row("PUT /api/events/{id}/availability", Target.DRAFT,
                        (c, id, p) -> c.putJson("/api/events/" + id + "/availability", FREE_SOON),
                        401, 404, 404, 403, 403, 403),
                row("PUT /api/events/{id}/availability", Target.UNKNOWN,
                        (c, id, p) -> c.putJson("/api/events/" + id + "/availability", FREE_SOON),
                        401, 404, 404, 404, 404, 404),
                row("DELETE /api/events/{id}/availability", Target.FRESH_PUBLISHED_WITH_REGISTRANT,
                        (c, id, p) -> {
                            register(c, id, p);
                            return c.delete("/api/events/" + id + "/availability");
                        },
                        401, 204, 204, 204, 204, 204),
                row("DELETE /api/events/{id}/availability", Target.PUBLISHED,
                        (c, id, p) -> c.delete("/api/events/" + id + "/availability"),
                        401, 403, 403, 403, 403, 403),
                row("DELETE /api/events/{id}/availability", Target.OTHERS_DRAFT,
                        (c, id, p) -> c.delete("/api/events/" + id + "/availability"),
                        401, 404, 403, 404, 404, 404),
                row("GET /api/events/{id}/free-now", Target.FRESH_PUBLISHED_WITH_REGISTRANT,
                        (c, id, p) -> {
                            register(c, id, p);
                            return c.get("/api/events/" + id + "/free-now");
                        },
                        401, 200, 200, 200, 200, 200),
                row("GET /api/events/{id}/free-now", Target.PUBLISHED,
                        (c, id, p) -> c.get("/api/events/" + id + "/free-now"),
                        401, 403, 403, 403, 403, 403),
                row("GET /api/events/{id}/free-now", Target.DRAFT,
                        (c, id, p) -> c.get("/api/events/" + id + "/free-now"),
                        401, 404, 404, 403, 403, 403),
                row("GET /api/events/{id}/free-now", Target.UNKNOWN,
                        (c, id, p) -> c.get("/api/events/" + id + "/free-now"),
                        401, 404, 404, 404, 404, 404),
                // The registrant said nothing about being free: asking them to meet now is a conflict (409).
                row("POST /api/events/{id}/free-now/{accountId}/meeting-requests",
                        Target.FRESH_PUBLISHED_WITH_REGISTRANT,
                        (c, id, p) -> {
                            register(c, id, p);
                            return c.postEmpty("/api/events/" + id + "/free-now/" + p.registrant().id()
                                    + "/meeting-requests");
                        },
                        401, 409, 409, 409, 409, 409),
                row("POST /api/events/{id}/free-now/{accountId}/meeting-requests", Target.PUBLISHED,
                        (c, id, p) -> c.postEmpty("/api/events/" + id + "/free-now/" + p.registrant().id()
                                + "/meeting-requests"),
                        401, 403, 403, 403, 403, 403),
                row("POST /api/events/{id}/free-now/{accountId}/meeting-requests", Target.UNKNOWN,
                        (c, id, p) -> c.postEmpty("/api/events/" + id + "/free-now/" + p.registrant().id()
                                + "/meeting-requests"),
                        401, 404, 404, 404, 404, 404),

                row("POST /api/events/{id}/meeting-requests", Target.FRESH_PUBLISHED_WITH_REGISTRANT,
                        (c, id, p) -> {
                            register(c, id, p);
                            return ask(c, id, p.registrant().id());
                        },
                        401, 201, 201, 201, 201, 201),
                row("POST /api/events/{id}/meeting-requests", Target.PUBLISHED,
                        (c, id, p) -> ask(c, id, p.registrant().id()),
                        401, 403, 403, 403, 403, 403),
                row("POST /api/events/{id}/meeting-requests", Target.DRAFT,
                        (c, id, p) -> ask(c, id, p.registrant().id()),
                        401, 404, 404, 403, 403, 403),
                row("POST /api/events/{id}/meeting-requests", Target.UNKNOWN,
                        (c, id, p) -> ask(c, id, p.registrant().id()),
                        401, 404, 404, 404, 404, 404),
                row("GET /api/events/{id}/meeting-requests", Target.FRESH_PUBLISHED_WITH_REGISTRANT,
                        (c, id, p) -> {
                            requestToCaller(c, id, p);
                            return c.get("/api/events/" + id + "/meeting-requests");
                        },
                        401, 200, 200, 200, 200, 200),
                row("GET /api/events/{id}/meeting-requests", Target.PUBLISHED,
                        (c, id, p) -> c.get("/api/events/" + id + "/meeting-requests"),
                        401, 200, 200, 200, 200, 200),
                row("GET /api/events/{id}/meeting-requests", Target.DRAFT,
                        (c, id, p) -> c.get("/api/events/" + id + "/meeting-requests"),
                        401, 404, 404, 200, 200, 200),
                row("GET /api/events/{id}/meeting-requests", Target.UNKNOWN,
                        (c, id, p) -> c.get("/api/events/" + id + "/meeting-requests"),
                        401, 404, 404, 404, 404, 404),
                row("GET /api/events/{id}/meeting-requests/{mid}", Target.FRESH_PUBLISHED_WITH_REGISTRANT,
                        (c, id, p) -> c.get(requestToCaller(c, id, p)),
                        401, 200, 200, 200, 200, 200),
                row("GET /api/events/{id}/meeting-requests/{mid}", Target.FRESH_PUBLISHED_WITH_REGISTRANT,
                        (c, id, p) -> c.get(requestBetweenOthers(id, p)),
                        401, 404, 404, 404, 404, 404),
                row("POST /api/events/{id}/meeting-requests/{mid}/accept", Target.FRESH_PUBLISHED_WITH_REGISTRANT,
                        (c, id, p) -> c.postEmpty(requestToCaller(c, id, p) + "/accept"),
                        401, 200, 200, 200, 200, 200),
                row("POST /api/events/{id}/meeting-requests/{mid}/accept", Target.FRESH_PUBLISHED_WITH_REGISTRANT,
                        (c, id, p) -> c.postEmpty(requestFromCaller(c, id, p) + "/accept"),
                        401, 403, 403, 403, 403, 403),
                row("POST /api/events/{id}/meeting-requests/{mid}/accept", Target.FRESH_PUBLISHED_WITH_REGISTRANT,
                        (c, id, p) -> c.postEmpty(requestBetweenOthers(id, p) + "/accept"),
                        401, 404, 404, 404, 404, 404),
                row("POST /api/events/{id}/meeting-requests/{mid}/decline", Target.FRESH_PUBLISHED_WITH_REGISTRANT,
                        (c, id, p) -> c.postEmpty(requestToCaller(c, id, p) + "/decline"),
                        401, 200, 200, 200, 200, 200),
                row("POST /api/events/{id}/meeting-requests/{mid}/decline", Target.FRESH_PUBLISHED_WITH_REGISTRANT,
                        (c, id, p) -> c.postEmpty(requestFromCaller(c, id, p) + "/decline"),
                        401, 403, 403, 403, 403, 403),
                row("POST /api/events/{id}/meeting-requests/{mid}/cancel", Target.FRESH_PUBLISHED_WITH_REGISTRANT,
                        (c, id, p) -> c.postEmpty(requestFromCaller(c, id, p) + "/cancel"),
                        401, 200, 200, 200, 200, 200),
                row("POST /api/events/{id}/meeting-requests/{mid}/cancel", Target.FRESH_PUBLISHED_WITH_REGISTRANT,
                        (c, id, p) -> c.postEmpty(requestToCaller(c, id, p) + "/cancel"),
                        401, 403, 403, 403, 403, 403),
                row("POST /api/events/{id}/meeting-requests/{mid}/cancel", Target.FRESH_PUBLISHED_WITH_REGISTRANT,
                        (c, id, p) -> {
                            String request = requestFromCaller(c, id, p);
                            c.postEmpty(request + "/cancel");
                            return c.postEmpty(request + "/cancel");
                        },
                        401, 409, 409, 409, 409, 409),

                row("GET /api/events/{id}/meetings/me", Target.FRESH_PUBLISHED_WITH_REGISTRANT,
                        (c, id, p) -> {
                            c.postEmpty(requestToCaller(c, id, p) + "/accept");
                            return c.get("/api/events/" + id + "/meetings/me");
                        },
                        401, 200, 200, 200, 200, 200),
                row("GET /api/events/{id}/meetings/me", Target.PUBLISHED,
                        (c, id, p) -> c.get("/api/events/" + id + "/meetings/me"),
                        401, 200, 200, 200, 200, 200),
                row("GET /api/events/{id}/meetings/me", Target.DRAFT,
                        (c, id, p) -> c.get("/api/events/" + id + "/meetings/me"),
                        401, 404, 404, 200, 200, 200),
                row("GET /api/events/{id}/meetings/me", Target.UNKNOWN,
                        (c, id, p) -> c.get("/api/events/" + id + "/meetings/me"),
                        401, 404, 404, 404, 404, 404),

                row("GET /api/events/{id}/meetings", Target.PUBLISHED,
                        (c, id, p) -> c.get("/api/events/" + id + "/meetings"),
                        401, 403, 403, 200, 200, 200),
                row("GET /api/events/{id}/meetings", Target.DRAFT,
                        (c, id, p) -> c.get("/api/events/" + id + "/meetings"),
                        401, 404, 404, 200, 200, 200),
                row("GET /api/events/{id}/meetings", Target.UNKNOWN,
                        (c, id, p) -> c.get("/api/events/" + id + "/meetings"),
                        401, 404, 404, 404, 404, 404),
                row("POST /api/events/{id}/meetings/placements", Target.FRESH_PUBLISHED,
                        (c, id, p) -> c.postEmpty("/api/events/" + id + "/meetings/placements"),
                        401, 403, 403, 200, 403, 200),
                row("POST /api/events/{id}/meetings/placements", Target.DRAFT,
                        (c, id, p) -> c.postEmpty("/api/events/" + id + "/meetings/placements"),
                        401, 404, 404, 200, 403, 200),
                row("POST /api/events/{id}/meetings/placements", Target.FRESH_PUBLISHED,
                        (c, id, p) -> {
                            assertThat(p.owner().api().postEmpty("/api/events/" + id + "/cancel").status())
                                    .isEqualTo(200);
                            return c.postEmpty("/api/events/" + id + "/meetings/placements");
                        },
                        401, 403, 403, 422, 403, 422),
                row("POST /api/events/{id}/meetings/placements", Target.UNKNOWN,
                        (c, id, p) -> c.postEmpty("/api/events/" + id + "/meetings/placements"),
                        401, 404, 404, 404, 404, 404),
                row("GET /api/events/{id}/meetings/{mid}/free-slots", Target.FRESH_PUBLISHED_WITH_REGISTRANT,
                        (c, id, p) -> {
                            setOutSessionAndTable(id, p);
                            return c.get(meetingWithCaller(c, id, p) + "/free-slots");
                        },
                        401, 200, 200, 200, 200, 200),
                row("GET /api/events/{id}/meetings/{mid}/free-slots", Target.FRESH_PUBLISHED_WITH_REGISTRANT,
                        (c, id, p) -> c.get(meetingBetweenOthers(id, p) + "/free-slots"),
                        401, 404, 404, 404, 404, 404),
                row("POST /api/events/{id}/meetings/{mid}/proposal", Target.FRESH_PUBLISHED_WITH_REGISTRANT,
                        (c, id, p) -> {
                            setOutSessionAndTable(id, p);
                            return propose(c, meetingWithCaller(c, id, p), id, p);
                        },
                        401, 201, 201, 201, 201, 201),
                row("POST /api/events/{id}/meetings/{mid}/proposal", Target.FRESH_PUBLISHED_WITH_REGISTRANT,
                        (c, id, p) -> propose(c, meetingWithCaller(c, id, p), id, p),
                        401, 409, 409, 409, 409, 409),
                row("POST /api/events/{id}/meetings/{mid}/proposal", Target.FRESH_PUBLISHED_WITH_REGISTRANT,
                        (c, id, p) -> {
                            setOutSessionAndTable(id, p);
                            return propose(c, meetingBetweenOthers(id, p), id, p);
                        },
                        401, 404, 404, 404, 404, 404),
                row("POST /api/events/{id}/meetings/{mid}/proposal/accept", Target.FRESH_PUBLISHED_WITH_REGISTRANT,
                        (c, id, p) -> c.postEmpty(proposedByRegistrant(c, id, p) + "/proposal/accept"),
                        401, 200, 200, 200, 200, 200),
                row("POST /api/events/{id}/meetings/{mid}/proposal/accept", Target.FRESH_PUBLISHED_WITH_REGISTRANT,
                        (c, id, p) -> {
                            setOutSessionAndTable(id, p);
                            String meeting = meetingWithCaller(c, id, p);
                            propose(c, meeting, id, p);
                            return c.postEmpty(meeting + "/proposal/accept");
                        },
                        401, 403, 403, 403, 403, 403),
                row("POST /api/events/{id}/meetings/{mid}/proposal/accept", Target.FRESH_PUBLISHED_WITH_REGISTRANT,
                        (c, id, p) -> c.postEmpty(meetingWithCaller(c, id, p) + "/proposal/accept"),
                        401, 409, 409, 409, 409, 409),
                row("POST /api/events/{id}/meetings/{mid}/proposal/accept", Target.FRESH_PUBLISHED_WITH_REGISTRANT,
                        (c, id, p) -> c.postEmpty(meetingBetweenOthers(id, p) + "/proposal/accept"),
                        401, 404, 404, 404, 404, 404),
                row("DELETE /api/events/{id}/meetings/{mid}/proposal", Target.FRESH_PUBLISHED_WITH_REGISTRANT,
                        (c, id, p) -> c.delete(proposedByRegistrant(c, id, p) + "/proposal"),
                        401, 200, 200, 200, 200, 200),
                row("DELETE /api/events/{id}/meetings/{mid}/proposal", Target.FRESH_PUBLISHED_WITH_REGISTRANT,
                        (c, id, p) -> c.delete(meetingWithCaller(c, id, p) + "/proposal"),
                        401, 409, 409, 409, 409, 409),
                row("DELETE /api/events/{id}/meetings/{mid}/proposal", Target.FRESH_PUBLISHED_WITH_REGISTRANT,
                        (c, id, p) -> c.delete(meetingBetweenOthers(id, p) + "/proposal"),
                        401, 404, 404, 404, 404, 404),
                // Either of the two answers once the slot has begun (MeetingHeldApiTest moves a slot into the present).
                row("POST /api/events/{id}/meetings/{mid}/held", Target.FRESH_PUBLISHED_WITH_REGISTRANT,
                        (c, id, p) -> {
                            setOutSessionAndTable(id, p);
                            return c.postEmpty(meetingWithCaller(c, id, p) + "/held");
                        },
                        401, 409, 409, 409, 409, 409),
                row("POST /api/events/{id}/meetings/{mid}/held", Target.FRESH_PUBLISHED_WITH_REGISTRANT,
                        (c, id, p) -> c.postEmpty(meetingWithCaller(c, id, p) + "/held"),
                        401, 409, 409, 409, 409, 409),
                row("POST /api/events/{id}/meetings/{mid}/held", Target.FRESH_PUBLISHED_WITH_REGISTRANT,
                        (c, id, p) -> {
                            setOutSessionAndTable(id, p);
                            return c.postEmpty(meetingBetweenOthers(id, p) + "/held");
                        },
                        401, 404, 404, 404, 404, 404),

                row("GET /api/events/{id}/sessions", Target.PUBLISHED,
                        (c, id, p) -> c.get("/api/events/" + id + "/sessions"),
                        401, 403, 403, 200, 200, 200),
                row("GET /api/events/{id}/sessions", Target.DRAFT,
                        (c, id, p) -> c.get("/api/events/" + id + "/sessions"),
                        401, 404, 404, 200, 200, 200),
                row("GET /api/events/{id}/sessions", Target.OTHERS_DRAFT,
                        (c, id, p) -> c.get("/api/events/" + id + "/sessions"),
                        401, 404, 200, 404, 404, 404),
                row("GET /api/events/{id}/sessions", Target.UNKNOWN,
                        (c, id, p) -> c.get("/api/events/" + id + "/sessions"),
                        401, 404, 404, 404, 404, 404),
                row("POST /api/events/{id}/sessions", Target.FRESH_PUBLISHED, AuthorizationMatrixTest::addSession,
                        401, 403, 403, 201, 403, 201),
                row("POST /api/events/{id}/sessions", Target.FRESH_OTHERS_DRAFT, AuthorizationMatrixTest::addSession,
                        401, 404, 201, 404, 404, 404),
                row("POST /api/events/{id}/sessions", Target.PUBLISHED,
                        (c, id, p) -> c.postJson("/api/events/" + id + "/sessions", "{\"slotMinutes\": 3}"),
                        401, 403, 403, 400, 403, 400),
                row("POST /api/events/{id}/sessions", Target.UNKNOWN, AuthorizationMatrixTest::addSession,
                        401, 404, 404, 404, 404, 404),
                row("DELETE /api/events/{id}/sessions/{sid}", Target.FRESH_PUBLISHED,
                        (c, id, p) -> c.delete(created(addSession(p.owner().api(), id, p))),
                        401, 403, 403, 204, 403, 204),
                row("DELETE /api/events/{id}/sessions/{sid}", Target.PUBLISHED,
                        (c, id, p) -> c.delete("/api/events/" + id + "/sessions/" + UUID.randomUUID()),
                        401, 403, 403, 404, 403, 404),
                row("DELETE /api/events/{id}/sessions/{sid}", Target.UNKNOWN,
                        (c, id, p) -> c.delete("/api/events/" + id + "/sessions/" + UUID.randomUUID()),
                        401, 404, 404, 404, 404, 404),

                row("GET /api/events/{id}/tables", Target.PUBLISHED,
                        (c, id, p) -> c.get("/api/events/" + id + "/tables"),
                        401, 403, 403, 200, 200, 200),
                row("GET /api/events/{id}/tables", Target.DRAFT,
                        (c, id, p) -> c.get("/api/events/" + id + "/tables"),
                        401, 404, 404, 200, 200, 200),
                row("GET /api/events/{id}/tables", Target.OTHERS_DRAFT,
                        (c, id, p) -> c.get("/api/events/" + id + "/tables"),
                        401, 404, 200, 404, 404, 404),
                row("GET /api/events/{id}/tables", Target.UNKNOWN,
                        (c, id, p) -> c.get("/api/events/" + id + "/tables"),
                        401, 404, 404, 404, 404, 404),
                row("POST /api/events/{id}/tables", Target.FRESH_PUBLISHED, AuthorizationMatrixTest::addTable,
                        401, 403, 403, 201, 403, 201),
                row("POST /api/events/{id}/tables", Target.FRESH_OTHERS_DRAFT, AuthorizationMatrixTest::addTable,
                        401, 404, 201, 404, 404, 404),
                row("POST /api/events/{id}/tables", Target.PUBLISHED,
                        (c, id, p) -> c.postJson("/api/events/" + id + "/tables", "{\"name\": \"Solo\", \"seats\": 1}"),
                        401, 403, 403, 400, 403, 400),
                row("POST /api/events/{id}/tables", Target.UNKNOWN, AuthorizationMatrixTest::addTable,
                        401, 404, 404, 404, 404, 404),
                row("DELETE /api/events/{id}/tables/{tid}", Target.FRESH_PUBLISHED,
                        (c, id, p) -> c.delete(created(addTable(p.owner().api(), id, p))),
                        401, 403, 403, 204, 403, 204),
                row("DELETE /api/events/{id}/tables/{tid}", Target.PUBLISHED,
                        (c, id, p) -> c.delete("/api/events/" + id + "/tables/" + UUID.randomUUID()),
                        401, 403, 403, 404, 403, 404),
                row("DELETE /api/events/{id}/tables/{tid}", Target.UNKNOWN,
                        (c, id, p) -> c.delete("/api/events/" + id + "/tables/" + UUID.randomUUID()),
                        401, 404, 404, 404, 404, 404),

                row("POST /api/events/{id}/rounds", Target.FRESH_PUBLISHED_WITH_REGISTRANT,
                        (c, id, p) -> {
                            register(p.loginTarget().api(), id, p);
                            return planRounds(c, id, true);
                        },
                        401, 403, 403, 201, 403, 201),
                row("POST /api/events/{id}/rounds", Target.PUBLISHED,
                        (c, id, p) -> planRounds(c, id, false),
                        401, 403, 403, 422, 403, 422),
                row("POST /api/events/{id}/rounds", Target.DRAFT,
                        (c, id, p) -> planRounds(c, id, false),
                        401, 404, 404, 422, 403, 422),
                row("POST /api/events/{id}/rounds", Target.UNKNOWN,
                        (c, id, p) -> planRounds(c, id, false),
                        401, 404, 404, 404, 404, 404),
                row("GET /api/events/{id}/rounds", Target.PUBLISHED,
                        (c, id, p) -> c.get("/api/events/" + id + "/rounds"),
                        401, 403, 403, 200, 200, 200),
                row("GET /api/events/{id}/rounds", Target.DRAFT,
                        (c, id, p) -> c.get("/api/events/" + id + "/rounds"),
                        401, 404, 404, 200, 200, 200),
                row("GET /api/events/{id}/rounds", Target.UNKNOWN,
                        (c, id, p) -> c.get("/api/events/" + id + "/rounds"),
                        401, 404, 404, 404, 404, 404),
                row("GET /api/events/{id}/rounds/me", Target.FRESH_PUBLISHED_WITH_REGISTRANT,
                        (c, id, p) -> {
                            register(c, id, p);
                            planRounds(p.owner().api(), id, true);
                            return c.get("/api/events/" + id + "/rounds/me");
                        },
                        401, 200, 200, 200, 200, 200),
                row("GET /api/events/{id}/rounds/me", Target.PUBLISHED,
                        (c, id, p) -> c.get("/api/events/" + id + "/rounds/me"),
                        401, 403, 403, 403, 403, 403),
                row("GET /api/events/{id}/rounds/me", Target.DRAFT,
                        (c, id, p) -> c.get("/api/events/" + id + "/rounds/me"),
                        401, 404, 404, 403, 403, 403),
                row("GET /api/events/{id}/rounds/me", Target.UNKNOWN,
                        (c, id, p) -> c.get("/api/events/" + id + "/rounds/me"),
                        401, 404, 404, 404, 404, 404),

                row("PUT /api/events/{id}/marks/{accountId}", Target.FRESH_PUBLISHED_WITH_REGISTRANT,
                        (c, id, p) -> {
                            register(c, id, p);
                            return mark(c, id, p.registrant().id(), "MUST_MEET");
                        },
                        401, 204, 204, 204, 204, 204),
                row("PUT /api/events/{id}/marks/{accountId}", Target.FRESH_PUBLISHED_WITH_REGISTRANT,
                        (c, id, p) -> {
                            register(c, id, p);
                            return mark(c, id, p.registrant().id(), "MAYBE");
                        },
                        401, 400, 400, 400, 400, 400),
                row("PUT /api/events/{id}/marks/{accountId}", Target.PUBLISHED,
                        (c, id, p) -> mark(c, id, p.registrant().id(), "NO_THANKS"),
                        401, 403, 403, 403, 403, 403),
                row("PUT /api/events/{id}/marks/{accountId}", Target.DRAFT,
                        (c, id, p) -> mark(c, id, p.registrant().id(), "NO_THANKS"),
                        401, 404, 404, 403, 403, 403),
                row("PUT /api/events/{id}/marks/{accountId}", Target.UNKNOWN,
                        (c, id, p) -> mark(c, id, p.registrant().id(), "NO_THANKS"),
                        401, 404, 404, 404, 404, 404),
                row("DELETE /api/events/{id}/marks/{accountId}", Target.PUBLISHED,
                        (c, id, p) -> c.delete("/api/events/" + id + "/marks/" + p.registrant().id()),
                        401, 204, 204, 204, 204, 204),
                row("DELETE /api/events/{id}/marks/{accountId}", Target.DRAFT,
                        (c, id, p) -> c.delete("/api/events/" + id + "/marks/" + p.registrant().id()),
                        401, 404, 404, 204, 204, 204),
                row("DELETE /api/events/{id}/marks/{accountId}", Target.UNKNOWN,
                        (c, id, p) -> c.delete("/api/events/" + id + "/marks/" + p.registrant().id()),
                        401, 404, 404, 404, 404, 404),
                row("GET /api/events/{id}/marks", Target.PUBLISHED,
                        (c, id, p) -> c.get("/api/events/" + id + "/marks"),
                        401, 200, 200, 200, 200, 200),
                row("GET /api/events/{id}/marks", Target.DRAFT,
                        (c, id, p) -> c.get("/api/events/" + id + "/marks"),
                        401, 404, 404, 200, 200, 200),
                row("GET /api/events/{id}/marks", Target.UNKNOWN,
                        (c, id, p) -> c.get("/api/events/" + id + "/marks"),
                        401, 404, 404, 404, 404, 404),

                row("GET /api/events/{id}/curated-settings", Target.PUBLISHED,
                        (c, id, p) -> c.get("/api/events/" + id + "/curated-settings"),
                        401, 403, 403, 200, 403, 200),
                row("GET /api/events/{id}/curated-settings", Target.DRAFT,
                        (c, id, p) -> c.get("/api/events/" + id + "/curated-settings"),
                        401, 404, 404, 200, 403, 200),
                row("GET /api/events/{id}/curated-settings", Target.UNKNOWN,
                        (c, id, p) -> c.get("/api/events/" + id + "/curated-settings"),
                        401, 404, 404, 404, 404, 404),
                row("PUT /api/events/{id}/curated-settings", Target.FRESH_PUBLISHED,
                        (c, id, p) -> c.putJson("/api/events/" + id + "/curated-settings",
                                "{\"minimumMeetings\": 1, \"maximumMeetings\": 4}"),
                        401, 403, 403, 200, 403, 200),
                row("PUT /api/events/{id}/curated-settings", Target.PUBLISHED,
                        (c, id, p) -> c.putJson("/api/events/" + id + "/curated-settings",
                                "{\"minimumMeetings\": 5, \"maximumMeetings\": 4}"),
                        401, 403, 403, 400, 403, 400),
                row("PUT /api/events/{id}/curated-settings", Target.UNKNOWN,
                        (c, id, p) -> c.putJson("/api/events/" + id + "/curated-settings",
                                "{\"minimumMeetings\": 1, \"maximumMeetings\": 4}"),
                        401, 404, 404, 404, 404, 404),
                row("POST /api/events/{id}/curated-schedule", Target.FRESH_PUBLISHED_WITH_REGISTRANT,
                        (c, id, p) -> {
                            readyForCuratedSchedule(id, p);
                            return c.postEmpty("/api/events/" + id + "/curated-schedule");
                        },
                        401, 403, 403, 201, 403, 201),
                row("POST /api/events/{id}/curated-schedule", Target.PUBLISHED,
                        (c, id, p) -> c.postEmpty("/api/events/" + id + "/curated-schedule"),
                        401, 403, 403, 422, 403, 422),
                row("POST /api/events/{id}/curated-schedule", Target.DRAFT,
                        (c, id, p) -> c.postEmpty("/api/events/" + id + "/curated-schedule"),
                        401, 404, 404, 422, 403, 422),
                row("POST /api/events/{id}/curated-schedule", Target.UNKNOWN,
                        (c, id, p) -> c.postEmpty("/api/events/" + id + "/curated-schedule"),
                        401, 404, 404, 404, 404, 404),
                row("GET /api/events/{id}/curated-schedule", Target.FRESH_PUBLISHED_WITH_REGISTRANT,
                        (c, id, p) -> {
                            readyForCuratedSchedule(id, p);
                            created(p.owner().api().postEmpty("/api/events/" + id + "/curated-schedule"));
                            return c.get("/api/events/" + id + "/curated-schedule");
                        },
                        401, 403, 403, 200, 403, 200),
                row("GET /api/events/{id}/curated-schedule", Target.PUBLISHED,
                        (c, id, p) -> c.get("/api/events/" + id + "/curated-schedule"),
                        401, 403, 403, 404, 403, 404),
                row("GET /api/events/{id}/curated-schedule", Target.UNKNOWN,
                        (c, id, p) -> c.get("/api/events/" + id + "/curated-schedule"),
                        401, 404, 404, 404, 404, 404),
                row("POST /api/events/{id}/curated-schedule/publish", Target.FRESH_PUBLISHED_WITH_REGISTRANT,
                        (c, id, p) -> {
                            readyForCuratedSchedule(id, p);
                            created(p.owner().api().postEmpty("/api/events/" + id + "/curated-schedule"));
                            return c.postEmpty("/api/events/" + id + "/curated-schedule/publish");
                        },
                        401, 403, 403, 200, 403, 200),
                row("POST /api/events/{id}/curated-schedule/publish", Target.PUBLISHED,
                        (c, id, p) -> c.postEmpty("/api/events/" + id + "/curated-schedule/publish"),
                        401, 403, 403, 409, 403, 409),
                row("POST /api/events/{id}/curated-schedule/publish", Target.DRAFT,
                        (c, id, p) -> c.postEmpty("/api/events/" + id + "/curated-schedule/publish"),
                        401, 404, 404, 422, 403, 422),
                row("POST /api/events/{id}/curated-schedule/publish", Target.UNKNOWN,
                        (c, id, p) -> c.postEmpty("/api/events/" + id + "/curated-schedule/publish"),
                        401, 404, 404, 404, 404, 404),
                row("GET /api/events/{id}/curated-schedule/me", Target.PUBLISHED,
                        (c, id, p) -> c.get("/api/events/" + id + "/curated-schedule/me"),
                        401, 200, 200, 200, 200, 200),
                row("GET /api/events/{id}/curated-schedule/me", Target.DRAFT,
                        (c, id, p) -> c.get("/api/events/" + id + "/curated-schedule/me"),
                        401, 404, 404, 200, 200, 200),
                row("GET /api/events/{id}/curated-schedule/me", Target.UNKNOWN,
                        (c, id, p) -> c.get("/api/events/" + id + "/curated-schedule/me"),
                        401, 404, 404, 404, 404, 404),

                row("GET /api/events/{id}/known-attendees", Target.PUBLISHED,
                        (c, id, p) -> c.get("/api/events/" + id + "/known-attendees"),
                        401, 200, 200, 200, 200, 200),
                row("GET /api/events/{id}/known-attendees", Target.DRAFT,
                        (c, id, p) -> c.get("/api/events/" + id + "/known-attendees"),
                        401, 404, 404, 200, 200, 200),
                row("GET /api/events/{id}/known-attendees", Target.UNKNOWN,
                        (c, id, p) -> c.get("/api/events/" + id + "/known-attendees"),
                        401, 404, 404, 404, 404, 404),

                row("POST /api/events/{id}/rounds/announcements", Target.FRESH_PUBLISHED_WITH_REGISTRANT,
                        (c, id, p) -> {
                            register(p.loginTarget().api(), id, p);
                            assertThat(planRounds(p.owner().api(), id, true).status()).isEqualTo(201);
                            return c.postEmpty("/api/events/" + id + "/rounds/announcements");
                        },
                        401, 403, 403, 201, 403, 201),
                row("POST /api/events/{id}/rounds/announcements", Target.PUBLISHED,
                        (c, id, p) -> c.postEmpty("/api/events/" + id + "/rounds/announcements"),
                        401, 403, 403, 422, 403, 422),
                row("POST /api/events/{id}/rounds/announcements", Target.DRAFT,
                        (c, id, p) -> c.postEmpty("/api/events/" + id + "/rounds/announcements"),
                        401, 404, 404, 422, 403, 422),
                row("POST /api/events/{id}/rounds/announcements", Target.UNKNOWN,
                        (c, id, p) -> c.postEmpty("/api/events/" + id + "/rounds/announcements"),
                        401, 404, 404, 404, 404, 404),

                row("GET /api/me/connect-code", Target.NONE, (c, id, p) -> c.get("/api/me/connect-code"),
                        401, 200, 200, 200, 200, 200),
                row("GET /api/connect-codes/{code}", Target.NONE,
                        (c, id, p) -> c.get("/api/connect-codes/" + connectCodeOf(p.registrant().api())),
                        401, 200, 200, 200, 200, 200),
                row("GET /api/connect-codes/{code}", Target.NONE,
                        (c, id, p) -> c.get("/api/connect-codes/" + connectCodeOf(c)),
                        401, 422, 422, 422, 422, 422),
                row("GET /api/connect-codes/{code}", Target.NONE,
                        (c, id, p) -> c.get("/api/connect-codes/" + NOBODYS_CODE),
                        401, 404, 404, 404, 404, 404),

                row("POST /api/events/{id}/connections", Target.FRESH_PUBLISHED_WITH_REGISTRANT,
                        (c, id, p) -> {
                            register(c, id, p);
                            return connect(c, id, p);
                        },
                        401, 201, 201, 201, 201, 201),
                row("POST /api/events/{id}/connections", Target.FRESH_PUBLISHED_WITH_REGISTRANT,
                        (c, id, p) -> {
                            register(c, id, p);
                            connect(c, id, p);
                            return connect(c, id, p);
                        },
                        401, 200, 200, 200, 200, 200),
                row("POST /api/events/{id}/connections", Target.FRESH_PUBLISHED_WITH_REGISTRANT,
                        (c, id, p) -> {
                            register(c, id, p);
                            return c.postJson("/api/events/" + id + "/connections",
                                    "{\"accountId\": \"" + idOf(c) + "\"}");
                        },
                        401, 422, 422, 422, 422, 422),
                row("POST /api/events/{id}/connections", Target.PUBLISHED, AuthorizationMatrixTest::connect,
                        401, 403, 403, 403, 403, 403),
                row("POST /api/events/{id}/connections", Target.PUBLISHED,
                        (c, id, p) -> c.postJson("/api/events/" + id + "/connections", "{}"),
                        401, 400, 400, 400, 400, 400),
                row("POST /api/events/{id}/connections", Target.DRAFT, AuthorizationMatrixTest::connect,
                        401, 404, 404, 403, 403, 403),
                row("POST /api/events/{id}/connections", Target.UNKNOWN, AuthorizationMatrixTest::connect,
                        401, 404, 404, 404, 404, 404),

                row("GET /api/me/connections", Target.FRESH_PUBLISHED_WITH_REGISTRANT,
                        (c, id, p) -> {
                            connectionOfCaller(c, id, p);
                            return c.get("/api/me/connections");
                        },
                        401, 200, 200, 200, 200, 200),
                row("GET /api/me/connections", Target.NONE, (c, id, p) -> c.get("/api/me/connections?followUp=LATER"),
                        401, 400, 400, 400, 400, 400),
                row("GET /api/me/connections/{cid}", Target.FRESH_PUBLISHED_WITH_REGISTRANT,
                        (c, id, p) -> c.get(connectionOfCaller(c, id, p)),
                        401, 200, 200, 200, 200, 200),
                row("GET /api/me/connections/{cid}", Target.FRESH_PUBLISHED_WITH_REGISTRANT,
                        (c, id, p) -> c.get(connectionBetweenOthers(id, p)),
                        401, 404, 404, 404, 404, 404),
                row("PATCH /api/me/connections/{cid}", Target.FRESH_PUBLISHED_WITH_REGISTRANT,
                        (c, id, p) -> c.patchJson(connectionOfCaller(c, id, p), "{\"note\": \"Met at the bar\"}"),
                        401, 200, 200, 200, 200, 200),
                row("PATCH /api/me/connections/{cid}", Target.FRESH_PUBLISHED_WITH_REGISTRANT,
                        (c, id, p) -> c.patchJson(connectionOfCaller(c, id, p), "{\"followUp\": \"LATER\"}"),
                        401, 400, 400, 400, 400, 400),
                row("PATCH /api/me/connections/{cid}", Target.FRESH_PUBLISHED_WITH_REGISTRANT,
                        (c, id, p) -> c.patchJson(connectionBetweenOthers(id, p), "{\"note\": \"Mine now\"}"),
                        401, 404, 404, 404, 404, 404),
                row("DELETE /api/me/connections/{cid}", Target.FRESH_PUBLISHED_WITH_REGISTRANT,
                        (c, id, p) -> c.delete(connectionOfCaller(c, id, p)),
                        401, 204, 204, 204, 204, 204),
                row("DELETE /api/me/connections/{cid}", Target.FRESH_PUBLISHED_WITH_REGISTRANT,
                        (c, id, p) -> c.delete(connectionBetweenOthers(id, p)),
                        401, 404, 404, 404, 404, 404),
                row("GET /api/me/connections.vcf", Target.NONE, (c, id, p) -> c.get("/api/me/connections.vcf"),
                        401, 200, 200, 200, 200, 200),
                row("GET /api/me/connections.csv", Target.NONE, (c, id, p) -> c.get("/api/me/connections.csv"),
                        401, 200, 200, 200, 200, 200),

                row("GET /api/events/{id}/report", Target.FRESH_PUBLISHED_WITH_REGISTRANT,
                        (c, id, p) -> {
                            connectionBetweenOthers(id, p);
                            return c.get("/api/events/" + id + "/report");
                        },
                        401, 403, 403, 200, 403, 200),
                row("GET /api/events/{id}/report", Target.DRAFT,
                        (c, id, p) -> c.get("/api/events/" + id + "/report"),
                        401, 404, 404, 200, 403, 200),
                row("GET /api/events/{id}/report", Target.OTHERS_DRAFT,
                        (c, id, p) -> c.get("/api/events/" + id + "/report"),
                        401, 404, 200, 404, 404, 404),
                row("GET /api/events/{id}/report", Target.UNKNOWN,
                        (c, id, p) -> c.get("/api/events/" + id + "/report"),
                        401, 404, 404, 404, 404, 404),
                row("GET /api/events/{id}/report/network", Target.FRESH_PUBLISHED_WITH_REGISTRANT,
                        (c, id, p) -> {
                            connectionBetweenOthers(id, p);
                            return c.get("/api/events/" + id + "/report/network");
                        },
                        401, 403, 403, 200, 403, 200),
                row("GET /api/events/{id}/report/network", Target.DRAFT,
                        (c, id, p) -> c.get("/api/events/" + id + "/report/network?people=10"),
                        401, 404, 404, 200, 403, 200),
                row("GET /api/events/{id}/report/network", Target.PUBLISHED,
                        (c, id, p) -> c.get("/api/events/" + id + "/report/network?people=0"),
                        401, 400, 400, 400, 400, 400),
                row("GET /api/events/{id}/report/network", Target.OTHERS_DRAFT,
                        (c, id, p) -> c.get("/api/events/" + id + "/report/network"),
                        401, 404, 200, 404, 404, 404),
                row("GET /api/events/{id}/report/network", Target.UNKNOWN,
                        (c, id, p) -> c.get("/api/events/" + id + "/report/network"),
                        401, 404, 404, 404, 404, 404),
                row("GET /api/events/{id}/report/connections.csv", Target.FRESH_PUBLISHED_WITH_REGISTRANT,
                        (c, id, p) -> {
                            connectionBetweenOthers(id, p);
                            return c.get("/api/events/" + id + "/report/connections.csv");
                        },
                        401, 403, 403, 200, 403, 200),
                row("GET /api/events/{id}/report/connections.csv", Target.DRAFT,
                        (c, id, p) -> c.get("/api/events/" + id + "/report/connections.csv"),
                        401, 404, 404, 200, 403, 200),
                row("GET /api/events/{id}/report/connections.csv", Target.OTHERS_DRAFT,
                        (c, id, p) -> c.get("/api/events/" + id + "/report/connections.csv"),
                        401, 404, 200, 404, 404, 404),
                row("GET /api/events/{id}/report/connections.csv", Target.UNKNOWN,
                        (c, id, p) -> c.get("/api/events/" + id + "/report/connections.csv"),
                        401, 404, 404, 404, 404, 404),
                row("GET /api/events/{id}/report/me", Target.FRESH_PUBLISHED_WITH_REGISTRANT,
                        (c, id, p) -> {
                            connectionOfCaller(c, id, p);
                            return c.get("/api/events/" + id + "/report/me");
                        },
                        401, 200, 200, 200, 200, 200),
                row("GET /api/events/{id}/report/me", Target.PUBLISHED,
                        (c, id, p) -> c.get("/api/events/" + id + "/report/me"),
                        401, 403, 403, 403, 403, 403),
                row("GET /api/events/{id}/report/me", Target.DRAFT,
                        (c, id, p) -> c.get("/api/events/" + id + "/report/me"),
                        401, 404, 404, 403, 403, 403),
                row("GET /api/events/{id}/report/me", Target.UNKNOWN,
                        (c, id, p) -> c.get("/api/events/" + id + "/report/me"),
                        401, 404, 404, 404, 404, 404),

                row("GET /api/me/contacts/{accountId}", Target.FRESH_PUBLISHED_WITH_REGISTRANT,
                        (c, id, p) -> {
                            connectionOfCaller(c, id, p);
                            return c.get("/api/me/contacts/" + p.registrant().id());
                        },
                        401, 200, 200, 200, 200, 200),
                row("GET /api/me/contacts/{accountId}", Target.NONE,
                        (c, id, p) -> c.get("/api/me/contacts/" + UUID.randomUUID()),
                        401, 404, 404, 404, 404, 404),
                row("PUT /api/me/contacts/{accountId}/keep-in-touch", Target.FRESH_PUBLISHED_WITH_REGISTRANT,
                        (c, id, p) -> {
                            connectionOfCaller(c, id, p);
                            return c.putJson("/api/me/contacts/" + p.registrant().id() + "/keep-in-touch",
                                    "{\"every\": \"P90D\"}");
                        },
                        401, 200, 200, 200, 200, 200),
                row("PUT /api/me/contacts/{accountId}/keep-in-touch", Target.NONE,
                        (c, id, p) -> c.putJson("/api/me/contacts/" + UUID.randomUUID() + "/keep-in-touch",
                                "{\"every\": null}"),
                        401, 404, 404, 404, 404, 404),

                row("PUT /api/me/blocks/{accountId}", Target.NONE,
                        (c, id, p) -> c.putEmpty("/api/me/blocks/" + p.loginTarget().id()),
                        401, 204, 204, 204, 204, 204),
                row("PUT /api/me/blocks/{accountId}", Target.NONE,
                        (c, id, p) -> c.putEmpty("/api/me/blocks/" + idOf(c)),
                        401, 422, 422, 422, 422, 422),
                row("PUT /api/me/blocks/{accountId}", Target.NONE,
                        (c, id, p) -> c.putEmpty("/api/me/blocks/" + UUID.randomUUID()),
                        401, 404, 404, 404, 404, 404),
                row("GET /api/me/blocks", Target.NONE, (c, id, p) -> c.get("/api/me/blocks"),
                        401, 200, 200, 200, 200, 200),
                row("DELETE /api/me/blocks/{accountId}", Target.NONE,
                        (c, id, p) -> c.delete("/api/me/blocks/" + p.loginTarget().id()),
                        401, 204, 204, 204, 204, 204),

                row("POST /api/groups/{id}/series", Target.GROUP, AuthorizationMatrixTest::createSeries,
                        401, 403, 403, 201, 403, 201),
                row("POST /api/groups/{id}/series", Target.UNKNOWN, AuthorizationMatrixTest::createSeries,
                        401, 404, 404, 404, 404, 404),
                row("POST /api/groups/{id}/series/preview", Target.GROUP,
                        (c, id, p) -> c.postJson("/api/groups/" + id + "/series/preview", seriesJson()),
                        401, 403, 403, 200, 403, 200),
                row("POST /api/groups/{id}/series/preview", Target.UNKNOWN,
                        (c, id, p) -> c.postJson("/api/groups/" + id + "/series/preview", seriesJson()),
                        401, 404, 404, 404, 404, 404),
                row("GET /api/series/{id}", Target.SERIES, (c, id, p) -> c.get("/api/series/" + id),
                        401, 404, 404, 200, 404, 200),
                row("GET /api/series/{id}", Target.UNKNOWN, (c, id, p) -> c.get("/api/series/" + id),
                        401, 404, 404, 404, 404, 404),
                row("POST /api/series/{id}/extend", Target.SERIES,
                        (c, id, p) -> c.postJson("/api/series/" + id + "/extend", "{\"count\": 1}"),
                        401, 404, 404, 200, 404, 200),
                row("POST /api/series/{id}/extend", Target.UNKNOWN,
                        (c, id, p) -> c.postJson("/api/series/" + id + "/extend", "{\"count\": 1}"),
                        401, 404, 404, 404, 404, 404),

                row("POST /api/events/{id}/webhooks", Target.FRESH_PUBLISHED, AuthorizationMatrixTest::addWebhook,
                        401, 403, 403, 201, 403, 201),
                row("POST /api/events/{id}/webhooks", Target.FRESH_DRAFT, AuthorizationMatrixTest::addWebhook,
                        401, 404, 404, 201, 403, 201),
                row("POST /api/events/{id}/webhooks", Target.FRESH_OTHERS_DRAFT, AuthorizationMatrixTest::addWebhook,
                        401, 404, 201, 404, 404, 404),
                row("POST /api/events/{id}/webhooks", Target.PUBLISHED,
                        (c, id, p) -> c.postJson("/api/events/" + id + "/webhooks",
                                "{\"url\": \"http://127.0.0.1/x\", \"types\": [\"event.updated\"]}"),
                        401, 403, 403, 400, 403, 400),
                row("POST /api/events/{id}/webhooks", Target.UNKNOWN, AuthorizationMatrixTest::addWebhook,
                        401, 404, 404, 404, 404, 404),
                row("GET /api/events/{id}/webhooks", Target.PUBLISHED,
                        (c, id, p) -> c.get("/api/events/" + id + "/webhooks"),
                        401, 403, 403, 200, 403, 200),
                row("GET /api/events/{id}/webhooks", Target.DRAFT,
                        (c, id, p) -> c.get("/api/events/" + id + "/webhooks"),
                        401, 404, 404, 200, 403, 200),
                row("GET /api/events/{id}/webhooks", Target.OTHERS_DRAFT,
                        (c, id, p) -> c.get("/api/events/" + id + "/webhooks"),
                        401, 404, 200, 404, 404, 404),
                row("GET /api/events/{id}/webhooks", Target.UNKNOWN,
                        (c, id, p) -> c.get("/api/events/" + id + "/webhooks"),
                        401, 404, 404, 404, 404, 404),
                row("DELETE /api/events/{id}/webhooks/{wid}", Target.FRESH_PUBLISHED,
                        (c, id, p) -> c.delete(webhookOf(addWebhook(p.owner().api(), id, p), id)),
                        401, 403, 403, 204, 403, 204),
                row("DELETE /api/events/{id}/webhooks/{wid}", Target.PUBLISHED,
                        (c, id, p) -> c.delete("/api/events/" + id + "/webhooks/" + UUID.randomUUID()),
                        401, 403, 403, 404, 403, 404),
                row("DELETE /api/events/{id}/webhooks/{wid}", Target.UNKNOWN,
                        (c, id, p) -> c.delete("/api/events/" + id + "/webhooks/" + UUID.randomUUID()),
                        401, 404, 404, 404, 404, 404),
                row("GET /api/events/{id}/webhooks/{wid}/deliveries", Target.FRESH_PUBLISHED,
                        (c, id, p) -> c.get(webhookOf(addWebhook(p.owner().api(), id, p), id) + "/deliveries"),
                        401, 403, 403, 200, 403, 200),
                row("GET /api/events/{id}/webhooks/{wid}/deliveries", Target.FRESH_OTHERS_DRAFT,
                        (c, id, p) -> c.get(webhookOf(addWebhook(p.other().api(), id, p), id) + "/deliveries"),
                        401, 404, 200, 404, 404, 404),
                row("GET /api/events/{id}/webhooks/{wid}/deliveries", Target.PUBLISHED,
                        (c, id, p) -> c.get("/api/events/" + id + "/webhooks/" + UUID.randomUUID() + "/deliveries"),
                        401, 403, 403, 404, 403, 404),
                row("GET /api/events/{id}/webhooks/{wid}/deliveries", Target.UNKNOWN,
                        (c, id, p) -> c.get("/api/events/" + id + "/webhooks/" + UUID.randomUUID() + "/deliveries"),
                        401, 404, 404, 404, 404, 404),

                // Groups: the owner's group has the co-organizer as ORGANIZER and the check-in staff as MEMBER, the
                // registrant's request waiting; outsiders are the attendee and the other organizer.
                row("POST /api/groups", Target.NONE, (c, id, p) -> c.postJson("/api/groups",
                                "{\"name\": \"Matrix group " + UUID.randomUUID() + "\"}"),
                        401, 201, 201, 201, 201, 201),
                row("GET /api/groups", Target.NONE, (c, id, p) -> c.get("/api/groups?q=matrix"),
                        200, 200, 200, 200, 200, 200),
                row("GET /api/search", Target.NONE, (c, id, p) -> c.get("/api/search?q=matrix"),
                        200, 200, 200, 200, 200, 200),
                row("GET /api/groups/{idOrSlug}", Target.NONE, (c, id, p) -> c.get("/api/groups/" + publicGroup),
                        200, 200, 200, 200, 200, 200),
                row("GET /api/groups/{idOrSlug}", Target.NONE, (c, id, p) -> c.get("/api/groups/" + privateGroup),
                        404, 404, 404, 200, 200, 200),
                row("PATCH /api/groups/{id}", Target.NONE, (c, id, p) -> c.patchJson(
                                "/api/groups/" + freshGroup(p, "PUBLIC"), "{\"description\": \"Changed\"}"),
                        401, 403, 403, 200, 403, 200),
                row("POST /api/groups/{id}/members", Target.NONE,
                        (c, id, p) -> c.postEmpty("/api/groups/" + freshGroup(p, "PUBLIC") + "/members"),
                        401, 201, 201, 201, 201, 201),
                row("DELETE /api/groups/{id}/members/me", Target.NONE,
                        (c, id, p) -> c.delete("/api/groups/" + freshGroup(p, "PUBLIC") + "/members/me"),
                        401, 204, 204, 204, 204, 409),
                row("GET /api/groups/{id}/members", Target.NONE,
                        (c, id, p) -> c.get("/api/groups/" + publicGroup + "/members"),
                        401, 403, 403, 200, 200, 200),
                row("GET /api/groups/{id}/members", Target.NONE,
                        (c, id, p) -> c.get("/api/groups/" + privateGroup + "/members"),
                        401, 404, 404, 200, 200, 200),
                row("POST /api/groups/{id}/members/{accountId}/approve", Target.NONE, (c, id, p) -> c.postEmpty(
                                "/api/groups/" + freshGroup(p, "PUBLIC") + "/members/" + p.registrant().id()
                                        + "/approve"),
                        401, 403, 403, 204, 403, 204),
                // Removing: the registrant's request (declined), the check-in staff (a MEMBER), the co-organizer. Taking
                // oneself out is ".../members/me": through an account id the same rules hold as for anyone else.
                row("DELETE /api/groups/{id}/members/{accountId}", Target.NONE, (c, id, p) -> c.delete(
                                "/api/groups/" + freshGroup(p, "PUBLIC") + "/members/" + p.registrant().id()),
                        401, 403, 403, 204, 403, 204),
                row("DELETE /api/groups/{id}/members/{accountId}", Target.NONE, (c, id, p) -> c.delete(
                                "/api/groups/" + freshGroup(p, "PUBLIC") + "/members/" + p.staff().id()),
                        401, 403, 403, 204, 403, 204),
                row("DELETE /api/groups/{id}/members/{accountId}", Target.NONE, (c, id, p) -> c.delete(
                                "/api/groups/" + freshGroup(p, "PUBLIC") + "/members/" + p.coOrganizer().id()),
                        401, 403, 403, 403, 403, 204),
                row("DELETE /api/groups/{id}/members/{accountId}", Target.NONE, (c, id, p) -> c.delete(
                                "/api/groups/" + freshGroup(p, "PRIVATE") + "/members/" + p.staff().id()),
                        401, 404, 404, 204, 403, 204),
                row("PUT /api/groups/{id}/members/{accountId}", Target.NONE, (c, id, p) -> c.putJson(
                                "/api/groups/" + freshGroup(p, "PUBLIC") + "/members/" + p.staff().id(),
                                "{\"role\": \"ORGANIZER\"}"),
                        401, 403, 403, 403, 403, 200),
                row("POST /api/events", Target.NONE, (c, id, p) -> c.postJson("/api/events", TestEvents.with(
                                TestEvents.json("Matrix group event", 50),
                                "\"groupId\": \"" + freshGroup(p, "PUBLIC") + "\"")),
                        401, 403, 403, 201, 403, 201),
                row("GET /api/groups/{id}/events", Target.NONE,
                        (c, id, p) -> c.get("/api/groups/" + publicGroup + "/events?when=upcoming"),
                        200, 200, 200, 200, 200, 200),
                row("GET /api/groups/{id}/events", Target.NONE,
                        (c, id, p) -> c.get("/api/groups/" + privateGroup + "/events?when=past"),
                        404, 404, 404, 200, 200, 200),
                row("GET /api/groups/{id}/calendar.ics", Target.NONE,
                        (c, id, p) -> c.get("/api/groups/" + publicGroup + "/calendar.ics"),
                        200, 200, 200, 200, 200, 200),
                row("GET /api/groups/{id}/calendar.ics", Target.NONE,
                        (c, id, p) -> c.get("/api/groups/" + privateGroup + "/calendar.ics"),
                        404, 404, 404, 200, 200, 200),
                row("GET /api/groups/{id}/report", Target.NONE,
                        (c, id, p) -> c.get("/api/groups/" + publicGroup + "/report"),
                        401, 403, 403, 200, 403, 200),
                row("GET /api/groups/{id}/report", Target.NONE,
                        (c, id, p) -> c.get("/api/groups/" + privateGroup + "/report"),
                        401, 404, 404, 200, 403, 200),
                // Moderation: the other organizer is the platform's administrator (see getProperties).
                row("POST /api/events/{id}/abuse-reports", Target.FRESH_PUBLISHED, AuthorizationMatrixTest::report,
                        401, 201, 201, 403, 403, 403),
                row("POST /api/events/{id}/abuse-reports", Target.DRAFT, AuthorizationMatrixTest::report,
                        401, 404, 404, 403, 403, 403),
                row("POST /api/events/{id}/abuse-reports", Target.UNKNOWN, AuthorizationMatrixTest::report,
                        401, 404, 404, 404, 404, 404),
                row("GET /api/admin/abuse-reports", Target.NONE, (c, id, p) -> c.get("/api/admin/abuse-reports"),
                        401, 403, 200, 403, 403, 403),
                row("POST /api/admin/abuse-reports/{rid}/dismiss", Target.FRESH_PUBLISHED,
                        (c, id, p) -> c.postEmpty(reportedByRegistrant(id, p) + "/dismiss"),
                        401, 403, 200, 403, 403, 403),
                row("POST /api/admin/abuse-reports/{rid}/dismiss", Target.NONE,
                        (c, id, p) -> c.postEmpty("/api/admin/abuse-reports/" + UUID.randomUUID() + "/dismiss"),
                        401, 403, 404, 403, 403, 403),
                row("PUT /api/admin/events/{id}/listing", Target.FRESH_PUBLISHED,
                        (c, id, p) -> c.putJson("/api/admin/events/" + id + "/listing", "{\"listed\": false}"),
                        401, 403, 200, 403, 403, 403),
                row("PUT /api/admin/events/{id}/listing", Target.UNKNOWN,
                        (c, id, p) -> c.putJson("/api/admin/events/" + id + "/listing", "{\"listed\": false}"),
                        401, 403, 404, 403, 403, 403),
                // Agenda: readers of the event read it; the owner and co-organizers change it.
                row("GET /api/events/{id}/agenda", Target.PUBLISHED, (c, id, p) -> c.get(agendaOf(id)),
                        200, 200, 200, 200, 200, 200),
                row("GET /api/events/{id}/agenda", Target.DRAFT, (c, id, p) -> c.get(agendaOf(id)),
                        404, 404, 404, 200, 200, 200),
                row("POST /api/events/{id}/agenda", Target.FRESH_PUBLISHED,
                        (c, id, p) -> c.postJson(agendaOf(id), talkOn(id, p)),
                        401, 403, 403, 201, 403, 201),
                row("POST /api/events/{id}/agenda", Target.DRAFT, (c, id, p) -> c.postJson(agendaOf(id), talkOn(id, p)),
                        401, 404, 404, 201, 403, 201),
                row("GET /api/events/{id}/agenda/{talkId}", Target.FRESH_PUBLISHED,
                        (c, id, p) -> c.get(talkAddedTo(id, p)),
                        200, 200, 200, 200, 200, 200),
                row("GET /api/events/{id}/agenda/{talkId}", Target.FRESH_DRAFT,
                        (c, id, p) -> c.get(talkAddedTo(id, p)),
                        404, 404, 404, 200, 200, 200),
                row("PUT /api/events/{id}/agenda/{talkId}", Target.FRESH_PUBLISHED,
                        (c, id, p) -> c.putJson(talkAddedTo(id, p), talkOn(id, p)),
                        401, 403, 403, 200, 403, 200),
                row("DELETE /api/events/{id}/agenda/{talkId}", Target.FRESH_PUBLISHED,
                        (c, id, p) -> c.delete(talkAddedTo(id, p)),
                        401, 403, 403, 204, 403, 204),
                row("DELETE /api/events/{id}/agenda/{talkId}", Target.FRESH_DRAFT,
                        (c, id, p) -> c.delete(talkAddedTo(id, p)),
                        401, 404, 404, 204, 403, 204),
                row("GET /api/events/{id}/agenda/{talkId}/calendar.ics", Target.FRESH_PUBLISHED,
                        (c, id, p) -> c.get(talkAddedTo(id, p) + "/calendar.ics"),
                        200, 200, 200, 200, 200, 200),
                row("GET /api/events/{id}/agenda/{talkId}/calendar.ics", Target.FRESH_DRAFT,
                        (c, id, p) -> c.get(talkAddedTo(id, p) + "/calendar.ics"),
                        404, 404, 404, 200, 200, 200),
                // Attendee categories: readers of the event read them; the owner and co-organizers set them and put
                // registrants into them.
                row("GET /api/events/{id}/categories", Target.PUBLISHED, (c, id, p) -> c.get(categoriesOf(id)),
                        200, 200, 200, 200, 200, 200),
                row("GET /api/events/{id}/categories", Target.DRAFT, (c, id, p) -> c.get(categoriesOf(id)),
                        404, 404, 404, 200, 200, 200),
                row("PUT /api/events/{id}/categories", Target.FRESH_PUBLISHED,
                        (c, id, p) -> c.putJson(categoriesOf(id), CATEGORIES),
                        401, 403, 403, 200, 403, 200),
                row("PUT /api/events/{id}/categories", Target.FRESH_DRAFT,
                        (c, id, p) -> c.putJson(categoriesOf(id), CATEGORIES),
                        401, 404, 404, 200, 403, 200),
                row("PUT /api/events/{id}/registrations/{rid}/category", Target.FRESH_PUBLISHED_WITH_REGISTRANT,
                        (c, id, p) -> {
                            assertThat(p.owner().api().putJson(categoriesOf(id), CATEGORIES).status()).isEqualTo(200);
                            return c.putJson(registrationOf(p, id) + "/category", "{\"category\": \"founder\"}");
                        },
                        401, 403, 403, 200, 403, 200),
                row("PUT /api/events/{id}/registrations/{rid}/category", Target.PUBLISHED,
                        (c, id, p) -> c.putJson("/api/events/" + id + "/registrations/" + UUID.randomUUID()
                                + "/category", "{\"category\": null}"),
                        401, 403, 403, 404, 403, 404),

                // After the administrators' list, whose reporters' names would otherwise show the group's members.
                row("POST /api/groups/{id}/abuse-reports", Target.NONE, (c, id, p) -> c.postJson(
                                "/api/groups/" + freshGroup(p, "PUBLIC") + "/abuse-reports", "{\"reason\": \"SPAM\"}"),
                        401, 201, 201, 403, 201, 403),
                row("POST /api/groups/{id}/abuse-reports", Target.NONE, (c, id, p) -> c.postJson(
                                "/api/groups/" + freshGroup(p, "PRIVATE") + "/abuse-reports", "{\"reason\": \"SPAM\"}"),
                        401, 404, 404, 403, 201, 403),
                row("PUT /api/admin/groups/{id}/listing", Target.NONE, (c, id, p) -> c.putJson(
                                "/api/admin/groups/" + freshGroup(p, "PUBLIC") + "/listing", "{\"listed\": false}"),
                        401, 403, 200, 403, 403, 403),
                row("PUT /api/admin/groups/{id}/listing", Target.NONE, (c, id, p) -> c.putJson(
                                "/api/admin/groups/" + UUID.randomUUID() + "/listing", "{\"listed\": false}"),
                        401, 403, 404, 403, 403, 403),

                // Endorsements: the fresh event has not begun, so the callers' connections there are no meeting yet.
                row("POST /api/me/connections/{cid}/endorsements", Target.FRESH_PUBLISHED_WITH_REGISTRANT,
                        (c, id, p) -> c.postJson(connectionOfCaller(c, id, p) + "/endorsements",
                                "{\"topics\": [\"Grid\"]}"),
                        401, 422, 422, 422, 422, 422),
                row("POST /api/me/connections/{cid}/endorsements", Target.FRESH_PUBLISHED_WITH_REGISTRANT,
                        (c, id, p) -> c.postJson(connectionBetweenOthers(id, p) + "/endorsements",
                                "{\"topics\": [\"Grid\"]}"),
                        401, 404, 404, 404, 404, 404),
                row("GET /api/me/endorsements", Target.NONE,
                        (c, id, p) -> c.get("/api/me/endorsements?status=APPROVED"),
                        401, 200, 200, 200, 200, 200),
                row("GET /api/me/endorsements", Target.NONE,
                        (c, id, p) -> c.get("/api/me/endorsements?status=HIDDEN"),
                        401, 400, 400, 400, 400, 400),
                row("POST /api/me/endorsements/{eid}/approve", Target.NONE,
                        (c, id, p) -> c.postEmpty("/api/me/endorsements/" + UUID.randomUUID() + "/approve"),
                        401, 404, 404, 404, 404, 404),
                row("POST /api/me/endorsements/{eid}/hide", Target.NONE,
                        (c, id, p) -> c.postEmpty("/api/me/endorsements/" + UUID.randomUUID() + "/hide"),
                        401, 404, 404, 404, 404, 404),

                // Last: erases the callers.
                row("DELETE /api/me", Target.NONE, (c, id, p) -> c.delete("/api/me"),
                        401, 204, 204, 204, 204, 204));
    }

    /**
     * A new group of the owner's: the co-organizer is its ORGANIZER, the check-in staff a MEMBER, and the registrant
     * waits for approval. Returns its id.
     */
    private static String freshGroup(People people, String visibility) {
        var owner = people.owner().api();
        var created = owner.postJson("/api/groups", """
                {"name": "Matrix circle %s", "joinPolicy": "APPROVAL", "visibility": "%s"}
                """.formatted(UUID.randomUUID(), visibility));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = (String) created.object().get("id");
        for (var person : List.of(people.coOrganizer(), people.staff(), people.registrant())) {
            assertThat(person.api().postEmpty("/api/groups/" + id + "/members").status()).isEqualTo(201);
        }
        for (var person : List.of(people.coOrganizer(), people.staff())) {
            var approved = owner.postEmpty("/api/groups/" + id + "/members/" + person.id() + "/approve");
            assertThat(approved.status()).as(approved.body()).isEqualTo(204);
        }
        var promoted = owner.putJson("/api/groups/" + id + "/members/" + people.coOrganizer().id(),
                "{\"role\": \"ORGANIZER\"}");
        assertThat(promoted.status()).as(promoted.body()).isEqualTo(200);
        return id;
    }

    private static Reply addAttendeeAsStaff(ApiClient client, String eventId, People people) {
        return client.postJson("/api/events/" + eventId + "/team", """
                {"email": "%s", "role": "CHECKIN_STAFF"}
                """.formatted(people.attendee().email()));
    }

    /** Invites an address without an account, which the owner's invitations then list. */
    private static Reply inviteByMail(ApiClient client, String eventId, People people) {
        return client.postJson("/api/events/" + eventId + "/team", """
                {"email": "%s", "role": "CHECKIN_STAFF"}
                """.formatted(TestAccounts.uniqueEmail("matrix-invitee")));
    }

    /** Withdraws an invitation the owner just mailed. */
    private static Reply withdrawAnInvitation(ApiClient client, String eventId, People people) {
        var invited = inviteByMail(people.owner().api(), eventId, people);
        assertThat(invited.status()).as(invited.body()).isEqualTo(202);
        return client.delete("/api/events/" + eventId + "/team/invitations/" + invited.object().get("id"));
    }

    private static Reply changeCapacity(ApiClient client, String eventId, People people) {
        return client.patchJson("/api/events/" + eventId, "{\"capacity\": 55}");
    }

    private static Reply mark(ApiClient client, String eventId, Object accountId, String mark) {
        return client.putJson("/api/events/" + eventId + "/marks/" + accountId, "{\"mark\": \"" + mark + "\"}");
    }

    /** A session and a table, and a second confirmed attendee beside the registrant: enough to schedule. */
    private static void readyForCuratedSchedule(String eventId, People people) {
        setOutSessionAndTable(eventId, people);
        assertThat(register(people.loginTarget().api(), eventId, people).status()).isEqualTo(201);
    }

    private static Reply register(ApiClient client, String eventId, People people) {
        return client.postEmpty("/api/events/" + eventId + "/registrations");
    }

    private static String dismissPath(String eventId, String accountId) {
        return "/api/events/" + eventId + "/recommendations/" + accountId + "/dismiss";
    }

    private static Reply dismiss(ApiClient client, String eventId, String accountId) {
        return client.postJson(dismissPath(eventId, accountId), "{\"reason\": \"NOT_NOW\"}");
    }

    private static Reply ask(ApiClient client, String eventId, String toAccountId) {
        return client.postJson("/api/events/" + eventId + "/meeting-requests",
                "{\"toAccountId\": \"" + toAccountId + "\"}");
    }

    /** A well-formed connect code that nobody has (codes are random: a clash is as likely as guessing one). */
    private static final String NOBODYS_CODE = "ZZZZ0000";

    /** The client's connect code; a made-up one for the anonymous caller, who is refused before it matters. */
    private static String connectCodeOf(ApiClient client) {
        var code = client.get("/api/me/connect-code");
        return code.status() == 200 ? (String) code.object().get("code") : NOBODYS_CODE;
    }

    /** Records, as the caller, meeting the registrant at the event by the registrant's connect code. */
    private static Reply connect(ApiClient client, String eventId, People people) {
        return client.postJson("/api/events/" + eventId + "/connections",
                "{\"code\": \"" + connectCodeOf(people.registrant().api()) + "\"}");
    }

    /**
     * The path of a connection the caller, who registers for the event, made with the registrant; a made-up path for
     * the anonymous caller, who cannot take part.
     */
    private static String connectionOfCaller(ApiClient client, String eventId, People people) {
        if (client.get("/api/me").status() != 200) {
            return "/api/me/connections/" + UUID.randomUUID();
        }
        register(client, eventId, people);
        return created(connect(client, eventId, people));
    }

    /** The path of a connection between two people who are none of the callers. */
    private static String connectionBetweenOthers(String eventId, People people) {
        register(people.loginTarget().api(), eventId, people);
        return created(connect(people.loginTarget().api(), eventId, people));
    }

    /** Plans one speed-networking round an hour from now, for the people checked in or, if asked, confirmed. */
    private static Reply planRounds(ApiClient client, String eventId, boolean includeConfirmed) {
        return client.postJson("/api/events/" + eventId + "/rounds", """
                {"rounds": 1, "minutesPerRound": 5, "startsAt": "%s", "includeConfirmed": %s}
                """.formatted(TestEvents.berlin(Instant.now().plus(Duration.ofHours(1))), includeConfirmed));
    }

    /** When the event starts, as its owner or the other organizer sees it; in 40 days for an event nobody sees. */
    private static Instant startOf(String eventId, People people) {
        for (var reader : List.of(people.owner(), people.other())) {
            var event = reader.api().get("/api/events/" + eventId);
            if (event.status() == 200) {
                return OffsetDateTime.parse((String) event.object().get("startsAt")).toInstant();
            }
        }
        return Instant.now().plus(Duration.ofDays(40));
    }

    /** Adds a networking session of three 15-minute slots from the event's start. */
    private static Reply addSession(ApiClient client, String eventId, People people) {
        Instant start = startOf(eventId, people);
        return client.postJson("/api/events/" + eventId + "/sessions", """
                {"name": "Matrix meetings", "startsAt": "%s", "endsAt": "%s", "slotMinutes": 15}
                """.formatted(TestEvents.berlin(start), TestEvents.berlin(start.plus(Duration.ofMinutes(45)))));
    }

    private static Reply addTable(ApiClient client, String eventId, People people) {
        return client.postJson("/api/events/" + eventId + "/tables", "{\"name\": \"Table 1\", \"seats\": 2}");
    }

    private static String seriesJson() {
        return SeriesGroups.weeklyJson(LocalDate.now(ZoneId.of("Europe/Berlin")).plusDays(7).toString(), 2, false);
    }

    private static Reply createSeries(ApiClient client, String groupId, People people) {
        return client.postJson("/api/groups/" + groupId + "/series", seriesJson());
    }

    /** A webhook to an address that is public without asking a name server (TEST-NET-3, RFC 5737). */
    private static Reply addWebhook(ApiClient client, String eventId, People people) {
        return client.postJson("/api/events/" + eventId + "/webhooks",
                "{\"url\": \"https://203.0.113.7/hooks/mingle\", \"types\": [\"registration.created\"]}");
    }

    /** The path of a webhook just created, asserting it was. */
    private static String webhookOf(Reply reply, String eventId) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return "/api/events/" + eventId + "/webhooks/" + reply.object().get("id");
    }

    /** Two categories whose people may meet each other and themselves. */
    private static final String CATEGORIES = """
            {"categories": [{"key": "founder", "name": "Founders"}, {"key": "investor", "name": "Investors"}],
             "rules": [{"from": "founder", "to": "investor"}, {"from": "founder", "to": "founder"}]}
            """;

    private static String categoriesOf(String eventId) {
        return "/api/events/" + eventId + "/categories";
    }

    private static String agendaOf(String eventId) {
        return "/api/events/" + eventId + "/agenda";
    }

    /** A talk in the event's first half hour, by a guest, in no room (so talks of one event never clash). */
    private static String talkOn(String eventId, People people) {
        var event = people.owner().api().get("/api/events/" + eventId);
        assertThat(event.status()).as(event.body()).isEqualTo(200);
        var start = OffsetDateTime.parse((String) event.object().get("startsAt"));
        return """
                {"title": "Matrix talk", "startsAt": "%s", "endsAt": "%s", "guestSpeakers": ["Greta Guest"]}
                """.formatted(ISO_LOCAL.format(start), ISO_LOCAL.format(start.plusMinutes(30)));
    }

    /** The path of a talk the owner just put on the event's agenda. */
    private static String talkAddedTo(String eventId, People people) {
        var added = people.owner().api().postJson(agendaOf(eventId), talkOn(eventId, people));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        return agendaOf(eventId) + "/" + added.object().get("id");
    }

    private static Reply report(ApiClient client, String eventId, People people) {
        return client.postJson("/api/events/" + eventId + "/abuse-reports", "{\"reason\": \"FAKE_OR_TEST\"}");
    }

    /** The path of a report the registrant just filed about the event. */
    private static String reportedByRegistrant(String eventId, People people) {
        var filed = report(people.registrant().api(), eventId, people);
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        return "/api/admin/abuse-reports/" + filed.object().get("id");
    }

    /** The Location of something just created, asserting it was. */
    private static String created(Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.header("Location");
    }

    /** The owner sets out a session of three slots and a table for one meeting at a time. */
    private static void setOutSessionAndTable(String eventId, People people) {
        created(addSession(people.owner().api(), eventId, people));
        created(addTable(people.owner().api(), eventId, people));
    }

    /**
     * The path of a meeting of the caller's with the registrant, who asked; a made-up path for the anonymous caller,
     * who cannot take part. With a session and a table set out, the meeting takes the first slot.
     */
    private static String meetingWithCaller(ApiClient client, String eventId, People people) {
        if (client.get("/api/me").status() != 200) {
            return "/api/events/" + eventId + "/meetings/" + UUID.randomUUID();
        }
        String request = requestToCaller(client, eventId, people);
        var accepted = client.postEmpty(request + "/accept");
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        return meetingPath(eventId, request);
    }

    /** The path of a meeting between two people who are none of the callers. */
    private static String meetingBetweenOthers(String eventId, People people) {
        String request = requestBetweenOthers(eventId, people);
        var accepted = people.loginTarget().api().postEmpty(request + "/accept");
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        return meetingPath(eventId, request);
    }

    private static String meetingPath(String eventId, String requestPath) {
        return "/api/events/" + eventId + "/meetings/" + requestPath.substring(requestPath.lastIndexOf('/') + 1);
    }

    /** Proposes the meeting's second slot (it has the first), as this client. */
    private static Reply propose(ApiClient client, String meeting, String eventId, People people) {
        Instant second = startOf(eventId, people).plus(Duration.ofMinutes(15));
        return client.postJson(meeting + "/proposal", "{\"startsAt\": \"" + TestEvents.berlin(second) + "\"}");
    }

    /** A meeting of the caller's with a time, for which the registrant proposed another; made up for the anonymous. */
    private static String proposedByRegistrant(ApiClient client, String eventId, People people) {
        setOutSessionAndTable(eventId, people);
        String meeting = meetingWithCaller(client, eventId, people);
        if (client.get("/api/me").status() == 200) {
            created(propose(people.registrant().api(), meeting, eventId, people));
        }
        return meeting;
    }

    /** The caller's account id; a made-up one for the anonymous caller, who is refused before it matters. */
    private static String idOf(ApiClient client) {
        var me = client.get("/api/me");
        return me.status() == 200 ? (String) me.object().get("id") : UUID.randomUUID().toString();
    }

    /**
     * The path of a request the registrant sent to the caller, who registers for it; a made-up path for the anonymous
     * caller, who cannot take part.
     */
    private static String requestToCaller(ApiClient client, String eventId, People people) {
        var me = client.get("/api/me");
        if (me.status() != 200) {
            return "/api/events/" + eventId + "/meeting-requests/" + UUID.randomUUID();
        }
        register(client, eventId, people);
        var asked = ask(people.registrant().api(), eventId, (String) me.object().get("id"));
        assertThat(asked.status()).as(asked.body()).isEqualTo(201);
        return asked.header("Location");
    }

    /** Like {@link #requestToCaller}, the other way: the caller registers and asks the registrant. */
    private static String requestFromCaller(ApiClient client, String eventId, People people) {
        if (client.get("/api/me").status() != 200) {
            return "/api/events/" + eventId + "/meeting-requests/" + UUID.randomUUID();
        }
        register(client, eventId, people);
        var asked = ask(client, eventId, people.registrant().id());
        assertThat(asked.status()).as(asked.body()).isEqualTo(201);
        return asked.header("Location");
    }

    /** The path of a request between two people who are none of the callers. */
    private static String requestBetweenOthers(String eventId, People people) {
        register(people.loginTarget().api(), eventId, people);
        var asked = ask(people.registrant().api(), eventId, people.loginTarget().id());
        assertThat(asked.status()).as(asked.body()).isEqualTo(201);
        return asked.header("Location");
    }

    /** The path of the registrant's registration at the event. */
    private static String registrationOf(People people, String eventId) {
        var mine = people.registrant().api().get("/api/events/" + eventId + "/registrations/me");
        assertThat(mine.status()).as(mine.body()).isEqualTo(200);
        return "/api/events/" + eventId + "/registrations/" + mine.object().get("id");
    }

    private static String codeOf(People people, String eventId) {
        var mine = people.registrant().api().get("/api/events/" + eventId + "/registrations/me");
        assertThat(mine.status()).as(mine.body()).isEqualTo(200);
        return (String) mine.object().get("checkInCode");
    }

    private static Row row(String route, Target target, Call call, int... statuses) {
        var roles = Role.values();
        if (statuses.length != roles.length) {
            throw new IllegalArgumentException(route + ": one status per role");
        }
        var expected = new EnumMap<Role, Integer>(Role.class);
        for (int i = 0; i < roles.length; i++) {
            expected.put(roles[i], statuses[i]);
        }
        return new Row(route, target, call, expected);
    }

    @Override
    public Map<String, String> getProperties() {
        var properties = new HashMap<>(MicronautPostgres.super.getProperties());
        properties.put("mingle.admin-emails", ADMINISTRATOR_EMAIL);
        return properties;
    }

    @BeforeAll
    void world() {
        anonymous = new ApiClient(server, json);
        people = new People(
                TestAccounts.signUpAndLogIn(anonymous, "Ada Attendee"),
                TestAccounts.signUpAndLogIn(anonymous, ADMINISTRATOR_EMAIL, "Otto Other"),
                TestAccounts.signUpAndLogIn(anonymous, "Cora Coorganizer"),
                TestAccounts.signUpAndLogIn(anonymous, "Stan Staff"),
                TestAccounts.signUpAndLogIn(anonymous, "Olivia Owner"),
                TestAccounts.signUpAndLogIn(anonymous, "Lena Login"),
                TestAccounts.signUpAndLogIn(anonymous, "Rita Registrant"));
        useClientsOf(people);
        var photo = people.loginTarget().api().put("/api/me/photo", "image/png", PHOTO);
        assertThat(photo.status()).as(photo.body()).isEqualTo(204);
        draft = ownersEvent(true, false);
        published = ownersEvent(false, true);
        othersDraft = othersEvent();
        publicGroup = freshGroup(people, "PUBLIC");
        privateGroup = freshGroup(people, "PRIVATE");
        group = SeriesGroups.create(sql, Map.of(people.owner().id(), "OWNER", people.coOrganizer().id(), "ORGANIZER",
                people.staff().id(), "MEMBER"));
        series = seriesOf(group);
    }

    /** A new series of two drafts in the group, created by its owner. */
    private String seriesOf(String groupId) {
        var created = people.owner().api().postJson("/api/groups/" + groupId + "/series", SeriesGroups.weeklyJson(
                LocalDate.now(ZoneId.of("Europe/Berlin")).plusDays(7).toString(), 2, false));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return (String) created.object().get("id");
    }

    private void useClientsOf(People people) {
        clients.put(Role.ANONYMOUS, anonymous);
        clients.put(Role.ATTENDEE, people.attendee().api());
        clients.put(Role.OTHER_ORGANIZER, people.other().api());
        clients.put(Role.CO_ORGANIZER, people.coOrganizer().api());
        clients.put(Role.CHECKIN_STAFF, people.staff().api());
        clients.put(Role.OWNER, people.owner().api());
    }

    /** Logging out ends every token of the account: the people log in again for the rows that follow. */
    private void logInAgain() {
        people = new People(again(people.attendee()), again(people.other()), again(people.coOrganizer()),
                again(people.staff()), again(people.owner()), again(people.loginTarget()), again(people.registrant()));
        useClientsOf(people);
    }

    private TestAccounts.Person again(TestAccounts.Person person) {
        var token = TestAccounts.logIn(anonymous, person.email(), TestAccounts.PASSWORD);
        return new TestAccounts.Person(person.id(), person.email(), person.displayName(), token,
                anonymous.withToken(token));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    @Order(1)
    void eachRoleGetsExactlyTheExpectedStatus(Row row) {
        var softly = new SoftAssertions();
        for (var role : Role.values()) {
            String eventId = eventFor(row.target());
            var reply = row.call().send(clients.get(role), eventId, people);
            cells++;
            seen.add(new Seen(role, row.toString(), reply.body()));
            int expected = row.expected().get(role);
            softly.assertThat(reply.status())
                    .as("%s as %s answered %s", row.route(), role, abbreviated(reply.body()))
                    .isEqualTo(expected);
            if (reply.status() == expected && expected >= 400) {
                softly.check(() -> reply.problem(expected));
                if (expected == 401) {
                    softly.assertThat(reply.header("WWW-Authenticate")).as("%s as %s", row.route(), role)
                            .startsWith("Bearer");
                }
            }
        }
        if (row.route().equals("POST /api/auth/logout")) {
            logInAgain();
        }
        softly.assertAll();
    }

    @Test
    @Order(2)
    void noResponseCarriesDataOfAnEventTheCallerHasNoPartIn() {
        assertThat(cells).as("cells called").isEqualTo(table().count() * Role.values().length);

        var ownersTeam = List.of(people.owner(), people.coOrganizer(), people.staff());
        var outsiders = Set.of(Role.ANONYMOUS, Role.ATTENDEE, Role.OTHER_ORGANIZER);
        var leaks = new ArrayList<String>();
        for (var response : seen) {
            var secrets = new ArrayList<String>();
            if (response.role() != Role.OTHER_ORGANIZER) {
                secrets.addAll(List.of(OTHER_SECRET, people.other().email(), people.other().displayName()));
            }
            if (outsiders.contains(response.role())) {
                secrets.add(OWNER_SECRET);
                ownersTeam.forEach(member -> secrets.addAll(List.of(member.email(), member.displayName())));
            }
            for (var secret : secrets) {
                if (response.body().contains(secret)) {
                    leaks.add(response.role() + " saw '" + secret + "' in " + response.row());
                }
            }
        }
        assertThat(leaks).as("leaks").isEmpty();

        // The check can see: the team does get these markers where it may.
        assertThat(seen).anySatisfy(s -> assertThat(s.body()).contains(OWNER_SECRET))
                .anySatisfy(s -> assertThat(s.body()).contains(OTHER_SECRET))
                .anySatisfy(s -> assertThat(s.body()).contains(people.staff().email()));
    }

    /** The table covers every route the API has, so a new endpoint cannot go unchecked. */
    @Test
    @Order(0)
    void theTableCoversEveryRoute() {
        Set<String> routes = router.uriRoutes()
                .filter(route -> !route.getUriMatchTemplate().toString().startsWith("/api/test-failures"))
                .filter(route -> route.getHttpMethod() != HttpMethod.HEAD && route.getHttpMethod() != HttpMethod.OPTIONS)
                .map(route -> route.getHttpMethod() + " " + route.getUriMatchTemplate())
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> covered = table().map(Row::route).collect(Collectors.toCollection(TreeSet::new));

        assertThat(covered).containsExactlyElementsOf(routes);
    }

    private String eventFor(Target target) {
        return switch (target) {
            case NONE -> null;
            case DRAFT -> draft;
            case PUBLISHED -> published;
            case FRESH_DRAFT -> ownersEvent(true, false);
            case FRESH_DRAFT_TO_PUBLISH -> ownersEvent(false, false);
            case FRESH_PUBLISHED -> ownersEvent(false, true);
            case OTHERS_DRAFT -> othersDraft;
            case FRESH_OTHERS_DRAFT -> othersEvent();
            case FRESH_PUBLISHED_WITH_REGISTRANT -> withRegistrant(ownersEvent(false, true));
            case FRESH_PUBLISHED_WITH_PENDING -> withRegistrant(ownersApprovalEvent());
            case UNKNOWN -> UUID.randomUUID().toString();
            case GROUP -> group;
            case SERIES -> series;
        };
    }

    /** A new event of the owner's, with co-organizer and check-in staff on its team. */
    private String ownersEvent(boolean secret, boolean publish) {
        var owner = people.owner().api();
        var body = secret ? secretEvent(OWNER_SECRET + " strategy day", OWNER_SECRET)
                : TestEvents.json("Open meetup " + UUID.randomUUID(), 40);
        var created = owner.postJson("/api/events", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = (String) created.object().get("id");
        for (var member : Map.of(people.coOrganizer(), "CO_ORGANIZER", people.staff(), "CHECKIN_STAFF").entrySet()) {
            var added = owner.postJson("/api/events/" + id + "/team", """
                    {"email": "%s", "role": "%s"}
                    """.formatted(member.getKey().email(), member.getValue()));
            assertThat(added.status()).as(added.body()).isEqualTo(201);
        }
        if (publish) {
            assertThat(owner.postEmpty("/api/events/" + id + "/publish").status()).isEqualTo(200);
        }
        return id;
    }

    /** A new published event of the owner's like {@link #ownersEvent}, where each registration waits for approval. */
    private String ownersApprovalEvent() {
        String id = ownersEvent(false, false);
        var changed = people.owner().api().patchJson("/api/events/" + id, "{\"approvalRequired\": true}");
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(people.owner().api().postEmpty("/api/events/" + id + "/publish").status()).isEqualTo(200);
        return id;
    }

    /** The event, after the registrant registered for it. */
    private String withRegistrant(String eventId) {
        var registered = people.registrant().api().postEmpty("/api/events/" + eventId + "/registrations");
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        return eventId;
    }

    /** A new draft of the other organizer's, with nobody else on its team. */
    private String othersEvent() {
        var created = people.other().api().postJson("/api/events",
                secretEvent(OTHER_SECRET + " board meeting", OTHER_SECRET));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return (String) created.object().get("id");
    }

    /** An event whose title, description and venue carry a marker that must stay within its team. */
    private static String secretEvent(String title, String marker) {
        return TestEvents.json(title, 60)
                .replace("\"Talks and drinks\"", "\"" + marker + " agenda\"")
                .replace("\"Factory Berlin\"", "\"" + marker + " venue\"");
    }

    private static String abbreviated(String body) {
        return body.length() <= 300 ? body : body.substring(0, 300) + "...";
    }
}
