package org.mingle.web.notifications;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.RouterLink;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mingle.domain.mail.MailOutbox;
import org.mingle.domain.mail.MailToSend;
import org.mingle.domain.notifications.Delivery;
import org.mingle.domain.notifications.NewNotification;
import org.mingle.domain.notifications.NotificationCategory;
import org.mingle.domain.notifications.NotificationKind;
import org.mingle.domain.notifications.NotificationService;
import org.mingle.domain.shared.AccountId;
import org.mingle.web.vaadin.KaribuViewTest;

@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NotificationsViewTest extends KaribuViewTest {

    @Inject
    NotificationService notifications;
    @Inject
    MailOutbox mailOutbox;
    @Inject
    DSLContext sql;

    @Test
    void theBellCountsUnreadNotificationsAndTheListShowsThemNewestFirst() {
        var account = signUp("Ada Bell", "ada.bell@example.org");
        tell(account.id(), "First news");
        tell(account.id(), "Second news");
        signInAs(account);

        UI.getCurrent().navigate("notifications");

        var bell = _get(RouterLink.class, spec -> spec.withId("nav-bell"));
        assertThat(bell.getElement().getAttribute("aria-label")).isEqualTo("Notifications, 2 unread");
        var items = _find(Div.class, spec -> spec.withClasses("notification"));
        assertThat(items).extracting(item -> item.getElement().getTextRecursively())
                .satisfiesExactly(first -> assertThat(first).contains("Second news"),
                        second -> assertThat(second).contains("First news"));
        assertThat(items).allSatisfy(item -> assertThat(item.hasClassName("unread")).isTrue());
    }

    @Test
    void markingReadUpdatesTheBellAtOnceAndUnreadOnlyHidesWhatWasRead() {
        var account = signUp("Ben Read", "ben.read@example.org");
        tell(account.id(), "Old news");
        tell(account.id(), "Fresh news");
        signInAs(account);
        UI.getCurrent().navigate("notifications");

        _click(_get(Button.class, spec -> spec.withAttribute("aria-label", "Mark read: Old news")));

        var bell = _get(RouterLink.class, spec -> spec.withId("nav-bell"));
        assertThat(bell.getElement().getAttribute("data-unread")).isEqualTo("1");
        _get(Checkbox.class, spec -> spec.withId("notifications-unread-only")).setValue(true);
        assertThat(_find(Div.class, spec -> spec.withClasses("notification")))
                .extracting(item -> item.getElement().getTextRecursively())
                .singleElement().satisfies(text -> assertThat(text).contains("Fresh news"));

        _click(_get(Button.class, spec -> spec.withId("notifications-mark-all")));

        assertThat(bell.getElement().getAttribute("data-unread")).isEqualTo("0");
        assertThat(_get(Paragraph.class, spec -> spec.withId("notifications-empty")).getText())
                .isEqualTo("Nothing unread.");
    }

    @Test
    void openingANotificationMarksItReadAndGoesToItsPage() {
        var account = signUp("Cleo Open", "cleo.open@example.org");
        tell(account.id(), "Your profile");
        signInAs(account);
        UI.getCurrent().navigate("notifications");

        _click(_get(Button.class, spec -> spec.withAttribute("aria-label", "Open: Your profile")));

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("profile");
        assertThat(notifications.unreadCount(account.id())).isZero();
    }

    @Test
    void mailSettingsShowTheCurrentChoiceAndSaveAChange() {
        var account = signUp("Dan Settings", "dan.settings@example.org");
        signInAs(account);
        UI.getCurrent().navigate("notifications");

        @SuppressWarnings("unchecked")
        Select<Delivery> meetings = _get(Select.class, spec -> spec.withId("mail-setting-meetings"));
        assertThat(meetings.getValue()).isEqualTo(Delivery.IMMEDIATE);

        _setValue(meetings, Delivery.IN_APP_ONLY);

        assertThat(notifications.settings(account.id())).containsEntry(NotificationCategory.MEETINGS,
                Delivery.IN_APP_ONLY);
    }

    @Test
    void visitorsSeeNoBell() {
        UI.getCurrent().navigate("login");

        _assertNone(RouterLink.class, spec -> spec.withId("nav-bell"));
    }

    @Test
    void whatArrivesWhileAPageIsOpenShowsAsAToastAndOnTheBellWithoutReloading() {
        var account = signUp("Cleo Live", "cleo.live@example.org");
        var someoneElse = signUp("Dan Elsewhere", "dan.elsewhere@example.org");
        tell(account.id(), "Seen before the page opened");
        signInAs(account);
        UI.getCurrent().navigate("events");
        var bell = _get(RouterLink.class, spec -> spec.withId("nav-bell"));
        assertThat(bell.getElement().getAttribute("data-unread")).isEqualTo("1");

        tell(someoneElse.id(), "Not for Cleo");
        tell(account.id(), "Bob would like to meet you");

        awaitLiveText(() -> bell.getElement().getAttribute("data-unread"), "2");
        var toast = _get(Notification.class, spec -> spec.withId("live-toast"));
        assertThat(toast.getElement().getTextRecursively()).contains("Bob would like to meet you")
                .doesNotContain("Seen before the page opened").doesNotContain("Not for Cleo");
    }

    @Test
    void mailThatCouldNotBeDeliveredIsListedWithItsReason() {
        var account = signUp("Eve Bounce", "eve.bounce@example.org");
        var undeliverable = mailOutbox.queue(new MailToSend(Optional.of(account.id()), "eve.bounce@example.org",
                "A seat is yours", "t", "h", Optional.empty()));
        mailOutbox.queue(new MailToSend(Optional.of(account.id()), "eve.bounce@example.org", "Still waiting", "t",
                "h", Optional.empty()));
        sql.execute("update outgoing_mail set state = 'FAILED', last_error = '550 5.1.1 mailbox unavailable'"
                + " where id = ?", undeliverable.value()); // as the delivery leaves it after a permanent refusal
        signInAs(account);

        UI.getCurrent().navigate("notifications");

        var section = _get(Div.class, spec -> spec.withId("undelivered-mail"));
        assertThat(section.isVisible()).isTrue();
        assertThat(section.getElement().getTextRecursively()).contains("A seat is yours")
                .contains("550 5.1.1 mailbox unavailable").doesNotContain("Still waiting");
    }

    @Test
    void withEverythingDeliveredThereIsNoListOfUndeliveredMail() {
        signInAs(signUp("Fay Fine", "fay.fine@example.org"));

        UI.getCurrent().navigate("notifications");

        _assertNone(Div.class, spec -> spec.withId("undelivered-mail"));
        assertThat(_get(Select.class, spec -> spec.withId("mail-setting-registration"))).isNotNull();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aGermanPageSpeaksGermanAndWritesTheDayTheGermanWay() {
        var account = signUp("Greta Deutsch", "greta.deutsch@example.org");
        tell(account.id(), "Neuigkeit");
        signInAs(account);
        UI.getCurrent().setLocale(Locale.GERMANY);

        UI.getCurrent().navigate("notifications");

        assertThat(_get(H1.class, spec -> spec.withText("Benachrichtigungen"))).isNotNull();
        assertThat(_get(Button.class, spec -> spec.withId("notifications-mark-all")).getText())
                .isEqualTo("Alle als gelesen markieren");
        assertThat(_get(Checkbox.class, spec -> spec.withId("notifications-unread-only")).getLabel())
                .isEqualTo("Nur ungelesene");
        _get(Button.class, spec -> spec.withAttribute("aria-label", "Als gelesen markieren: Neuigkeit"));
        String today = DateTimeFormatter.ofPattern("d. MMM yyyy", Locale.GERMANY).format(LocalDate.now(ZoneOffset.UTC));
        assertThat(_get(Div.class, spec -> spec.withClasses("notification")).getElement().getTextRecursively())
                .contains(today + ", ").contains(" UTC");
        Select<Delivery> registration = _get(Select.class, spec -> spec.withId("mail-setting-registration"));
        assertThat(registration.getLabel()).isEqualTo("Anmeldungen");
        assertThat(registration.getItemLabelGenerator().apply(Delivery.DAILY_DIGEST))
                .isEqualTo("Einmal täglich per Mail");
    }

    private void tell(AccountId account, String title) {
        notifications.send(new NewNotification(account, NotificationKind.ORGANIZER_MESSAGE, title, "Details.",
                Optional.of("/profile"), Optional.empty()));
    }
}
