package org.mingle.api.registrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mingle.api.ApiClient.Reply;
import org.mingle.api.ApiClient;
import org.mingle.api.TestAccounts.Person;
import org.mingle.api.TestAccounts;
import org.mingle.api.TestEvents;
import org.mingle.testsupport.MicronautPostgres;

/** What the event's team does with registrations: list, filter, count, approve, decline, check in. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegistrationManagementApiTest implements MicronautPostgres {

    private static final String INVALID = "urn:mingle:problem:invalid-input";

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    private ApiClient anonymous;
    private Person owner;
    private Person coOrganizer;
    private Person staff;
    private Person ada;
    private Person ben;
    private Person cleo;

    @BeforeAll
    void people() {
        anonymous = new ApiClient(server, json);
        owner = TestAccounts.signUpAndLogIn(anonymous, "Olivia Owner");
        coOrganizer = TestAccounts.signUpAndLogIn(anonymous, "Cora Coorganizer");
        staff = TestAccounts.signUpAndLogIn(anonymous, "Stan Staff");
        ada = TestAccounts.signUpAndLogIn(anonymous, "Ada Lovelace");
        ben = TestAccounts.signUpAndLogIn(anonymous, "Ben Franklin");
        cleo = TestAccounts.signUpAndLogIn(anonymous, "Cleo Patra");
    }

    @Test
    void theTeamListsRegistrationsOldestFirstWithWhoAndStatus() {
        String event = teamEvent(TestEvents.json("Listed", 20, 1, false, null));
        register(ada, event);
        register(ben, event);

        for (var member : new Person[] {owner, coOrganizer, staff}) {
            var reply = member.api().get("/api/events/" + event + "/registrations");
            assertThat(reply.status()).as(reply.body()).isEqualTo(200);
            assertThat(reply.object()).containsEntry("page", 0).containsEntry("size", 20).containsEntry("total", 2);
            assertThat(reply.list("items")).extracting(r -> r.get("accountId"), r -> r.get("displayName"),
                            r -> r.get("email"), r -> r.get("status"), r -> r.get("waitlistPosition"))
                    .containsExactly(tuple(ada.id(), "Ada Lovelace", ada.email(), "CONFIRMED", null),
                            tuple(ben.id(), "Ben Franklin", ben.email(), "WAITLISTED", 1));
        }
        var first = owner.api().get("/api/events/" + event + "/registrations").list("items").get(0);
        assertThat(first).containsKeys("id", "eventId", "checkInCode", "registeredAt").doesNotContainKey("checkedInAt");
        assertThat(owner.api().get("/api/events/" + event + "/registrations").list("items").get(1))
                .doesNotContainKey("checkInCode");
    }

    @Test
    void theListFiltersByStatusAndByNameOrEmailAndPages() {
        String event = teamEvent(TestEvents.json("Filtered", 20, 2, false, null));
        register(ada, event);
        register(ben, event);
        register(cleo, event);

        assertThat(list(event, "?status=waitlisted").list("items")).extracting(r -> r.get("accountId"))
                .containsExactly(cleo.id());
        assertThat(list(event, "?q=franklin").list("items")).extracting(r -> r.get("accountId"))
                .containsExactly(ben.id());
        assertThat(list(event, "?q=" + ada.email().substring(0, 12)).list("items"))
                .extracting(r -> r.get("accountId")).containsExactly(ada.id());
        var page = list(event, "?size=2&page=1");
        assertThat(page.object()).containsEntry("total", 3).containsEntry("page", 1).containsEntry("size", 2);
        assertThat(page.list("items")).extracting(r -> r.get("accountId")).containsExactly(cleo.id());
    }

    @Test
    void anUnknownStatusFilterOrPageIsInvalid() {
        String event = teamEvent(TestEvents.json("Bad filter", 20));

        var errors = list(event, "?status=MAYBE").fieldErrors(INVALID, "status");
        assertThat(errors.get(0).get("message")).isEqualTo(
                "must be one of CONFIRMED, WAITLISTED, PENDING_APPROVAL, CANCELLED, DECLINED");
        list(event, "?size=101").fieldErrors(INVALID, "size");
    }

    @Test
    void outsidersCannotListOrCountRegistrations() {
        String published = teamEvent(TestEvents.json("Private list", 20));
        owner.api().postEmpty("/api/events/" + published + "/publish");
        String draft = TestEvents.create(owner.api(), TestEvents.json("Draft list", 20));

        assertThat(ada.api().get("/api/events/" + published + "/registrations").problem(403))
                .containsEntry("type", "urn:mingle:problem:forbidden");
        ada.api().get("/api/events/" + published + "/registrations/counts").problem(403);
        ada.api().get("/api/events/" + draft + "/registrations").problem(404);
        ada.api().get("/api/events/" + draft + "/registrations/counts").problem(404);
        anonymous.get("/api/events/" + published + "/registrations").problem(401);
        owner.api().get("/api/events/" + UUID.randomUUID() + "/registrations").problem(404);
    }

    @Test
    void countsShowConfirmedWaitlistedPendingAndCheckedIn() {
        String event = teamEvent(TestEvents.json("Counted", 20, 1, false, null));
        var adaCode = (String) register(ada, event).object().get("checkInCode");
        register(ben, event);
        checkIn(staff, event, adaCode);

        var counts = staff.api().get("/api/events/" + event + "/registrations/counts");

        assertThat(counts.status()).isEqualTo(200);
        assertThat(counts.object()).isEqualTo(Map.of("confirmed", 1, "waitlisted", 1, "pending", 0, "checkedIn", 1));
    }

    @Test
    void organizersApproveWhileSeatsRemainAndWaitlistWhenFull() {
        String event = teamEvent(TestEvents.json("Approvals", 20, 1, true, null));
        String adas = (String) register(ada, event).object().get("id");
        String bens = (String) register(ben, event).object().get("id");
        assertThat(count(event)).containsEntry("pending", 2);

        var approved = owner.api().postEmpty("/api/events/" + event + "/registrations/" + adas + "/approve");
        var approvedWhenFull = coOrganizer.api().postEmpty("/api/events/" + event + "/registrations/" + bens + "/approve");

        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(approved.object()).containsEntry("id", adas).containsEntry("status", "CONFIRMED")
                .containsEntry("accountId", ada.id()).containsKey("checkInCode");
        assertThat(approvedWhenFull.status()).as(approvedWhenFull.body()).isEqualTo(200);
        assertThat(approvedWhenFull.object()).containsEntry("status", "WAITLISTED").containsEntry("waitlistPosition", 1);
        assertThat(count(event)).containsEntry("confirmed", 1).containsEntry("waitlisted", 1)
                .containsEntry("pending", 0);

        var again = owner.api().postEmpty("/api/events/" + event + "/registrations/" + adas + "/approve").problem(409);
        assertThat(again).containsEntry("type", "urn:mingle:problem:conflict");
        owner.api().postEmpty("/api/events/" + event + "/registrations/" + adas + "/decline").problem(409);
    }

    @Test
    void organizersDeclinePendingRegistrations() {
        String event = teamEvent(TestEvents.json("Declines", 20, 5, true, null));
        String adas = (String) register(ada, event).object().get("id");

        var declined = owner.api().postEmpty("/api/events/" + event + "/registrations/" + adas + "/decline");

        assertThat(declined.status()).as(declined.body()).isEqualTo(200);
        assertThat(declined.object()).containsEntry("status", "DECLINED").doesNotContainKey("checkInCode");
        assertThat(ada.api().get("/api/events/" + event + "/registrations/me").object())
                .containsEntry("status", "DECLINED");
        assertThat(count(event)).containsEntry("pending", 0);
    }

    @Test
    void onlyOrganizersApproveAndUnknownRegistrationsAreNotFound() {
        String event = teamEvent(TestEvents.json("Who approves", 20, 5, true, null));
        String adas = (String) register(ada, event).object().get("id");
        String path = "/api/events/" + event + "/registrations/";

        assertThat(staff.api().postEmpty(path + adas + "/approve").problem(403))
                .containsEntry("type", "urn:mingle:problem:forbidden");
        staff.api().postEmpty(path + adas + "/decline").problem(403);
        ada.api().postEmpty(path + adas + "/approve").problem(403);
        anonymous.postEmpty(path + adas + "/approve").problem(401);
        owner.api().postEmpty(path + UUID.randomUUID() + "/approve").problem(404);
        owner.api().postEmpty(path + "not-an-id/decline").problem(404);
        // A registration of another event is unknown here.
        String other = teamEvent(TestEvents.json("Other approvals", 20, 5, true, null));
        owner.api().postEmpty("/api/events/" + other + "/registrations/" + adas + "/approve").problem(404);
    }

    @Test
    void checkingInAnswersTheRegistrationAndIsHarmlessTwice() {
        String event = teamEvent(TestEvents.json("Door", 20, 5, false, null));
        var registration = register(ada, event).object();
        String code = (String) registration.get("checkInCode");

        var first = checkIn(staff, event, code);
        var second = checkIn(coOrganizer, event, code);

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.object()).containsEntry("alreadyCheckedIn", false);
        @SuppressWarnings("unchecked")
        var checkedIn = (Map<String, Object>) first.object().get("registration");
        assertThat(checkedIn).containsEntry("id", registration.get("id")).containsEntry("displayName", "Ada Lovelace")
                .containsEntry("status", "CONFIRMED").containsKey("checkedInAt");
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.object()).containsEntry("alreadyCheckedIn", true);
        assertThat(count(event)).containsEntry("checkedIn", 1);
    }

    @Test
    void codesAreReadAsTypedWithSpacesDashesAndLowerCase() {
        String event = teamEvent(TestEvents.json("Typed codes", 20, 5, false, null));
        String code = (String) register(ada, event).object().get("checkInCode");
        String typed = " " + code.substring(0, 5).toLowerCase() + "-" + code.substring(5) + " ";

        assertThat(checkIn(owner, event, typed).object()).containsEntry("alreadyCheckedIn", false);
    }

    @Test
    void unknownCodesAreNotFoundAndUnconfirmedRegistrationsConflict() {
        String event = teamEvent(TestEvents.json("Strict door", 20, 1, false, null));
        register(ada, event);
        String waitlisted = (String) register(ben, event).object().get("checkInCode");
        String otherEvent = teamEvent(TestEvents.json("Other door", 20, 5, false, null));
        String elsewhere = (String) register(cleo, otherEvent).object().get("checkInCode");

        assertThat(checkIn(staff, event, "NOSUCHCODE").problem(404))
                .containsEntry("detail", "No registration of this event has this check-in code.");
        checkIn(staff, event, elsewhere).problem(404);
        var conflict = checkIn(staff, event, waitlisted).problem(409);
        assertThat((String) conflict.get("detail")).contains("Ben Franklin", "waitlisted");
    }

    @Test
    void checkInNeedsACodeAndATeamMember() {
        String event = teamEvent(TestEvents.json("Guarded door", 20, 5, false, null));
        String code = (String) register(ada, event).object().get("checkInCode");
        String path = "/api/events/" + event + "/check-ins";

        staff.api().postJson(path, "{}").fieldErrors(INVALID, "checkInCode");
        staff.api().postJson(path, "{\"checkInCode\": \"  \"}").fieldErrors(INVALID, "checkInCode");
        staff.api().postJson(path, "{\"code\": \"X\"}").fieldErrors("urn:mingle:problem:malformed-request", "code");
        staff.api().postJson(path, "{\"checkInCode\": {\"a\": 1}}")
                .fieldErrors("urn:mingle:problem:malformed-request", "checkInCode");
        staff.api().postJson(path, "{").problem(400);
        staff.api().post(path, "text/plain", "x").problem(415);
        ada.api().postJson(path, "{\"checkInCode\": \"" + code + "\"}").problem(403);
        anonymous.postJson(path, "{\"checkInCode\": \"" + code + "\"}").problem(401);
        staff.api().postJson("/api/events/" + UUID.randomUUID() + "/check-ins", "{\"checkInCode\": \"" + code + "\"}")
                .problem(404);
    }

    /** A published event of the owner's with the co-organizer and the check-in staff on its team. */
    private String teamEvent(String json) {
        String event = TestEvents.create(owner.api(), json);
        TestEvents.addToTeam(owner.api(), event, coOrganizer.email(), "CO_ORGANIZER");
        TestEvents.addToTeam(owner.api(), event, staff.email(), "CHECKIN_STAFF");
        owner.api().postEmpty("/api/events/" + event + "/publish");
        return event;
    }

    private Reply list(String event, String query) {
        return owner.api().get("/api/events/" + event + "/registrations" + query);
    }

    private Map<String, Object> count(String event) {
        return owner.api().get("/api/events/" + event + "/registrations/counts").object();
    }

    private static Reply register(Person person, String event) {
        var reply = person.api().postEmpty("/api/events/" + event + "/registrations");
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply;
    }

    private static Reply checkIn(Person person, String event, String code) {
        return person.api().postJson("/api/events/" + event + "/check-ins", "{\"checkInCode\": \"" + code + "\"}");
    }
}
