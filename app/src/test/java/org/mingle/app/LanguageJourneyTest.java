package org.mingle.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.mingle.domain.accounts.Account;
import org.mingle.domain.accounts.SignUp;

/**
 * In a real browser: a page speaks the browser's language when Mingle speaks it, the switch changes the language and
 * this browser keeps it, and a signed-in person's choice goes with their account to another browser.
 */
@MicronautTest(transactional = false)
class LanguageJourneyTest extends BrowserJourneys {

    private static final String ZONE = "Europe/Berlin";
    private static final String PASSWORD = "umlaut harbour swing 2031";

    @Test
    void aGermanBrowserGetsGermanAtOnce() throws Exception {
        startJourney(ZONE, "--lang=de-DE", "--accept-lang=de-DE,de");

        journey.open("/");

        journey.waitForText("nav-events", "Veranstaltungen");
        assertThat(pageLanguage()).isEqualTo("de");
        assertThat(journey.waitFor("language-de").getAttribute("aria-pressed")).isEqualTo("true");
        journey.screenshot("language-german-browser");
    }

    @Test
    void theSwitchChangesTheLanguageAndTheAccountKeepsIt() throws Exception {
        Account uta = accounts.signUp(new SignUp("uta.sprache@example.org", PASSWORD, "Uta Sprache"), "192.0.2.50");
        startJourney(ZONE);
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
        startJourney(ZONE);
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
