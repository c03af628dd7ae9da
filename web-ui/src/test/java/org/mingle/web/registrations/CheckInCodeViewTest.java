package org.mingle.web.registrations;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mingle.domain.events.EventService;
import org.mingle.domain.registration.RegistrationService;
import org.mingle.testsupport.Await;
import org.mingle.web.events.EventFixtures;
import org.mingle.web.vaadin.KaribuViewTest;

/** The page a confirmation mail's "Show my check-in code" opens, without logging in. */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CheckInCodeViewTest extends KaribuViewTest {

    private static final Pattern LINK = Pattern.compile("check-in-code\\?token=([A-Za-z0-9_.-]+)");

    @Inject
    EventService events;
    @Inject
    RegistrationService registrations;
    @Inject
    DSLContext sql;

    @Test
    void theLinkFromTheMailShowsTheCodeToSomeoneNotLoggedIn() {
        var organizer = signUp("Otto Organizer", "otto.code@example.org");
        var ada = signUp("Ada Door", "ada.door@example.org");
        var event = new EventFixtures(events, organizer.id()).published("Door night", 10, false);
        var registration = registrations.register(ada.id(), event.id());

        open(tokenInMailTo("ada.door@example.org"));

        assertThat(_get(Paragraph.class, spec -> spec.withId("code-link-text")).getText())
                .isEqualTo(registration.checkInCode());
        assertThat(_get(Paragraph.class, spec -> spec.withId("code-link-who")).getText())
                .isEqualTo("Ada Door · show this at the door");
        assertThat(_get(Image.class, spec -> spec.withClasses("qr-code")).getAlt())
                .contains("Check-in code " + registration.checkInCode());
    }

    @Test
    void aDamagedLinkSaysSoInsteadOfShowingACode() {
        open("not-a-real-link");

        assertThat(_get(Paragraph.class, spec -> spec.withId("code-link-who")).getText()).contains("not valid");
    }

    private static void open(String token) {
        UI.getCurrent().navigate("check-in-code", QueryParameters.of("token", token));
    }

    /** The link's token in the latest mail to the address, once the mailer has queued it (it runs after commit). */
    private String tokenInMailTo(String address) {
        var token = new AtomicReference<String>();
        Await.until(() -> {
            String text = sql.fetchOptional("select text_body from outgoing_mail where recipient = ? "
                    + "order by created_at desc limit 1", address).map(row -> row.get(0, String.class)).orElse("");
            var link = LINK.matcher(text);
            if (link.find()) {
                token.set(link.group(1));
            }
            return token.get() != null;
        }, Duration.ofSeconds(10), () -> "a mail with the link to " + address);
        return token.get();
    }
}
