package org.mingle.web.notifications;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mingle.domain.events.EventId;
import org.mingle.domain.events.EventInput;
import org.mingle.domain.events.EventRole;
import org.mingle.domain.events.EventService;
import org.mingle.domain.notifications.NotificationKind;
import org.mingle.domain.notifications.NotificationService;
import org.mingle.domain.registration.RegistrationService;
import org.mingle.domain.shared.PageRequest;
import org.mingle.web.vaadin.KaribuViewTest;

@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MessagesSectionTest extends KaribuViewTest {

    @Inject
    EventService events;
    @Inject
    RegistrationService registrations;
    @Inject
    NotificationService notifications;

    @Test
    void anOrganizerMessagesTheConfirmedFromTheDashboardAndSeesItListed() {
        var organizer = signUp("Olga Dashboard", "olga.dashboard@example.org");
        var ana = signUp("Ana Reader", "ana.reader@example.org");
        var event = event(organizer.id());
        registrations.register(ana.id(), event);
        signInAs(organizer);
        UI.getCurrent().navigate("events/" + event + "/manage");

        _setValue(_get(TextField.class, spec -> spec.withId("message-subject")), "Doors open at 18:15");
        _setValue(_get(TextArea.class, spec -> spec.withId("message-body")), "Come a little later.");
        _click(_get(Button.class, spec -> spec.withId("message-send")));

        assertThat(_get(Div.class, spec -> spec.withId("messages-sent")).getElement().getTextRecursively())
                .contains("Doors open at 18:15").contains("sent to 1");
        assertThat(notifications.list(ana.id(), false, PageRequest.of(0, 5)).items().get(0).kind())
                .isEqualTo(NotificationKind.ORGANIZER_MESSAGE);
    }

    @Test
    void anEmptyMessageIsRefusedAtItsFields() {
        var organizer = signUp("Olga Empty", "olga.empty@example.org");
        var event = event(organizer.id());
        signInAs(organizer);
        UI.getCurrent().navigate("events/" + event + "/manage");

        _click(_get(Button.class, spec -> spec.withId("message-send")));

        assertThat(_get(TextField.class, spec -> spec.withId("message-subject")).isInvalid()).isTrue();
        assertThat(_get(TextArea.class, spec -> spec.withId("message-body")).getErrorMessage())
                .isEqualTo("Message is required");
    }

    @Test
    void checkInStaffDoNotSeeIt() {
        var organizer = signUp("Olga Staff", "olga.staff@example.org");
        var staff = signUp("Sam Staff", "sam.staff@example.org");
        var event = event(organizer.id());
        events.addToTeam(organizer.id(), event, "sam.staff@example.org", EventRole.CHECKIN_STAFF, "192.0.2.1");
        signInAs(staff);
        UI.getCurrent().navigate("events/" + event + "/manage");

        _assertNone(Section.class, spec -> spec.withId("messages-section"));
    }

    private EventId event(org.mingle.domain.shared.AccountId organizer) {
        var start = Instant.now().plus(Duration.ofDays(4)).truncatedTo(ChronoUnit.MINUTES);
        return events.publish(organizer, events.create(organizer, new EventInput("Message night", "", start,
                start.plus(Duration.ofHours(2)), "Europe/Berlin", "", 20, null, false, 0.3)).id()).id();
    }
}
