package org.mingle.api.registrations;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mingle.api.ApiClient.Reply;
import org.mingle.api.ApiClient;
import org.mingle.api.TestAccounts.Person;
import org.mingle.api.TestAccounts;
import org.mingle.api.TestEvents;
import org.mingle.testsupport.MicronautPostgres;

/** {@code GET /api/events/{id}/registrations} with {@code Accept: text/csv}, read back with a CSV parser. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegistrationCsvApiTest implements MicronautPostgres {

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    private ApiClient anonymous;
    private Person owner;
    private Person staff;
    private Person plain;
    private Person tricky;
    private Person formula;
    private Person plus;
    private Person minus;
    private Person at;
    private String event;

    @BeforeAll
    void world() {
        anonymous = new ApiClient(server, json);
        owner = TestAccounts.signUpAndLogIn(anonymous, "Olivia Owner");
        staff = TestAccounts.signUpAndLogIn(anonymous, "Stan Staff");
        plain = TestAccounts.signUpAndLogIn(anonymous, "Zoë Müller-Łukasz");
        tricky = TestAccounts.signUpAndLogIn(anonymous, "O'Brien, \"Bob\"");
        formula = TestAccounts.signUpAndLogIn(anonymous, TestAccounts.uniqueEmail("formula"),
                "=HYPERLINK(\"http://evil.example\",\"click\")");
        plus = TestAccounts.signUpAndLogIn(anonymous, TestAccounts.uniqueEmail("plus"), "+49 30 1234");
        minus = TestAccounts.signUpAndLogIn(anonymous, TestAccounts.uniqueEmail("minus"), "-2+3+cmd|' /C calc'!A0");
        at = TestAccounts.signUpAndLogIn(anonymous, TestAccounts.uniqueEmail("at"), "@SUM(1+1)*cmd|' /C calc'!A0");
        event = TestEvents.create(owner.api(), TestEvents.json("Export", 20, 5, false, null));
        TestEvents.addToTeam(owner.api(), event, staff.email(), "CHECKIN_STAFF");
        owner.api().postEmpty("/api/events/" + event + "/publish");
        for (var person : List.of(plain, tricky, formula, plus, minus, at)) {
            var registered = person.api().postEmpty("/api/events/" + event + "/registrations");
            assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        }
    }

    @Test
    void answersCsvWithAHeaderRowAndOneRowPerRegistration() throws IOException {
        var reply = csv(owner, "");

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.header("Content-Type")).isEqualToIgnoringCase("text/csv; charset=utf-8; header=present");
        assertThat(reply.header("Content-Disposition"))
                .isEqualTo("attachment; filename=\"registrations-" + event + ".csv\"");
        assertThat(reply.body()).as("a byte order mark, so that Excel reads UTF-8").startsWith("\uFEFFName,Email,"
                + "Status,Waitlist position,Registered at (Europe/Berlin),Checked in at (Europe/Berlin),Registration ID,"
                + "Account ID\r\n");
        var records = parse(reply.body());
        assertThat(records).hasSize(7);
        assertThat(records.get(1).get(7)).isEqualTo(plain.id());
        assertThat(records.get(1).get(2)).isEqualTo("CONFIRMED");
        assertThat(records.get(1).get(4)).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d");
        assertThat(records.get(6).get(2)).isEqualTo("WAITLISTED");
        assertThat(records.get(6).get(3)).isEqualTo("1");
        assertThat(reply.body()).doesNotContain(
                (String) plain.api().get("/api/events/" + event + "/registrations/me").object().get("checkInCode"));
    }

    @Test
    void quotesFieldsWithCommasAndQuotesAndKeepsUtf8() throws IOException {
        var reply = csv(owner, "");

        assertThat(reply.body()).contains("\r\n\"O'Brien, \"\"Bob\"\"\",");
        var names = parse(reply.body()).stream().skip(1).map(r -> r.get(0)).toList();
        assertThat(names).contains("Zoë Müller-Łukasz", "O'Brien, \"Bob\"");
    }

    @Test
    void neutralisesCellsThatSpreadsheetsWouldRunAsFormulas() throws IOException {
        var names = parse(csv(owner, "").body()).stream().skip(1).map(r -> r.get(0)).toList();

        assertThat(names).contains(
                "'=HYPERLINK(\"http://evil.example\",\"click\")",
                "'+49 30 1234",
                "'-2+3+cmd|' /C calc'!A0",
                "'@SUM(1+1)*cmd|' /C calc'!A0");
        assertThat(names).noneMatch(name -> name.matches("^[=+\\-@\\t\\r].*"));
    }

    @Test
    void appliesTheFiltersOfTheJsonList() throws IOException {
        var waitlisted = parse(csv(owner, "?status=WAITLISTED").body());
        var searched = parse(csv(owner, "?q=brien").body());

        assertThat(waitlisted).hasSize(2);
        assertThat(waitlisted.get(1).get(7)).isEqualTo(at.id());
        assertThat(searched).hasSize(2);
        assertThat(searched.get(1).get(7)).isEqualTo(tricky.id());
        assertThat(parse(csv(owner, "?q=nobody-is-called-this").body())).hasSize(1);
    }

    @Test
    void theWholeTeamMayExportAndOthersGetProblems() {
        assertThat(csv(staff, "").status()).isEqualTo(200);

        var outsider = csv(plain, "").problem(403);
        assertThat(outsider).containsEntry("type", "urn:mingle:problem:forbidden");
        anonymous.send(HttpRequest.newBuilder(uri(event, "")).header("Accept", "text/csv").GET()).problem(401);
        owner.api().send(HttpRequest.newBuilder(uri(UUID.randomUUID().toString(), "")).header("Accept", "text/csv")
                .GET()).problem(404);
        csv(owner, "?status=SOMETIMES").problem(400);
    }

    @Test
    void jsonStaysTheDefaultAndWinsWhenPreferred() {
        var byDefault = owner.api().get("/api/events/" + event + "/registrations");
        var preferred = owner.api().send(HttpRequest.newBuilder(uri(event, ""))
                .header("Accept", "application/json, text/csv;q=0.5").GET());
        var csvPreferred = owner.api().send(HttpRequest.newBuilder(uri(event, ""))
                .header("Accept", "text/csv, application/json;q=0.5").GET());

        assertThat(byDefault.header("Content-Type")).startsWith("application/json");
        assertThat(preferred.header("Content-Type")).startsWith("application/json");
        assertThat(csvPreferred.header("Content-Type")).startsWith("text/csv");
    }

    private Reply csv(Person person, String query) {
        return person.api().send(HttpRequest.newBuilder(uri(event, query)).header("Accept", "text/csv").GET());
    }

    private java.net.URI uri(String eventId, String query) {
        return java.net.URI.create("http://localhost:" + server.getPort() + "/api/events/" + eventId
                + "/registrations" + query);
    }

    private static List<CSVRecord> parse(String text) throws IOException {
        assertThat(text).startsWith("\uFEFF");
        return CSVFormat.RFC4180.parse(new StringReader(text.substring(1))).getRecords();
    }
}
