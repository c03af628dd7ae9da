package org.mingle.web.webhooks;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mingle.domain.accounts.Account;
import org.mingle.domain.events.Event;
import org.mingle.domain.events.EventRole;
import org.mingle.domain.events.EventService;
import org.mingle.domain.registration.RegistrationService;
import org.mingle.domain.shared.PageRequest;
import org.mingle.domain.webhooks.WebhookService;
import org.mingle.domain.webhooks.WebhookType;
import org.mingle.web.events.EventFixtures;
import org.mingle.web.shell.ObjectNotFoundView;
import org.mingle.web.vaadin.KaribuViewTest;

/** The webhooks page: add one (its secret shown once), read its deliveries, remove it; organizers only. */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebhooksViewTest extends KaribuViewTest {

    /** Public, and public without asking a name server (TEST-NET-3, RFC 5737). */
    private static final String PUBLIC_URL = "https://203.0.113.7/hooks/mingle";

    @Inject
    EventService eventService;
    @Inject
    RegistrationService registrations;
    @Inject
    WebhookService webhooks;

    private Account owner;
    private Account staff;
    private Account ada;
    private EventFixtures fixtures;

    @BeforeAll
    void accounts() {
        owner = signUp("Wanda Webhook", "wanda@example.org");
        staff = signUp("Stan Staff", "stan@example.org");
        ada = signUp("Ada Lovelace", "ada.hooks@example.org");
        fixtures = new EventFixtures(eventService, owner.id());
    }

    @Test
    void anOrganizerAddsAWebhookSeesItsSecretOnceAndThenItsDeliveries() {
        var event = fixtures.published("Hooked event", 10, false);
        signInAs(owner);
        open(event);
        assertThat(_get(Paragraph.class, spec -> spec.withId("webhooks-none")).getText()).isEqualTo("No webhooks yet.");

        _setValue(_get(TextField.class, spec -> spec.withId("webhook-url")), PUBLIC_URL);
        types().setValue(Set.of(WebhookType.REGISTRATION_CREATED, WebhookType.CHECKIN_CREATED));
        _click(_get(Button.class, spec -> spec.withId("webhook-add")));

        var secret = _get(Paragraph.class, spec -> spec.withId("webhook-secret-value")).getText();
        var stored = webhooks.list(owner.id(), event.id(), new PageRequest(0, 10)).items();
        assertThat(stored).singleElement().satisfies(webhook -> {
            assertThat(webhook.url()).isEqualTo(PUBLIC_URL);
            assertThat(webhook.types()).containsExactly(WebhookType.REGISTRATION_CREATED,
                    WebhookType.CHECKIN_CREATED);
        });
        assertThat(secret).isNotBlank();
        var card = _get(Div.class, spec -> spec.withId("webhook-" + stored.get(0).id()));
        assertThat(card.getElement().getTextRecursively()).contains(PUBLIC_URL)
                .contains("registration.created, checkin.created").doesNotContain(secret);

        registrations.register(ada.id(), event.id());
        _get(Details.class, spec -> spec.withId("webhook-deliveries-" + stored.get(0).id())).setOpened(true);

        var rows = _find(Div.class, spec -> spec.withClasses("webhook-delivery"));
        assertThat(rows).singleElement().satisfies(row ->
                assertThat(row.getElement().getTextRecursively()).contains("registration.created"));
    }

    @Test
    void aPrivateAddressOrNoKindIsRefusedNextToItsField() {
        var event = fixtures.published("Guarded hooks", 10, false);
        signInAs(owner);
        open(event);

        _setValue(_get(TextField.class, spec -> spec.withId("webhook-url")), "http://127.0.0.1/hook");
        _click(_get(Button.class, spec -> spec.withId("webhook-add")));

        var url = _get(TextField.class, spec -> spec.withId("webhook-url"));
        assertThat(url.isInvalid()).isTrue();
        assertThat(url.getErrorMessage()).isNotBlank();
        assertThat(types().isInvalid()).isTrue();
        assertThat(webhooks.list(owner.id(), event.id(), new PageRequest(0, 10)).items()).isEmpty();
        _assertNone(Paragraph.class, spec -> spec.withId("webhook-secret-value"));
    }

    @Test
    void removingAWebhookAsksFirst() {
        var event = fixtures.published("Unhooked", 10, false);
        var webhook = webhooks.create(owner.id(), event.id(), PUBLIC_URL, List.of("event.updated"))
                .webhook();
        signInAs(owner);
        open(event);

        _click(_get(Button.class, spec -> spec.withId("webhook-remove-" + webhook.id())));
        _click(_get(Button.class, spec -> spec.withId("webhook-remove-confirm")));

        assertThat(webhooks.list(owner.id(), event.id(), new PageRequest(0, 10)).items()).isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withId("webhooks-none")).getText()).isEqualTo("No webhooks yet.");
    }

    @Test
    void aGermanPageSpeaksGermanAndWritesTheDayTheGermanWay() {
        var event = fixtures.published("Eingehakt", 10, false);
        var webhook = webhooks.create(owner.id(), event.id(), PUBLIC_URL, List.of("registration.created"))
                .webhook();
        registrations.register(ada.id(), event.id());
        signInAs(owner);
        UI.getCurrent().setLocale(Locale.GERMANY);

        open(event);

        assertThat(_get(Button.class, spec -> spec.withId("webhook-add")).getText()).isEqualTo("Webhook hinzufügen");
        assertThat(types().getLabel()).isEqualTo("Benachrichtigen, wenn");
        String day = DateTimeFormatter.ofPattern("d. MMM", Locale.GERMANY)
                .format(webhook.createdAt().atZone(ZoneOffset.UTC));
        var card = _get(Div.class, spec -> spec.withId("webhook-" + webhook.id()));
        assertThat(card.getElement().getTextRecursively()).contains("registration.created · hinzugefügt am " + day);
        _get(Details.class, spec -> spec.withId("webhook-deliveries-" + webhook.id())).setOpened(true);
        assertThat(_find(Div.class, spec -> spec.withClasses("webhook-delivery"))).singleElement()
                .satisfies(row -> assertThat(row.getElement().getTextRecursively()).startsWith("Wartet")
                        .contains("Noch nicht versucht"));
    }

    @Test
    void checkInStaffGetTheNotFoundPage() {
        var event = fixtures.published("Staffed", 10, false);
        eventService.addToTeam(owner.id(), event.id(), staff.email().value(), EventRole.CHECKIN_STAFF, null);
        signInAs(staff);

        open(event);

        assertThat(_get(ObjectNotFoundView.class).heading()).isEqualTo("Event not found");
        _assertNone(WebhooksView.class);
    }

    @SuppressWarnings("unchecked")
    private static CheckboxGroup<WebhookType> types() {
        return _get(CheckboxGroup.class, spec -> spec.withId("webhook-types"));
    }

    private static void open(Event event) {
        UI.getCurrent().navigate("events/" + event.id() + "/webhooks");
    }
}
