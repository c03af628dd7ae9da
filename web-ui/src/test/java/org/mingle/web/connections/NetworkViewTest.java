package org.mingle.web.connections;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mingle.domain.accounts.Account;
import org.mingle.domain.connections.ConnectionId;
import org.mingle.domain.connections.ConnectionService;
import org.mingle.domain.connections.ConnectionSource;
import org.mingle.domain.connections.FollowUp;
import org.mingle.domain.connections.MyConnection;
import org.mingle.domain.connections.NetworkFilter;
import org.mingle.domain.connections.NotesPatch;
import org.mingle.domain.connections.Outcome;
import org.mingle.domain.events.Event;
import org.mingle.domain.events.EventService;
import org.mingle.domain.profiles.ProfileService;
import org.mingle.domain.registration.RegistrationService;
import org.mingle.web.profiles.ProfileFixtures;
import org.mingle.web.vaadin.KaribuViewTest;

/** "My network": the cards, due follow-ups first, the filters, the private notes, removing, and the downloads. */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NetworkViewTest extends KaribuViewTest {

    @Inject
    ConnectionService connections;
    @Inject
    EventService eventService;
    @Inject
    RegistrationService registrations;
    @Inject
    ProfileService profileService;
    @Inject
    Clock clock;

    private Account ben;
    private Account cleo;
    private Account dan;
    private Account eve;
    private ConnectionFixtures fixtures;
    private int people;

    @BeforeAll
    void accounts() {
        var organizer = signUp("Olga Organizer", "olga.network@example.org");
        ben = signUp("Ben Bauer", "ben.network@example.org");
        cleo = signUp("Cleo Clarke", "cleo.network@example.org");
        dan = signUp("Dan Dahl", "dan.network@example.org");
        eve = signUp("Eve Evans", "eve.network@example.org");
        fixtures = new ConnectionFixtures(eventService, registrations, organizer);
        var profiles = new ProfileFixtures(profileService);
        profiles.save(ben.id(), "Angel investor", List.of("Climate Tech"), List.of(), List.of("INVESTMENT"),
                List.of());
        profiles.save(cleo.id(), "Battery chemist", List.of("Batteries"), List.of(), List.of(), List.of());
    }

    @Test
    void dueFollowUpsComeFirstWithTheirDayAndTheFiltersNarrowTheList() {
        var ana = person("Ana Alves");
        var breakfast = fixtures.now("Climate breakfast", List.of(ana, ben, cleo));
        var dinner = fixtures.later("Founders dinner", List.of(ana, dan, eve));
        LocalDate today = LocalDate.now(clock);
        var withBen = connect(ana, breakfast, ben);
        var withCleo = connect(ana, breakfast, cleo);
        var withDan = connect(ana, dinner, dan);
        var withEve = connect(ana, dinner, eve);
        notes(ana, withBen, "Wants the deck", List.of("investor", "climate"), FollowUp.TO_CONTACT, today.minusDays(1));
        notes(ana, withCleo, null, List.of("Climate"), FollowUp.NONE, null);
        notes(ana, withDan, null, List.of(), FollowUp.CONTACTED, today.minusDays(3));
        notes(ana, withEve, null, List.of(), FollowUp.TO_CONTACT, today.plusDays(5));
        signInAs(ana);

        open();

        // Due first, the earliest reminder first; then the newest connection first.
        assertThat(cardIds()).containsExactly(card(withDan), card(withBen), card(withEve), card(withCleo));
        assertThat(text("network-count")).isEqualTo("4 connections · 2 due");
        assertThat(text(card(withBen) + "-name")).isEqualTo("Ben Bauer");
        assertThat(text(card(withBen) + "-headline")).isEqualTo("Angel investor");
        assertThat(text(card(withBen) + "-met")).isEqualTo("Met at Climate breakfast · "
                + ConnectionLabels.day(today));
        assertThat(text(card(withBen) + "-due")).isEqualTo("Due " + ConnectionLabels.day(today.minusDays(1)));
        assertThat(text(card(withBen) + "-follow-up")).isEqualTo("To contact");
        assertThat(text(card(withBen) + "-tags")).contains("investor", "climate");
        assertThat(text(card(withBen) + "-note")).isEqualTo("Wants the deck");
        assertThat(text(card(withDan) + "-due")).isEqualTo("Due " + ConnectionLabels.day(today.minusDays(3)));
        assertThat(text(card(withDan) + "-follow-up")).isEqualTo("Contacted");
        assertThat(text(card(withEve) + "-reminder")).isEqualTo("Reminder " + ConnectionLabels.day(today.plusDays(5)));
        _assertNone(Span.class, spec -> spec.withId(card(withEve) + "-due"));
        _assertNone(Span.class, spec -> spec.withId(card(withCleo) + "-follow-up"));
        assertThat(_get(Div.class, spec -> spec.withId(card(withBen))).getClassNames())
                .contains("connection-card-due");

        _setValue(checkbox("network-due-only"), true);
        assertThat(cardIds()).containsExactly(card(withDan), card(withBen));
        _setValue(checkbox("network-due-only"), false);

        _setValue(_get(TextField.class, spec -> spec.withId("network-search")), "chemist");
        assertThat(cardIds()).containsExactly(card(withCleo));
        _setValue(_get(TextField.class, spec -> spec.withId("network-search")), "the deck");
        assertThat(cardIds()).as("the note is searched too").containsExactly(card(withBen));
        _setValue(_get(TextField.class, spec -> spec.withId("network-search")), "");

        Select<String> tag = select("network-tag");
        assertThat(tag.getListDataView().getItems()).containsExactly("climate", "investor");
        _setValue(tag, "climate");
        assertThat(cardIds()).as("tags ignore case").containsExactly(card(withBen), card(withCleo));
        _setValue(tag, null);

        Select<FollowUp> followUp = select("network-follow-up");
        _setValue(followUp, FollowUp.TO_CONTACT);
        assertThat(cardIds()).containsExactly(card(withBen), card(withEve));
        _setValue(followUp, null);

        Select<NetworkView.EventChoice> event = select("network-event");
        assertThat(event.getListDataView().getItems()).extracting(NetworkView.EventChoice::title)
                .containsExactly("Climate breakfast", "Founders dinner");
        _setValue(event, new NetworkView.EventChoice(dinner.id(), "Founders dinner"));
        assertThat(cardIds()).containsExactly(card(withDan), card(withEve));
        _setValue(checkbox("network-due-only"), true);
        assertThat(cardIds()).containsExactly(card(withDan));
        assertThat(text("network-count")).isEqualTo("1 connection · 1 due");

        _setValue(_get(TextField.class, spec -> spec.withId("network-search")), "nobody like this");
        assertThat(cardIds()).isEmpty();
        assertThat(text("network-empty")).isEqualTo("No connections match these filters.");
    }

    @Test
    void editingTheNotesKeepsThemAndTheNavigationCountsTheDueFollowUp() {
        var ana = person("Ana Alves");
        var event = fixtures.now("Notes evening", List.of(ana, ben));
        var withBen = connect(ana, event, ben);
        signInAs(ana);
        open();
        _assertNone(Span.class, spec -> spec.withId("nav-network-due"));

        _click(_get(Div.class, spec -> spec.withId(card(withBen))));
        var dialog = _get(Dialog.class, spec -> spec.withId(ConnectionDialog.ID));
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.getHeaderTitle()).isEqualTo("Ben Bauer");
        assertThat(text("connection-met")).startsWith("Met at Notes evening on ").endsWith("· Angel investor");
        LocalDate today = LocalDate.now(clock);
        _setValue(_get(TextArea.class, spec -> spec.withId("connection-note")), "Send him the pilot numbers");
        _setValue(_get(TextField.class, spec -> spec.withId("connection-tags")), "investor, pilot ,  , Investor");
        _setValue(select("connection-follow-up"), FollowUp.TO_CONTACT);
        _setValue(_get(DatePicker.class, spec -> spec.withId("connection-remind-at")), today);
        _setValue(select("connection-outcome"), Outcome.INVESTMENT);
        _click(_get(Button.class, spec -> spec.withId("save-connection")));

        assertThat(dialog.isOpened()).isFalse();
        NotificationsKt.expectNotifications("Notes on Ben Bauer saved.");
        var saved = connections.find(ana.id(), withBen.id()).notes();
        assertThat(saved.note()).isEqualTo("Send him the pilot numbers");
        assertThat(saved.tags()).containsExactly("investor", "pilot");
        assertThat(saved.followUp()).isEqualTo(FollowUp.TO_CONTACT);
        assertThat(saved.remindAt()).isEqualTo(today);
        assertThat(saved.outcome()).isEqualTo(Outcome.INVESTMENT);
        assertThat(text(card(withBen) + "-due")).isEqualTo("Due " + ConnectionLabels.day(today));
        assertThat(text(card(withBen) + "-outcome")).isEqualTo("An investment");
        // The navigation counts it at once, without waiting for the next page.
        assertThat(text("nav-network-due")).isEqualTo("1 due");
        UI.getCurrent().navigate("");
        assertThat(_get(SideNavItem.class, spec -> spec.withId("nav-network")).getLabel()).isEqualTo("My network");
        assertThat(text("nav-network-due")).isEqualTo("1 due");

        // Reopened, the dialog shows what was saved; emptied fields clear.
        open();
        _click(_get(Div.class, spec -> spec.withId(card(withBen))));
        assertThat(_get(TextArea.class, spec -> spec.withId("connection-note")).getValue())
                .isEqualTo("Send him the pilot numbers");
        assertThat(_get(TextField.class, spec -> spec.withId("connection-tags")).getValue())
                .isEqualTo("investor, pilot");
        assertThat(_get(DatePicker.class, spec -> spec.withId("connection-remind-at")).getValue()).isEqualTo(today);
        _setValue(_get(TextArea.class, spec -> spec.withId("connection-note")), "  ");
        _setValue(_get(DatePicker.class, spec -> spec.withId("connection-remind-at")), null);
        _setValue(select("connection-outcome"), null);
        _click(_get(Button.class, spec -> spec.withId("save-connection")));
        var cleared = connections.find(ana.id(), withBen.id()).notes();
        assertThat(cleared.note()).isNull();
        assertThat(cleared.remindAt()).isNull();
        assertThat(cleared.outcome()).isNull();
        assertThat(cleared.tags()).containsExactly("investor", "pilot");
        _assertNone(Span.class, spec -> spec.withId("nav-network-due"));
    }

    @Test
    void aBadDateOrATooLongNoteIsShownNextToTheFieldAndNothingIsSaved() {
        var ana = person("Ana Alves");
        var event = fixtures.now("Long notes salon", List.of(ana, cleo));
        var withCleo = connect(ana, event, cleo);
        signInAs(ana);
        open();
        _click(_get(Div.class, spec -> spec.withId(card(withCleo))));

        var note = _get(TextArea.class, spec -> spec.withId("connection-note"));
        _setValue(note, "x".repeat(2001));
        var remindAt = _get(DatePicker.class, spec -> spec.withId("connection-remind-at"));
        // Typed text the picker could not read as a day: the value stays empty, the text is still there.
        remindAt.getElement().setProperty("_inputElementValue", "31.02.2026");
        _click(_get(Button.class, spec -> spec.withId("save-connection")));

        assertThat(note.isInvalid()).isTrue();
        assertThat(note.getErrorMessage()).as("next to the field, its name goes without saying")
                .isEqualTo("Must be at most 2,000 characters");
        assertThat(remindAt.isInvalid()).isTrue();
        assertThat(remindAt.getErrorMessage()).isEqualTo("The reminder must be a date such as 2026-12-24");
        assertThat(_get(Dialog.class, spec -> spec.withId(ConnectionDialog.ID)).isOpened()).isTrue();
        assertThat(_get(Button.class, spec -> spec.withId("save-connection")).isEnabled()).isTrue();
        assertThat(connections.find(ana.id(), withCleo.id()).notes().note()).isNull();
        NotificationsKt.expectNoNotifications();

        // A day outside what the domain takes is refused in its words too; a fixed note is no longer marked.
        _setValue(note, "Ask about the cathode results");
        remindAt.getElement().setProperty("_inputElementValue", "1999-12-31");
        _setValue(remindAt, LocalDate.of(1999, 12, 31));
        _click(_get(Button.class, spec -> spec.withId("save-connection")));
        assertThat(note.isInvalid()).isFalse();
        assertThat(remindAt.getErrorMessage()).isEqualTo("The reminder must be between 2000-01-01 and 2100-12-31");
        assertThat(connections.find(ana.id(), withCleo.id()).notes().note()).isNull();

        _setValue(remindAt, LocalDate.of(2031, 5, 1));
        _click(_get(Button.class, spec -> spec.withId("save-connection")));
        assertThat(remindAt.isInvalid()).isFalse();
        var saved = connections.find(ana.id(), withCleo.id()).notes();
        assertThat(saved.note()).isEqualTo("Ask about the cathode results");
        assertThat(saved.remindAt()).isEqualTo(LocalDate.of(2031, 5, 1));
    }

    @Test
    void theOtherPersonNeverSeesMyNotes() {
        var ana = person("Ana Alves");
        var event = fixtures.now("Private thoughts", List.of(ana, dan));
        var withDan = connect(ana, event, dan);
        notes(ana, withDan, "Secret: he is leaving his job", List.of("hiring"), FollowUp.TO_CONTACT,
                LocalDate.now(clock));

        signInAs(dan);
        open();

        var danSide = connections.network(dan.id(), new NetworkFilter(event.id(), null, null, null, false));
        assertThat(danSide).singleElement().satisfies(theirs -> assertThat(theirs.other().displayName())
                .isEqualTo("Ana Alves"));
        String card = card(danSide.get(0));
        assertThat(text(card)).contains("Ana Alves", "Private thoughts").doesNotContain("Secret").doesNotContain(
                "hiring").doesNotContain("To contact");
        _assertNone(Span.class, spec -> spec.withId(card + "-due"));
        assertThat(text("network-list")).doesNotContain("Secret");
        _click(_get(Div.class, spec -> spec.withId(card)));
        assertThat(_get(TextArea.class, spec -> spec.withId("connection-note")).getValue()).isEmpty();
        assertThat(_get(TextField.class, spec -> spec.withId("connection-tags")).getValue()).isEmpty();
        _click(_get(Button.class, spec -> spec.withId("cancel-connection")));
        var csv = download("network-csv");
        assertThat(csv).contains("Ana Alves").doesNotContain("Secret").doesNotContain("hiring");
        // The connection is one for both; its address opens Dan's own notes, never Ana's.
        UI.getCurrent().navigate(NetworkView.class, NetworkView.opening(withDan.id()));
        assertThat(dialogOpen()).isTrue();
        assertThat(_get(TextArea.class, spec -> spec.withId("connection-note")).getValue()).isEmpty();
        assertThat(_get(Dialog.class, spec -> spec.withId(ConnectionDialog.ID)).getHeaderTitle())
                .isEqualTo("Ana Alves");
    }

    @Test
    void removingAsksFirstAndLeavesTheOtherPersonsNetworkAlone() {
        var ana = person("Ana Alves");
        var event = fixtures.now("Short acquaintance", List.of(ana, eve));
        var withEve = connect(ana, event, eve);
        signInAs(ana);
        open();
        _click(_get(Div.class, spec -> spec.withId(card(withEve))));

        _click(_get(Button.class, spec -> spec.withId("remove-connection")));
        var confirm = _get(Dialog.class, spec -> spec.withId("remove-connection-dialog"));
        assertThat(text("remove-connection-text")).startsWith("Remove Eve Evans from your network?");
        _click(_get(Button.class, spec -> spec.withId("keep-connection")));
        assertThat(confirm.isOpened()).isFalse();
        assertThat(connections.network(ana.id(), NetworkFilter.ALL)).hasSize(1);

        _click(_get(Button.class, spec -> spec.withId("remove-connection")));
        _click(_get(Button.class, spec -> spec.withId("confirm-remove-connection")));

        NotificationsKt.expectNotifications("Eve Evans is removed from your network.");
        assertThat(connections.network(ana.id(), NetworkFilter.ALL)).isEmpty();
        assertThat(cardIds()).isEmpty();
        assertThat(connections.network(eve.id(), new NetworkFilter(event.id(), null, null, null, false)))
                .hasSize(1);
    }

    @Test
    void theNetworkDownloadsAsVCardsWithoutNotesAndAsCsvWithThem() {
        var ana = person("Ana Alves");
        var event = fixtures.now("Export evening", List.of(ana, ben, cleo));
        var withBen = connect(ana, event, ben);
        connect(ana, event, cleo);
        notes(ana, withBen, "Met at the bar", List.of("investor"), FollowUp.CONTACTED, null);
        signInAs(ana);
        open();

        var vcard = download("network-vcard");
        assertThat(vcard).contains("BEGIN:VCARD", "FN:Ben Bauer", "TITLE:Angel investor", "FN:Cleo Clarke")
                .doesNotContain("Met at the bar");
        assertThat(_get(Anchor.class, spec -> spec.withId("network-vcard")).getElement().hasAttribute("download"))
                .isTrue();
        var csv = download("network-csv");
        assertThat(csv).startsWith("\uFEFFName,Headline,Company,")
                .contains("Ben Bauer", "Met at the bar", "CONTACTED");

        // The downloads follow the filters: what the list shows.
        _setValue(select("network-tag"), "investor");
        assertThat(download("network-vcard")).contains("FN:Ben Bauer").doesNotContain("Cleo Clarke");
    }

    @Test
    void anEmptyNetworkExplainsHowToConnect() {
        var ana = person("Ana Alves");
        signInAs(ana);

        open();

        assertThat(text("network-empty")).startsWith("No connections yet. At an event, let the people you meet scan "
                + "your connect code");
        assertThat(_get(RouterLink.class, spec -> spec.withId("network-empty-code")).getHref()).isEqualTo("me/connect");
        assertThat(cardIds()).isEmpty();
        _assertNone(Anchor.class, spec -> spec.withId("network-csv"));
        _assertNone(Div.class, spec -> spec.withId("network-filters"));
        assertThat(_get(SideNavItem.class, spec -> spec.withId("nav-network")).getPath()).isEqualTo("network");

        // An address naming no connection of hers shows the list, and no error.
        UI.getCurrent().navigate(NetworkView.class, NetworkView.opening(ConnectionId.newId()));
        assertThat(dialogOpen()).isFalse();
        NotificationsKt.expectNoNotifications();
    }

    /** A new person with a confirmed place where needed, so each test counts its own connections and due ones. */
    private Account person(String name) {
        people++;
        return signUp(name, "person" + people + ".network@example.org");
    }

    private MyConnection connect(Account me, Event event, Account other) {
        return connections.record(me.id(), event.id(), other.id(), ConnectionSource.SEARCH).connection();
    }

    private void notes(Account me, MyConnection connection, String note, List<String> tags, FollowUp followUp,
                       LocalDate remindAt) {
        connections.update(me.id(), connection.id(), new NotesPatch(Optional.ofNullable(note), Optional.of(tags),
                Optional.of(followUp.name()), Optional.ofNullable(remindAt).map(LocalDate::toString), null));
    }

    @Test
    void aGermanPageShowsTheNetworkAndTheNotesInGerman() {
        var ana = person("Ana Alves");
        var event = fixtures.now("Klimafrühstück", List.of(ana, ben, cleo));
        LocalDate today = LocalDate.now(clock);
        var withBen = connect(ana, event, ben);
        connect(ana, event, cleo);
        notes(ana, withBen, null, List.of(), FollowUp.TO_CONTACT, today.minusDays(1));
        signInAs(ana);
        UI.getCurrent().setLocale(Locale.GERMANY);
        open();

        assertThat(_get(H1.class, spec -> spec.withId("network-heading")).getText()).isEqualTo("Mein Netzwerk");
        assertThat(text("network-count")).isEqualTo("2 Kontakte · 1 fällig");
        assertThat(text(card(withBen) + "-met")).isEqualTo("Getroffen bei Klimafrühstück · "
                + ConnectionLabels.day(today));
        assertThat(text(card(withBen) + "-due")).startsWith("Fällig am ");
        assertThat(text(card(withBen) + "-follow-up")).isEqualTo("Zu kontaktieren");

        _click(_get(Div.class, spec -> spec.withId(card(withBen))));
        assertThat(_get(TextArea.class, spec -> spec.withId("connection-note")).getLabel()).isEqualTo("Private Notiz");
        assertThat(_get(Button.class, spec -> spec.withId("save-connection")).getText()).isEqualTo("Speichern");
        _click(_get(Button.class, spec -> spec.withId("save-connection")));
        NotificationsKt.expectNotifications("Notizen zu Ben Bauer gespeichert.");
    }

    private static void open() {
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate("network");
    }

    private static String card(MyConnection connection) {
        return "connection-" + connection.id();
    }

    private static List<String> cardIds() {
        return _find(Div.class, spec -> spec.withClasses("connection-card")).stream()
                .map(card -> card.getId().orElse("")).toList();
    }

    @SuppressWarnings("unchecked")
    private static <T> Select<T> select(String id) {
        return _get(Select.class, spec -> spec.withId(id));
    }

    private static boolean dialogOpen() {
        return _find(Dialog.class, spec -> spec.withId(ConnectionDialog.ID)).stream().anyMatch(Dialog::isOpened);
    }

    private static Checkbox checkbox(String id) {
        return _get(Checkbox.class, spec -> spec.withId(id));
    }

    private static String download(String id) {
        return new String(DownloadKt._download(_get(Anchor.class, spec -> spec.withId(id))), StandardCharsets.UTF_8);
    }

    private static String text(String id) {
        return _get(Component.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }
}
