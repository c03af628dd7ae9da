package org.mingle.api.curated;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mingle.api.ApiClient;
import org.mingle.api.TestAccounts.Person;
import org.mingle.api.TestAccounts;
import org.mingle.api.TestEvents;
import org.mingle.testsupport.MicronautPostgres;

/** Attendee categories through the API: who may read and change them, each refusal, and how requests keep to them. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CategoryApiTest implements MicronautPostgres {

    private static final String INVALID_INPUT = "urn:mingle:problem:invalid-input";
    private static final String MALFORMED = "urn:mingle:problem:malformed-request";
    private static final String SUMMIT = """
            {"categories": [{"key": "founder", "name": "Founders"}, {"key": "investor", "name": "Investors"},
                            {"key": "mentor", "name": "Mentors"}],
             "rules": [{"from": "investor", "to": "founder"}, {"from": "founder", "to": "mentor"},
                       {"from": "founder", "to": "founder"}]}
            """;

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    private ApiClient anonymous;
    private Person owner;
    private Person stranger;

    @BeforeAll
    void world() {
        anonymous = new ApiClient(server, json);
        owner = TestAccounts.signUpAndLogIn(anonymous, "Olga Owner");
        stranger = TestAccounts.signUpAndLogIn(anonymous, "Stan Stranger");
    }

    @Test
    void organizersSetCategoriesThatAnyoneReadsWithEachRuleOnceInTheCategoriesOrder() {
        String event = TestEvents.published(owner.api(), "Summit " + UUID.randomUUID(), 50);

        var set = owner.api().putJson(categoriesOf(event), SUMMIT);

        assertThat(set.status()).as(set.body()).isEqualTo(200);
        var expected = Map.of(
                "categories", List.of(Map.of("key", "founder", "name", "Founders"),
                        Map.of("key", "investor", "name", "Investors"), Map.of("key", "mentor", "name", "Mentors")),
                "rules", List.of(Map.of("from", "founder", "to", "founder"),
                        Map.of("from", "founder", "to", "investor"), Map.of("from", "founder", "to", "mentor")));
        assertThat(set.object()).isEqualTo(expected);
        assertThat(anonymous.get(categoriesOf(event)).object()).isEqualTo(expected);

        var cleared = owner.api().putJson(categoriesOf(event), "{\"categories\": []}");
        assertThat(cleared.object()).isEqualTo(Map.of("categories", List.of(), "rules", List.of()));
    }

    @Test
    void eachInvalidFieldIsNamed() {
        String event = TestEvents.published(owner.api(), "Invalid " + UUID.randomUUID(), 50);

        owner.api().putJson(categoriesOf(event), """
                {"categories": [{"key": "Founder", "name": "Founders"}, {"key": "investor", "name": " "},
                                {"key": "investor", "name": "Angels"}],
                 "rules": [{"from": "investor", "to": "press"}]}
                """).fieldErrors(INVALID_INPUT, "categories[0].key", "categories[1].name", "categories[2].key",
                "rules[0].to");
        owner.api().putJson(categoriesOf(event), """
                {"categories": [{"key": "a", "name": "Same"}, {"key": "b", "name": "same"}]}
                """).fieldErrors(INVALID_INPUT, "categories[1].name");
        owner.api().putJson(categoriesOf(event), "{\"categories\": [" + IntStream.range(0, 21)
                .mapToObj(i -> "{\"key\": \"c" + i + "\", \"name\": \"C " + i + "\"}")
                .collect(Collectors.joining(", ")) + "]}").fieldErrors(INVALID_INPUT, "categories");
        owner.api().putJson(categoriesOf(event), "{\"categories\": [{\"key\": \"a\", \"name\": \"A\"}], "
                + "\"rules\": [{\"from\": \"a\"}]}").fieldErrors(INVALID_INPUT, "rules[0].to");
    }

    @Test
    void malformedBodiesAreRefusedBeforeAnythingIsChecked() {
        String event = TestEvents.published(owner.api(), "Malformed " + UUID.randomUUID(), 50);

        owner.api().putJson(categoriesOf(event), """
                {"categories": [{"key": 5, "name": "Five"}, "founder"], "rules": [{"from": true, "to": "a"}]}
                """).fieldErrors(MALFORMED, "categories[0].key", "categories[1]", "rules[0].from");
        owner.api().putJson(categoriesOf(event), "{\"categories\": \"founder\"}")
                .fieldErrors(MALFORMED, "categories");
        assertThat(owner.api().putJson(categoriesOf(event), "{\"categories\": [], \"colour\": \"red\"}").problem(400))
                .containsEntry("type", MALFORMED);
        assertThat(owner.api().putJson(categoriesOf(event), "not json").problem(400)).containsEntry("type", MALFORMED);
        assertThat(anonymous.get(categoriesOf(event)).object()).as("nothing was stored")
                .isEqualTo(Map.of("categories", List.of(), "rules", List.of()));
    }

    @Test
    void onlyOrganizersChangeThemAndDraftsStayHidden() {
        String event = TestEvents.published(owner.api(), "Access " + UUID.randomUUID(), 50);
        String draft = TestEvents.create(owner.api(), TestEvents.json("Draft " + UUID.randomUUID(), 30));

        assertThat(stranger.api().putJson(categoriesOf(event), SUMMIT).problem(403))
                .containsEntry("type", "urn:mingle:problem:forbidden");
        anonymous.putJson(categoriesOf(event), SUMMIT).problem(401);
        stranger.api().putJson(categoriesOf(draft), SUMMIT).problem(404);
        stranger.api().get(categoriesOf(draft)).problem(404);
        owner.api().get(categoriesOf(UUID.randomUUID().toString())).problem(404);
        assertThat(owner.api().get(categoriesOf(draft)).status()).isEqualTo(200);
    }

    @Test
    void organizersPutARegistrantIntoACategoryAndTakeThemOut() {
        String event = TestEvents.published(owner.api(), "Assign " + UUID.randomUUID(), 50);
        owner.api().putJson(categoriesOf(event), SUMMIT);
        var ivy = attendee(event, "Ivy Investor");

        var assigned = owner.api().putJson(categoryOf(event, ivy.registration()), "{\"category\": \"investor\"}");
        assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);
        assertThat(assigned.object()).isEqualTo(Map.of("registrationId", ivy.registration(),
                "accountId", ivy.person().id(), "category", Map.of("key", "investor", "name", "Investors")));

        owner.api().putJson(categoryOf(event, ivy.registration()), "{\"category\": \"angel\"}")
                .fieldErrors(INVALID_INPUT, "category");
        owner.api().putJson(categoryOf(event, ivy.registration()), "{\"category\": 3}")
                .fieldErrors(MALFORMED, "category");
        owner.api().putJson(categoryOf(event, UUID.randomUUID().toString()), "{\"category\": \"investor\"}")
                .problem(404);
        ivy.person().api().putJson(categoryOf(event, ivy.registration()), "{\"category\": \"founder\"}")
                .problem(403);

        var taken = owner.api().putJson(categoryOf(event, ivy.registration()), "{\"category\": null}");
        assertThat(taken.status()).as(taken.body()).isEqualTo(200);
        assertThat(taken.object()).containsEntry("category", null);
    }

    @Test
    void aRequestBetweenCategoriesThatMayNotMeetIs422AndRecommendationsLeaveThePairOut() {
        String event = TestEvents.published(owner.api(), "Enforced " + UUID.randomUUID(), 50);
        owner.api().putJson(categoriesOf(event), SUMMIT);
        var ivy = attendee(event, "Ivy Investor");
        var ian = attendee(event, "Ian Investor");
        var fay = attendee(event, "Fay Founder");
        owner.api().putJson(categoryOf(event, ivy.registration()), "{\"category\": \"investor\"}");
        owner.api().putJson(categoryOf(event, ian.registration()), "{\"category\": \"investor\"}");
        owner.api().putJson(categoryOf(event, fay.registration()), "{\"category\": \"founder\"}");

        var refused = ivy.person().api().postJson("/api/events/" + event + "/meeting-requests",
                "{\"toAccountId\": \"" + ian.person().id() + "\"}");

        assertThat(refused.problem(422)).containsEntry("type", "urn:mingle:problem:meeting-rule")
                .containsEntry("detail", "At this event the organizers arrange meetings for Investors with Founders "
                        + "only.");
        var recommended = ivy.person().api().get("/api/events/" + event + "/recommendations");
        assertThat(recommended.objects()).extracting(person -> person.get("accountId"))
                .containsExactly(fay.person().id());
        var allowed = ivy.person().api().postJson("/api/events/" + event + "/meeting-requests",
                "{\"toAccountId\": \"" + fay.person().id() + "\"}");
        assertThat(allowed.status()).as(allowed.body()).isEqualTo(201);
    }

    private record Attendee(Person person, String registration) {
    }

    private Attendee attendee(String event, String name) {
        var person = TestAccounts.signUpAndLogIn(anonymous, name);
        var profile = person.api().putJson("/api/me/profile", """
                {"displayName": "%s", "interests": ["Climate"], "visibility": {"interests": "ATTENDEES"}}
                """.formatted(name));
        assertThat(profile.status()).as(profile.body()).isEqualTo(200);
        var registered = person.api().postEmpty("/api/events/" + event + "/registrations");
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        return new Attendee(person, (String) registered.object().get("id"));
    }

    private static String categoriesOf(String event) {
        return "/api/events/" + event + "/categories";
    }

    private static String categoryOf(String event, String registration) {
        return "/api/events/" + event + "/registrations/" + registration + "/category";
    }
}
