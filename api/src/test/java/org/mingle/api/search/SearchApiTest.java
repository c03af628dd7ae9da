package org.mingle.api.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mingle.api.ApiClient;
import org.mingle.api.TestAccounts.Person;
import org.mingle.api.TestAccounts;
import org.mingle.api.TestEvents;
import org.mingle.testsupport.MicronautPostgres;

/** {@code GET /api/search}: public events and groups for the same words, over HTTP, as shared/API.md fixes it. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchApiTest implements MicronautPostgres {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    private ApiClient anonymous;
    private Person organizer;
    private String word;

    @BeforeAll
    void publicAndPrivateThings() {
        anonymous = new ApiClient(server, json);
        organizer = TestAccounts.signUpAndLogIn(anonymous, "Sina Searcher");
        // A made-up word only this test's things carry, so other tests' data cannot match.
        word = "quorx" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9-]", "q");
        TestEvents.published(organizer.api(), TestEvents.json("Zürich " + word + " breakfast", 5));
        TestEvents.create(organizer.api(), TestEvents.json("Zürich " + word + " draft", 6));
        created("{\"name\": \"Zürich " + word + " circle\", \"city\": \"Zürich\", \"visibility\": \"PUBLIC\"}");
        created("{\"name\": \"Zürich " + word + " inner circle\", \"visibility\": \"PRIVATE\"}");
    }

    private void created(String body) {
        var group = organizer.api().postJson("/api/groups", body);
        assertThat(group.status()).as(group.body()).isEqualTo(201);
    }

    @Test
    void findsPublishedEventsAndPublicGroupsAccentsAndCaseIgnored() {
        var found = anonymous.get("/api/search?q=" + "ZURICH%20" + word.toUpperCase());

        assertThat(found.status()).as(found.body()).isEqualTo(200);
        assertThat(found.list("events")).extracting(event -> event.get("title"))
                .containsExactly("Zürich " + word + " breakfast");
        assertThat(found.list("groups")).extracting(group -> group.get("name"))
                .containsExactly("Zürich " + word + " circle");
    }

    @Test
    void aWordNobodyUsedFindsNothingOfEither() {
        var found = anonymous.get("/api/search?q=" + word + "zz");

        assertThat(found.status()).isEqualTo(200);
        assertThat(found.object()).isEqualTo(Map.of("events", List.of(), "groups", List.of()));
    }

    @Test
    void overlongWordsAndOversizedListsAreRefusedAsFields() {
        anonymous.get("/api/search?q=" + "a".repeat(201)).fieldErrors("urn:mingle:problem:invalid-input", "q");
        anonymous.get("/api/search?q=" + word + "&size=101").fieldErrors("urn:mingle:problem:invalid-input", "size");
    }
}
