package org.mingle.web.notifications;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mingle.domain.events.EventInput;
import org.mingle.domain.events.EventService;
import org.mingle.domain.mail.SignedLinks;
import org.mingle.domain.meetings.MeetingRequestService;
import org.mingle.domain.meetings.MeetingRequestStatus;
import org.mingle.domain.notifications.Delivery;
import org.mingle.domain.notifications.NotificationCategory;
import org.mingle.domain.notifications.NotificationService;
import org.mingle.domain.registration.RegistrationService;
import org.mingle.web.vaadin.KaribuViewTest;

/** The pages links in mail open, without a log-in: they say what they would do and act on a click. */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MailLinkViewsTest extends KaribuViewTest {

    @Inject
    SignedLinks links;
    @Inject
    NotificationService notifications;
    @Inject
    EventService events;
    @Inject
    RegistrationService registrations;
    @Inject
    MeetingRequestService meetings;

    @Test
    void unsubscribingAsksFirstThenStopsTheCategory() {
        var ada = signUp("Ada Quiet", "ada.quiet@example.org");
        String token = links.sign(SignedLinks.Purpose.UNSUBSCRIBE, ada.id().toString(), "MEETINGS");

        UI.getCurrent().navigate("unsubscribe", QueryParameters.of("token", token));
        assertThat(_get(Paragraph.class, spec -> spec.withId("unsubscribe-question")).getText())
                .isEqualTo("Stop mail about meetings? You still see it here, under the bell.");
        assertThat(notifications.settings(ada.id())).containsEntry(NotificationCategory.MEETINGS, Delivery.IMMEDIATE);

        _click(_get(Button.class, spec -> spec.withId("unsubscribe-confirm")));

        assertThat(_get(Div.class, spec -> spec.withId("unsubscribe-outcome")).getText())
                .startsWith("Done: mail about meetings stays in Mingle now.");
        assertThat(notifications.settings(ada.id())).containsEntry(NotificationCategory.MEETINGS,
                Delivery.IN_APP_ONLY);
    }

    @Test
    void aDamagedUnsubscribeLinkExplainsItself() {
        UI.getCurrent().navigate("unsubscribe", QueryParameters.of("token", "cut.off"));

        assertThat(_get(Paragraph.class, spec -> spec.withId("unsubscribe-question")).getText())
                .startsWith("This link is not valid");
    }

    @Test
    void aMeetingRequestIsAcceptedFromTheMailOnceAndTheLinkThenSaysItWasUsed() {
        var organizer = signUp("Olga Links", "olga.links@example.org");
        var ana = signUp("Ana Asks", "ana.asks@example.org");
        var ben = signUp("Ben Answers", "ben.answers@example.org");
        var start = Instant.now().plus(Duration.ofDays(4)).truncatedTo(ChronoUnit.MINUTES);
        var event = events.publish(organizer.id(), events.create(organizer.id(), new EventInput("Link night", "",
                start, start.plus(Duration.ofHours(2)), "Europe/Berlin", "", 20, null, false, 0.3)).id()).id();
        registrations.register(ana.id(), event);
        registrations.register(ben.id(), event);
        var request = meetings.request(ana.id(), event, ben.id(), null);
        String token = links.sign(SignedLinks.Purpose.MEETING_REPLY, ben.id().toString(), event.toString(),
                request.id().toString(), "ACCEPTED");

        UI.getCurrent().navigate("meeting-reply", QueryParameters.of("token", token));
        assertThat(_get(Paragraph.class, spec -> spec.withId("meeting-reply-question")).getText())
                .isEqualTo("Accept Ana Asks's request to meet at Link night?");
        _click(_get(Button.class, spec -> spec.withId("meeting-reply-confirm")));

        assertThat(_get(Div.class, spec -> spec.withId("meeting-reply-outcome")).getText()).startsWith("Accepted.");
        assertThat(meetings.find(ana.id(), event, request.id()).request().status())
                .isEqualTo(MeetingRequestStatus.ACCEPTED);

        UI.getCurrent().navigate("meeting-reply", QueryParameters.of("token", token));
        assertThat(_get(Paragraph.class, spec -> spec.withId("meeting-reply-question")).getText())
                .startsWith("This link was already used");
    }
}
