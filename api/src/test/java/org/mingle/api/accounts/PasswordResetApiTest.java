package org.mingle.api.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mingle.db.jooq.Tables.PASSWORD_RESETS;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mingle.api.ApiClient;
import org.mingle.api.TestAccounts;
import org.mingle.testsupport.MicronautPostgres;
import org.mingle.testsupport.TestMailServer;

/** "Forgot password?" over HTTP, with the link read from real mail received over SMTP. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PasswordResetApiTest implements MicronautPostgres {

    private static final String INVALID = "urn:mingle:problem:invalid-input";
    private static final String NEW_PASSWORD = "a brand new passphrase 2026";
    private static final TestMailServer SMTP = new TestMailServer().start();

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    DSLContext sql;

    private ApiClient api;

    @Override
    public Map<String, String> getProperties() {
        var properties = new HashMap<>(MicronautPostgres.super.getProperties());
        properties.putAll(SMTP.micronautProperties());
        return properties;
    }

    @BeforeAll
    void client() {
        api = new ApiClient(server, json);
    }

    @AfterAll
    void stopMail() {
        SMTP.stop();
    }

    @Test
    void theMailedLinkSetsANewPasswordOnceAndEndsEveryOldToken() throws Exception {
        var ada = TestAccounts.signUpAndLogIn(api, "Ada Reset");

        assertThat(api.postJson("/api/auth/password-reset", "{\"email\": \"" + ada.email().toUpperCase() + "\"}")
                .status()).isEqualTo(202);

        var mail = SMTP.awaitTo(ada.email(), 1);
        assertThat(mail).hasSize(1);
        MimeMessage reset = mail.get(0);
        assertThat(reset.getSubject()).isEqualTo("Reset your Mingle password");
        assertThat(reset.getHeader("List-Unsubscribe")).as("security mail cannot be turned off").isNull();
        assertThat(TestMailServer.text(reset)).contains("works once, for one hour");
        String link = TestMailServer.link(reset, "http://localhost:" + server.getPort() + "/reset-password?token=");
        assertThat(TestMailServer.html(reset)).contains("href=\"" + link + "\"");
        String token = link.substring(link.indexOf("token=") + "token=".length());

        assertThat(confirm(token, NEW_PASSWORD).status()).isEqualTo(204);

        assertThat(ada.api().get("/api/me").status()).as("the old token ended").isEqualTo(401);
        assertThat(api.postJson("/api/auth/login", TestAccounts.logInJson(ada.email(), TestAccounts.PASSWORD))
                .status()).isEqualTo(401);
        TestAccounts.logIn(api, ada.email(), NEW_PASSWORD);
        var again = confirm(token, "yet another passphrase 2026").fieldErrors(INVALID, "token");
        assertThat(again.get(0).get("message").toString()).startsWith("This link was already used");
    }

    @Test
    void anUnknownAddressIsAnsweredAlikeAndMailsNothing() {
        String nobody = TestAccounts.uniqueEmail("nobody");

        assertThat(api.postJson("/api/auth/password-reset", "{\"email\": \"" + nobody + "\"}").status())
                .isEqualTo(202);

        assertThat(SMTP.to(nobody)).isEmpty();
        api.postJson("/api/auth/password-reset", "{\"email\": \"not an address\"}").fieldErrors(INVALID, "email");
        api.postJson("/api/auth/password-reset", "{}").fieldErrors(INVALID, "email");
    }

    @Test
    void anExpiredLinkSaysSoAndAWeakPasswordIsRefusedWithoutUsingTheLink() {
        var ben = TestAccounts.signUpAndLogIn(api, "Ben Expired");
        api.postJson("/api/auth/password-reset", "{\"email\": \"" + ben.email() + "\"}");
        String link = TestMailServer.link(SMTP.awaitTo(ben.email(), 1).get(0), "http://");
        String token = link.substring(link.indexOf("token=") + "token=".length());

        var weak = confirm(token, "short").fieldErrors(INVALID, "password");
        assertThat(weak).isNotEmpty();

        sql.update(PASSWORD_RESETS).set(PASSWORD_RESETS.EXPIRES_AT, Instant.now().minusSeconds(1)).execute();
        var expired = confirm(token, NEW_PASSWORD).fieldErrors(INVALID, "token");
        assertThat(expired.get(0).get("message").toString()).startsWith("This link has expired");
        TestAccounts.logIn(api, ben.email(), TestAccounts.PASSWORD);
    }

    @Test
    void aMadeUpTokenIsRefusedAsNoLink() {
        confirm("x".repeat(43), NEW_PASSWORD).fieldErrors(INVALID, "token");
        confirm("../../etc", NEW_PASSWORD).fieldErrors(INVALID, "token");
        api.postJson("/api/auth/password-reset/confirm", "{\"password\": \"" + NEW_PASSWORD + "\"}")
                .fieldErrors(INVALID, "token");
    }

    @Test
    void atMostFiveLinksAnHourReachOnePerson() throws InterruptedException {
        var cleo = TestAccounts.signUpAndLogIn(api, "Cleo Flooded");
        for (int i = 0; i < 7; i++) {
            assertThat(api.postJson("/api/auth/password-reset", "{\"email\": \"" + cleo.email() + "\"}").status())
                    .isEqualTo(202);
        }

        assertThat(SMTP.awaitTo(cleo.email(), 5)).hasSize(5);
        Thread.sleep(1000); // ten times the outbox's polling interval: a sixth would have arrived
        assertThat(SMTP.to(cleo.email())).hasSize(5);
    }

    private ApiClient.Reply confirm(String token, String password) {
        return api.postJson("/api/auth/password-reset/confirm",
                "{\"token\": \"" + token + "\", \"password\": \"" + password + "\"}");
    }
}
