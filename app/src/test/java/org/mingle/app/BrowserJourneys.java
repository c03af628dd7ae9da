package org.mingle.app;

import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.TestInstance;
import org.mingle.domain.accounts.Account;
import org.mingle.domain.accounts.AccountService;
import org.mingle.domain.accounts.SignUp;
import org.mingle.domain.events.EventService;
import org.mingle.domain.registration.RegistrationService;
import org.mingle.testsupport.MicronautPostgres;

/**
 * What every browser journey stands on: the running server, the services most journeys set their scene with, and one
 * browser that is closed after each test, so that its policy and accessibility checks fail the test that caused them.
 * A journey with browsers of its own (two at once, or one per measurement) closes those itself.
 *
 * <p>Each journey still carries its own {@code @MicronautTest}: most need {@code transactional = false}, so that what
 * the test creates is committed for the server to see, and some add properties of their own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserJourneys implements MicronautPostgres {

    /** The password of everyone {@link #signedUp} creates. */
    static final String PASSWORD = "lantern pebble harbour 2031";

    @Inject
    EmbeddedServer server;
    @Inject
    AccountService accounts;
    @Inject
    EventService events;
    @Inject
    RegistrationService registrations;

    /** The browser of the test under way, once it started one with {@link #startJourney}. */
    Journey journey;

    /** Starts this test's browser in the given time zone against the server; it closes after the test. */
    Journey startJourney(String timeZone, String... chromiumArguments) {
        journey = Journey.start(server.getURL().toString(), timeZone, chromiumArguments);
        return journey;
    }

    /** A person with an account and {@link #PASSWORD}, signed up from a documentation address (RFC 5737). */
    Account signedUp(String name, String email) {
        return accounts.signUp(new SignUp(email, PASSWORD, name), "192.0.2.10");
    }

    @AfterEach
    void closeBrowser() {
        if (journey != null) {
            journey.close();
            journey = null;
        }
    }
}
