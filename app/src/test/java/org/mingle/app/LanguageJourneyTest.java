package org.mingle.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mingle.domain.accounts.Account;
import org.mingle.domain.accounts.AccountService;
import org.mingle.domain.accounts.SignUp;
import org.mingle.testsupport.MicronautPostgres;

/**
 * In a real browser: a page speaks the browser's language when Mingle speaks it, the switch changes the language and
 * this browser keeps it, and a signed-in person's choice goes with their account to another browser.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LanguageJourneyTest implements MicronautPostgres {

    private static final String ZONE = "Europe/Berlin";
    private static final String PASSWORD = "umlaut harbour swing 2031";

    @Inject
    EmbeddedServer server;
    @Inject
    AccountService accounts;

    private Journey journey;

    @AfterEach
    void closeBrowser() {
        if (journey != null) {
            journey.close();
        }
    }

    @Test
    void aGermanBrowserGetsGermanAtOnce() throws Exception {
        journey = Journey.start(server.getURL().toString(), ZONE, "--lang=de-DE", "--accept-lang=de-DE,de");

        journey.open("/");

        journey.waitForText("nav-events", "Veranstaltungen");
        assertThat(pageLanguage()).isEqualTo("de");
        assertThat(journey.waitFor("language-de").getAttribute("aria-pressed")).isEqualTo("true");
        journey.screenshot("language-german-browser");
    }

    @Test
    void theSwitchChangesTheLanguageAndTheAccountKeepsIt() throws Exception {
        Account uta = accounts.signUp(new SignUp("uta.sprache@example.org", PASSWORD, "Uta Sprache"), "192.0.2.50");
        journey = Journey.start(server.getURL().toString(), ZONE);
        journey.open("/");
        journey.waitForText("nav-events", "Events");
        assertThat(pageLanguage()).isEqualTo("en");

        journey.click("language-de");
        journey.waitForText("nav-events", "Veranstaltungen");
        assertThat(pageLanguage()).isEqualTo("de");
        journey.open("/");
        journey.waitForText("nav-events", "Veranstaltungen"); // this browser remembers

        // Signing in hands the browser's choice to the account, which has none yet.
        journey.logIn("uta.sprache@example.org", PASSWORD, "Uta Sprache");
        assertThat(accounts.language(uta.id())).contains(Locale.GERMAN);
        journey.close();

        // Another browser, in English, speaks German once she has signed in.
        journey = Journey.start(server.getURL().toString(), ZONE);
        journey.logIn("uta.sprache@example.org", PASSWORD, "Uta Sprache");
        journey.waitForText("nav-events", "Veranstaltungen");
        assertThat(pageLanguage()).isEqualTo("de");

        journey.click("language-en");
        journey.waitForText("nav-events", "Events");
        assertThat(accounts.language(uta.id())).contains(Locale.ENGLISH);
    }

    private String pageLanguage() {
        return (String) journey.browser().executeScript("return document.documentElement.lang");
    }
}
