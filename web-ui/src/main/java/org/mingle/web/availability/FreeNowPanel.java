package org.mingle.web.availability;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.mingle.domain.availability.AvailabilityService;
import org.mingle.domain.availability.FreePerson;
import org.mingle.domain.events.Event;
import org.mingle.domain.live.LiveSignal;
import org.mingle.domain.live.LiveUpdates;
import org.mingle.domain.matching.Reason;
import org.mingle.domain.profiles.ProfilePhotoService;
import org.mingle.domain.shared.AccountId;
import org.mingle.domain.shared.DomainException;
import org.mingle.web.profiles.Faces;
import org.mingle.web.shell.CurrentUser;
import org.mingle.web.shell.DomainMessages;
import org.mingle.web.shell.Formats;
import org.mingle.web.shell.LiveRefresh;
import org.mingle.web.shell.Routes;
import org.mingle.web.shell.UiErrorHandler;

/**
 * Free now, at the head of the People tab while the event runs (from an hour before its start): "I'm free for 30
 * minutes" or "Not free any more", and the people free now, best match first with the reasons, each with "Meet now".
 * A request to meet now is an ordinary meeting request that expires when the other stops being free (decision 52).
 * The list follows who becomes free, or stops being free, while it is open.
 */
public class FreeNowPanel extends Div {

    /** The choices of how long one is free: a few taps on a phone, no time picker. */
    static final List<Integer> MINUTES = List.of(15, 30, 45, 60);

    private final AvailabilityService availability;
    private final ProfilePhotoService photos;
    private final CurrentUser currentUser;
    private final LiveRefresh others;

    private final Paragraph status = new Paragraph();
    private final Select<Integer> minutes = new Select<>();
    private final Button markFree = new Button(getTranslation("availability.mark-free"), VaadinIcon.COFFEE.create());
    private final Button notFree = new Button(getTranslation("availability.not-free"));
    private final Div people = new Div();
    private final Paragraph nobody = new Paragraph(getTranslation("availability.nobody"));

    private Event event;

    public FreeNowPanel(AvailabilityService availability, ProfilePhotoService photos, LiveUpdates live,
                        CurrentUser currentUser) {
        this.availability = availability;
        this.photos = photos;
        this.currentUser = currentUser;
        this.others = new LiveRefresh(live, () -> {
            if (event != null && isVisible()) {
                refresh();
            }
        });
        setId("free-now");
        addClassNames("free-now", "event-card");
        var heading = new H2(getTranslation("availability.title"));
        heading.addClassNames(LumoUtility.Margin.NONE, LumoUtility.FontSize.LARGE);
        status.setId("free-now-status");
        status.addClassNames(LumoUtility.Margin.Vertical.XSMALL);

        minutes.setId("free-now-minutes");
        minutes.setLabel(getTranslation("availability.for"));
        minutes.setItems(MINUTES);
        minutes.setItemLabelGenerator(value -> getTranslation("availability.minutes", value));
        minutes.setValue(30);
        markFree.setId("free-now-mark");
        markFree.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        markFree.setDisableOnClick(true);
        markFree.addClickListener(click -> act(() -> availability.markFreeFor(currentUser.require(), event.id(),
                Duration.ofMinutes(minutes.getValue() == null ? 30 : minutes.getValue()))));
        notFree.setId("free-now-clear");
        notFree.setDisableOnClick(true);
        notFree.addClickListener(click -> act(() -> availability.clear(currentUser.require(), event.id())));
        var controls = new Div(minutes, markFree, notFree);
        controls.addClassNames("registration-actions", "free-now-controls");

        people.setId("free-now-list");
        people.addClassName("people-list");
        nobody.setId("free-now-empty");
        nobody.addClassNames(LumoUtility.TextColor.SECONDARY);
        add(heading, status, controls, people, nobody);
    }

    /**
     * Shows the panel for the viewer, a confirmed attendee, while the event is open and runs or is about to; hides it
     * otherwise.
     */
    public void show(Event shown) {
        this.event = shown;
        boolean running = availability.isOpen(shown);
        setVisible(running);
        if (running) {
            refresh();
            // Someone becoming free, or no longer free, redraws the list (the same panel may show another event).
            getUI().ifPresent(ui -> others.follow(ui, LiveSignal.freeNow(shown.id())));
        } else {
            others.stop();
        }
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        if (event != null && isVisible()) {
            others.follow(attach.getUI(), LiveSignal.freeNow(event.id()));
        }
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        others.stop();
    }

    /** Until when the viewer is free, the controls that go with it, and who else is free now. */
    private void refresh() {
        AccountId me = currentUser.require();
        Optional<Instant> mine = availability.freeUntil(me, event.id());
        status.setText(mine.map(until -> getTranslation("availability.free-until", time(until)))
                .orElseGet(() -> getTranslation("availability.say-free")));
        notFree.setVisible(mine.isPresent());
        markFree.setText(getTranslation(mine.isPresent() ? "availability.change" : "availability.mark-free"));

        people.removeAll();
        List<FreePerson> free = availability.freeNow(me, event.id(), AvailabilityService.DEFAULT_LIMIT);
        var faces = Faces.of(photos, me, free.stream().map(person -> person.person().accountId()).toList());
        free.forEach(person -> people.add(card(person, faces)));
        nobody.setVisible(free.isEmpty());
    }

    private Div card(FreePerson free, Faces faces) {
        var person = free.person();
        String pid = person.accountId().toString();
        var name = Routes.link(person.displayName(), Routes.person(person.accountId(), event.id()));
        name.setId("free-name-" + pid);
        name.addClassName("event-card-title");
        var who = new Div(name);
        who.addClassName("person-card-who");
        if (person.company() != null) {
            var company = new Span(person.company());
            company.addClassName("person-card-company");
            who.add(company);
        }
        var until = new Span(getTranslation("availability.person-until", time(free.freeUntil())));
        until.setId("free-until-" + pid);
        until.addClassName("person-card-headline");
        who.add(until);
        var header = new Div(faces.small(person.accountId(), person.displayName()), who);
        header.addClassName("person-card-header");

        var reasons = new UnorderedList();
        reasons.setId("free-reasons-" + pid);
        reasons.addClassName("reasons");
        for (Reason reason : person.reasons()) {
            var item = new ListItem(reason.metAt() == null ? reason.detail()
                    : getTranslation("memory.reason.met-before", reason.metAt().title()));
            item.addClassNames("reason", "reason-" + reason.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            reasons.add(item);
        }

        var meet = new Button(getTranslation("availability.meet-now"), VaadinIcon.HANDSHAKE.create());
        meet.setId("meet-now-" + pid);
        meet.setAriaLabel(getTranslation("availability.meet-now-with", person.displayName()));
        meet.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        meet.setDisableOnClick(true);
        meet.addClickListener(click -> {
            try {
                availability.meetNow(currentUser.require(), event.id(), person.accountId(), null);
                var sent = Notification.show(getTranslation("availability.asked", person.displayName()), 5000,
                        Notification.Position.BOTTOM_CENTER);
                sent.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                meet.setText(getTranslation("availability.asked-short"));
                meet.setAriaLabel(getTranslation("availability.asked-with", person.displayName()));
            } catch (DomainException refused) {
                UiErrorHandler.show(DomainMessages.of(refused));
                meet.setEnabled(true);
            }
        });
        var actions = new Div(meet);
        actions.addClassName("registration-actions");

        var card = new Div(header, reasons, actions);
        card.setId("free-" + pid);
        card.addClassNames("person-card", "free-now-card");
        card.getElement().setAttribute("data-account-id", pid);
        card.getElement().setAttribute("data-name", person.displayName());
        return card;
    }

    /** Runs a change of the viewer's free time and shows the panel as things stand after it, or why it was refused. */
    private void act(Runnable change) {
        try {
            change.run();
        } catch (DomainException refused) {
            UiErrorHandler.show(DomainMessages.of(refused));
        } finally {
            markFree.setEnabled(true);
            notFree.setEnabled(true);
        }
        refresh();
    }

    private String time(Instant instant) {
        return Formats.time().format(instant.atZone(event.details().timeZone()));
    }
}
