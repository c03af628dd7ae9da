package org.mingle.web.rounds;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.theme.lumo.LumoUtility;
import io.micronaut.context.annotation.Prototype;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.mingle.domain.connections.ConnectionService;
import org.mingle.domain.connections.ConnectionSource;
import org.mingle.domain.events.Event;
import org.mingle.domain.events.EventId;
import org.mingle.domain.events.EventService;
import org.mingle.domain.matching.Reason;
import org.mingle.domain.profiles.ProfilePhotoService;
import org.mingle.domain.rounds.MyRound;
import org.mingle.domain.rounds.RoundService;
import org.mingle.domain.shared.AccessDeniedException;
import org.mingle.domain.shared.AccountId;
import org.mingle.domain.shared.NotFoundException;
import org.mingle.web.connections.WeMetButton;
import org.mingle.web.eventhome.EventHomeLayout;
import org.mingle.web.profiles.Faces;
import org.mingle.web.shell.CurrentUser;
import org.mingle.web.shell.Routes;

/**
 * An attendee's speed-networking rounds, made for a phone in the hand: one card a round with its time, the table and
 * who sits there, and why the two of them fit; or that they rest this round. When the organizers call a round, a
 * banner at the top says where to go ("Round 3 has been called: go to table 7") until the round ends; the page asks
 * for news every {@value #POLL_MILLIS} ms while it is open, so nobody has to reload. Before the organizers plan the
 * rounds, and for anyone who is not an attendee, a friendly word instead. "We met" beside each companion adds them to
 * the attendee's network.
 */
@Prototype
@Route(value = Routes.MY_ROUNDS, layout = EventHomeLayout.class)
public class MyRoundsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** How often an open page asks for news: a called round shows within this time. */
    static final int POLL_MILLIS = 15_000;

    private final EventService events;
    private final RoundService rounds;
    private final ConnectionService connections;
    private final ProfilePhotoService photos;
    private final CurrentUser currentUser;
    private final Clock clock;

    private final Div call = new Div();

    private final RouterLink eventLink = new RouterLink();
    private final Div notAttendee = new Div();
    private final Div noRounds = new Div();
    private final Div cards = new Div();
    private final Button refresh = new Button(getTranslation("rounds.mine.refresh"), VaadinIcon.REFRESH.create());

    private Event event;
    private Registration polling;
    /** The number of the round the banner shows, to mark its card. */
    private Integer called;
    /** The rounds the cards show. */
    private List<MyRound> shown;

    MyRoundsView(EventService events, RoundService rounds, ConnectionService connections, ProfilePhotoService photos,
                 CurrentUser currentUser, Clock clock) {
        this.events = events;
        this.rounds = rounds;
        this.connections = connections;
        this.photos = photos;
        this.currentUser = currentUser;
        this.clock = clock;
        setId("my-rounds-page");
        addClassNames("page", "my-rounds-page");
        setPadding(true);

        var heading = new H1(getTranslation("rounds.mine.title"));
        heading.addClassNames(LumoUtility.Margin.NONE);
        eventLink.setId("my-rounds-event");
        eventLink.addClassName("back-link");

        notAttendee.setId("my-rounds-not-attendee");
        notAttendee.addClassName("friendly-notice");
        noRounds.setId("my-rounds-empty");
        noRounds.addClassName("friendly-notice");
        noRounds.add(new Paragraph(getTranslation("rounds.mine.empty")));
        cards.setId("my-rounds-list");
        cards.addClassName("my-rounds-list");

        refresh.setId("refresh-my-rounds");
        refresh.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        refresh.addClickListener(click -> showRounds());

        call.setId("round-call");
        call.addClassName("round-call");
        // Read out by screen readers when it appears or changes, without taking the focus.
        call.getElement().setAttribute("role", "status");
        call.getElement().setAttribute("aria-live", "polite");
        call.setVisible(false);

        add(heading, eventLink, call, notAttendee, noRounds, cards, refresh);
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        super.onAttach(attach);
        UI ui = attach.getUI();
        ui.setPollInterval(POLL_MILLIS);
        polling = ui.addPollListener(poll -> {
            if (event != null) {
                showRounds();
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        super.onDetach(detach);
        detach.getUI().setPollInterval(-1);
        if (polling != null) {
            polling.remove();
            polling = null;
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent enter) {
        String id = enter.getRouteParameters().get(Routes.EVENT_ID).orElse("");
        try {
            event = events.get(currentUser.account(), EventId.fromString(id));
        } catch (NotFoundException notFound) {
            enter.rerouteToError(notFound, notFound.getMessage());
            return;
        }
        eventLink.setText(event.title());
        Routes.aim(eventLink, Routes.event(event.id()));
        eventLink.addComponentAsFirst(VaadinIcon.ARROW_LEFT.create());
        showRounds();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("rounds.mine.title") + (event == null ? "" : " · " + event.title()) + " · Mingle";
    }

    /**
     * The rounds as they are now. The cards are drawn again only when something changed, so that a poll every few
     * seconds neither moves the page under a thumb nor makes a screen reader start over.
     */
    private void showRounds() {
        List<MyRound> mine;
        try {
            mine = rounds.mine(currentUser.require(), event.id());
        } catch (AccessDeniedException notAnAttendee) {
            mine = null;
        }
        Integer calledBefore = called;
        showCall(mine == null ? List.of() : mine);
        if (mine != null && mine.equals(shown) && Objects.equals(called, calledBefore)) {
            return;
        }
        shown = mine;
        cards.removeAll();
        notAttendee.setVisible(mine == null);
        if (mine == null) {
            notAttendee.removeAll();
            var back = Routes.link(getTranslation("rounds.mine.go-to-event"), Routes.event(event.id()));
            back.setId("my-rounds-go-to-event");
            notAttendee.add(new Paragraph(getTranslation("rounds.mine.not-attendee")), back);
            noRounds.setVisible(false);
            refresh.setVisible(false);
            return;
        }
        Set<AccountId> connected = WeMetButton.offeredAt(event.status())
                ? WeMetButton.connectedAt(connections, currentUser.require(), event.id()) : null;
        var faces = Faces.of(photos, currentUser.require(), mine.stream()
                .flatMap(round -> round.with().stream().map(companion -> companion.person().accountId())).toList());
        mine.forEach(round -> cards.add(card(round, connected, faces)));
        noRounds.setVisible(mine.isEmpty());
        refresh.setVisible(true);
    }

    /** The latest round the organizers called that has not ended yet, in a banner; hidden when there is none. */
    private void showCall(List<MyRound> mine) {
        Instant now = clock.instant();
        Optional<MyRound> called = mine.stream()
                .filter(round -> round.announcedAt() != null && round.endsAt().isAfter(now))
                .max(Comparator.comparing(MyRound::announcedAt).thenComparing(MyRound::number));
        call.setVisible(called.isPresent());
        called.ifPresentOrElse(round -> {
            call.setText(round.table() == null ? getTranslation("rounds.mine.called-rest", round.number())
                    : getTranslation("rounds.mine.called-table", round.number(), round.table()));
            call.getElement().setAttribute("data-round", Integer.toString(round.number()));
            if (round.table() == null) {
                call.getElement().removeAttribute("data-table");
            } else {
                call.getElement().setAttribute("data-table", Integer.toString(round.table()));
            }
        }, () -> {
            call.setText("");
            call.getElement().removeAttribute("data-round");
            call.getElement().removeAttribute("data-table");
        });
        this.called = called.map(MyRound::number).orElse(null);
    }

    /** @param connected whom the attendee is connected with at the event; {@code null} when "We met" is not offered */
    private Div card(MyRound round, Set<AccountId> connected, Faces faces) {
        String rid = "my-round-" + round.number();
        String when = RoundTimes.span(round.startsAt(), round.endsAt(), event.details().timeZone());
        var title = new Span(getTranslation("rounds.mine.round", round.number()) + " · " + when
                + (round.table() == null ? "" : " · " + getTranslation("rounds.mine.table", round.table())));
        title.setId(rid + "-title");
        title.addClassName("event-card-title");
        var card = new Div(title);
        card.setId(rid);
        card.addClassNames("event-card", "round-card");
        card.getElement().setAttribute("data-round", Integer.toString(round.number()));
        if (round.announcedAt() != null) {
            card.getElement().setAttribute("data-announced", round.announcedAt().toString());
        }
        if (Integer.valueOf(round.number()).equals(called)) {
            card.addClassName("round-card-called");
        }
        if (round.table() == null) {
            card.addClassName("round-card-resting");
            var rest = new Paragraph(getTranslation("rounds.mine.rest"));
            rest.setId(rid + "-resting");
            rest.addClassNames(LumoUtility.Margin.NONE, LumoUtility.TextColor.SECONDARY);
            card.add(rest);
            return card;
        }
        card.getElement().setAttribute("data-table", Integer.toString(round.table()));
        for (MyRound.Companion companion : round.with()) {
            card.add(companion(rid, companion, connected, faces));
        }
        return card;
    }

    private Div companion(String rid, MyRound.Companion companion, Set<AccountId> connected, Faces faces) {
        var person = companion.person();
        String pid = person.accountId().toString();
        String cid = rid + "-person-" + pid;
        var name = Routes.link(person.displayName(), Routes.person(person.accountId(), event.id()));
        name.setId(cid + "-name");
        name.addClassName("round-companion-name");
        var block = new Div(faces.small(person.accountId(), person.displayName()), name);
        block.setId(cid);
        block.addClassName("round-companion");
        block.getElement().setAttribute("data-account-id", pid);
        if (person.headline() != null && !person.headline().isEmpty()) {
            var headline = new Span(person.headline());
            headline.setId(cid + "-headline");
            headline.addClassName("person-card-headline");
            block.add(headline);
        }
        if (!companion.reasons().isEmpty()) {
            var list = new UnorderedList();
            list.setId(cid + "-reasons");
            list.addClassName("reasons");
            for (Reason reason : companion.reasons()) {
                var item = new ListItem(reason.metAt() == null ? reason.detail()
                    : getTranslation("memory.reason.met-before", reason.metAt().title()));
                String kind = reason.kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
                item.addClassNames("reason", "reason-" + kind);
                item.getElement().setAttribute("data-kind", reason.kind().name());
                list.add(item);
            }
            block.add(list);
        }
        if (connected != null) {
            block.add(new WeMetButton(cid + "-we-met", getTranslation("rounds.mine.we-met"), connections, currentUser,
                    event.id(),
                    person.accountId(), person.displayName(), ConnectionSource.ROUND,
                    connected.contains(person.accountId()), null));
        }
        return block;
    }
}
