package org.mingle.web.agenda;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mingle.domain.accounts.Account;
import org.mingle.domain.agenda.AgendaService;
import org.mingle.domain.agenda.Speaker;
import org.mingle.domain.agenda.Talk;
import org.mingle.domain.agenda.TalkInput;
import org.mingle.domain.events.Event;
import org.mingle.domain.events.EventService;
import org.mingle.web.events.EventFixtures;
import org.mingle.web.profiles.Avatar;
import org.mingle.web.shell.ObjectNotFoundView;
import org.mingle.web.vaadin.KaribuViewTest;

/** The agenda as organizers edit it and as everyone sees it on the event's page. */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AgendaViewsTest extends KaribuViewTest {

    @Inject
    EventService eventService;
    @Inject
    AgendaService agenda;

    private Account organizer;
    private Account speaker;
    private Account stranger;
    private EventFixtures fixtures;

    @BeforeAll
    void accounts() {
        organizer = signUp("Olga Organizer", "olga.agenda@example.org");
        speaker = signUp("Sam Speaker", "sam.agenda@example.org");
        stranger = signUp("Stan Stranger", "stan.agenda@example.org");
        fixtures = new EventFixtures(eventService, organizer.id());
    }

    @Test
    void anOrganizerAddsATalkWithASpeakerFoundByEmailAndAGuest() {
        var event = fixtures.published("Agenda evening", "Hall 1");
        signInAs(organizer);
        open(event);
        assertThat(_get(Component.class, spec -> spec.withId("agenda-edit-empty")).isVisible()).isTrue();

        _click(_get(Button.class, spec -> spec.withId("add-talk")));
        _setValue(_get(TextField.class, spec -> spec.withId("talk-title")), "Storing the sun");
        _setValue(_get(TextField.class, spec -> spec.withId("talk-room")), "Hall A");
        _setValue(_get(EmailField.class, spec -> spec.withId("talk-speaker-email")), "sam.agenda@example.org");
        _click(_get(Button.class, spec -> spec.withId("talk-find-speaker")));
        _setValue(_get(TextArea.class, spec -> spec.withId("talk-guests")), "Greta Guest\n\n");
        _click(_get(Button.class, spec -> spec.withId("save-talk")));

        var talks = agenda.wholeAgenda(Optional.of(organizer.id()), event.id());
        assertThat(talks).hasSize(1);
        var talk = talks.get(0);
        assertThat(talk.title()).isEqualTo("Storing the sun");
        assertThat(talk.startsAt()).isEqualTo(event.details().startsAt());
        assertThat(talk.endsAt()).isEqualTo(event.details().startsAt().plus(Duration.ofMinutes(30)));
        assertThat(talk.speakers()).containsExactly(Speaker.member(speaker.id(), "Sam Speaker"),
                Speaker.guest("Greta Guest"));
        assertThat(text("edit-talk-" + talk.id() + "-title")).isEqualTo("Storing the sun");
        assertThat(text("edit-talk-" + talk.id() + "-speakers")).isEqualTo("Sam Speaker, Greta Guest (guest)");
        _assertNone(Component.class, spec -> spec.withId("agenda-edit-empty"));
    }

    @Test
    void refusedFieldsShowTheirMessagesAndNothingIsSaved() {
        var event = fixtures.published("Careless evening", "Hall 1");
        signInAs(organizer);
        open(event);

        _click(_get(Button.class, spec -> spec.withId("add-talk")));
        _setValue(_get(DateTimePicker.class, spec -> spec.withId("talk-ends-at")),
                event.localStart().toLocalDateTime().minusMinutes(10));
        _setValue(_get(EmailField.class, spec -> spec.withId("talk-speaker-email")), "nobody.agenda@example.org");
        _click(_get(Button.class, spec -> spec.withId("talk-find-speaker")));
        assertThat(_get(EmailField.class, spec -> spec.withId("talk-speaker-email")).getErrorMessage())
                .isEqualTo("No Mingle account uses this email address: add the speaker as a guest instead.");
        _click(_get(Button.class, spec -> spec.withId("save-talk")));

        var title = _get(TextField.class, spec -> spec.withId("talk-title"));
        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).isEqualTo("Title is required");
        assertThat(_get(DateTimePicker.class, spec -> spec.withId("talk-ends-at")).isInvalid()).isTrue();
        assertThat(agenda.wholeAgenda(Optional.of(organizer.id()), event.id())).isEmpty();
    }

    @Test
    void anOrganizerChangesAndRemovesATalk() {
        var event = fixtures.published("Changing evening", "Hall 1");
        var talk = add(event, "First draft", List.of());
        signInAs(organizer);
        open(event);

        _click(_get(Button.class, spec -> spec.withId("edit-talk-" + talk.id() + "-edit")));
        assertThat(_get(TextField.class, spec -> spec.withId("talk-title")).getValue()).isEqualTo("First draft");
        _setValue(_get(TextField.class, spec -> spec.withId("talk-title")), "Final words");
        _click(_get(Button.class, spec -> spec.withId("save-talk")));
        assertThat(text("edit-talk-" + talk.id() + "-title")).isEqualTo("Final words");

        _click(_get(Button.class, spec -> spec.withId("edit-talk-" + talk.id() + "-remove")));
        _click(_get(Button.class, spec -> spec.withId("confirm-remove-talk")));
        assertThat(agenda.wholeAgenda(Optional.of(organizer.id()), event.id())).isEmpty();
        _assertNone(ListItem.class, spec -> spec.withId("edit-talk-" + talk.id()));
    }

    @Test
    void theAgendaPageIsNotFoundForAnyoneButTheOrganizers() {
        var event = fixtures.published("Closed kitchen", "Hall 1");
        signInAs(stranger);

        open(event);

        assertThat(_get(ObjectNotFoundView.class).heading()).isEqualTo("Event not found");
    }

    @Test
    void theEventPageShowsTheAgendaWithSpeakersAndACalendarLinkPerTalk() {
        var event = fixtures.published("Public evening", "Hall 1");
        var talk = add(event, "Heat pumps for all", List.of(speaker.id().toString()));
        signInAs(stranger);

        UI.getCurrent().navigate("events/" + event.id());

        assertThat(_get(Section.class, spec -> spec.withId("event-agenda")).isVisible()).isTrue();
        assertThat(text("talk-" + talk.id() + "-title")).isEqualTo("Heat pumps for all");
        assertThat(text("talk-" + talk.id() + "-speakers")).contains("Sam Speaker", "Greta Guest (guest)");
        var face = _get(Avatar.class, spec -> spec.withClasses("avatar"));
        assertThat(face.getElement().getAttribute("data-account-id")).isEqualTo(speaker.id().toString());
        assertThat(face.showsPhoto()).isFalse();
        var calendar = _get(Anchor.class, spec -> spec.withId("talk-" + talk.id() + "-calendar"));
        assertThat(calendar.getElement().getAttribute("aria-label")).isEqualTo("Add to calendar: Heat pumps for all");
        _assertNone(RouterLink.class, spec -> spec.withId("edit-agenda"));
    }

    @Test
    void anEmptyAgendaIsHiddenFromAttendeesAndOffersOrganizersToEditIt() {
        var event = fixtures.published("Quiet evening", "Hall 1");

        signInAs(stranger);
        UI.getCurrent().navigate("events/" + event.id());
        _assertNone(Section.class, spec -> spec.withId("event-agenda"));

        signInAs(organizer);
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate("events/" + event.id());
        assertThat(_get(Section.class, spec -> spec.withId("event-agenda")).isVisible()).isTrue();
        assertThat(_get(RouterLink.class, spec -> spec.withId("edit-agenda")).getHref())
                .isEqualTo("events/" + event.id() + "/agenda");
    }

    private Talk add(Event event, String title, List<String> speakers) {
        var start = event.details().startsAt().plus(Duration.ofMinutes(15));
        return agenda.create(organizer.id(), event.id(), new TalkInput(title, "", start,
                start.plus(Duration.ofMinutes(30)), "", speakers, List.of("Greta Guest")));
    }

    private static void open(Event event) {
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate("events/" + event.id() + "/agenda");
    }

    private static String text(String id) {
        return _get(Component.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }
}
