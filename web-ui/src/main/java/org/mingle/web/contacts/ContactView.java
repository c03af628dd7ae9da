package org.mingle.web.contacts;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import io.micronaut.context.annotation.Prototype;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.mingle.domain.contacts.Contact;
import org.mingle.domain.contacts.ContactNotFoundException;
import org.mingle.domain.contacts.ContactService;
import org.mingle.domain.contacts.KeepInTouchEvery;
import org.mingle.domain.events.Event;
import org.mingle.domain.profiles.ProfilePhotoService;
import org.mingle.domain.shared.AccountId;
import org.mingle.domain.shared.NotFoundException;
import org.mingle.web.profiles.Faces;
import org.mingle.web.profiles.ProfileCard;
import org.mingle.web.shell.CurrentUser;
import org.mingle.web.shell.Formats;
import org.mingle.web.shell.MainLayout;
import org.mingle.web.shell.Routes;

/**
 * One contact across events (decision 48): who they are (as they let the viewer see them), "keep in touch every ...",
 * the events ahead where both will be, and the timeline of everything the two shared, newest first. Reached from
 * "My network" and from keep-in-touch notices; anyone who is not the viewer's contact shows the not-found page.
 */
@Prototype
@Route(value = Routes.CONTACT, layout = MainLayout.class)
public class ContactView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ContactService contacts;
    private final ProfilePhotoService photos;
    private final CurrentUser currentUser;
    private final ZoneId zone;

    private final ProfileCard card = new ProfileCard("contact");
    private final Select<KeepInTouchEvery> keepInTouch = new Select<>();
    private final Paragraph due = new Paragraph();
    private final OrderedList upcoming = new OrderedList();
    private final Paragraph noUpcoming = new Paragraph();
    private final OrderedList timeline = new OrderedList();

    private AccountId contactId;
    private String name;
    private boolean filling;

    ContactView(ContactService contacts, ProfilePhotoService photos, CurrentUser currentUser, Clock clock) {
        this.contacts = contacts;
        this.photos = photos;
        this.currentUser = currentUser;
        this.zone = clock.getZone();
        setId("contact-page");
        addClassNames("page", "contact-page");
        setPadding(true);

        var back = Routes.link(getTranslation("contacts.back"), Routes.network());
        back.addComponentAsFirst(VaadinIcon.ARROW_LEFT.create());
        back.setId("contact-back");
        back.addClassName("back-link");
        card.addClassName("profile-card-page");

        keepInTouch.setId("keep-in-touch");
        keepInTouch.setLabel(getTranslation("contacts.keep-in-touch.label"));
        keepInTouch.setItems(KeepInTouchEvery.values());
        keepInTouch.setEmptySelectionAllowed(true);
        String off = getTranslation("contacts.keep-in-touch.off");
        keepInTouch.setEmptySelectionCaption(off);
        keepInTouch.setItemLabelGenerator(every -> every == null ? off
                : getTranslation("contacts.keep-in-touch.days", every.days()));
        keepInTouch.addValueChangeListener(change -> {
            if (!filling && change.isFromClient()) {
                show(contacts.keepInTouch(currentUser.require(), contactId, change.getValue()));
                Notification.show(change.getValue() == null ? getTranslation("contacts.keep-in-touch.saved-off", name)
                        : getTranslation("contacts.keep-in-touch.saved", name, change.getValue().days()),
                        3000, Notification.Position.BOTTOM_CENTER);
            }
        });
        due.setId("keep-in-touch-due");
        due.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL, LumoUtility.Margin.NONE);
        var keeping = section("contact-keep-in-touch", "contacts.keep-in-touch.heading", keepInTouch, due);

        upcoming.setId("contact-upcoming");
        upcoming.addClassName("contact-list");
        noUpcoming.setId("contact-upcoming-none");
        noUpcoming.setText(getTranslation("contacts.upcoming.none"));
        noUpcoming.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.NONE);
        var ahead = section("contact-upcoming-section", "contacts.upcoming.heading", upcoming, noUpcoming);

        timeline.setId("contact-timeline");
        timeline.addClassNames("contact-list", "contact-timeline");
        var history = section("contact-timeline-section", "contacts.timeline.heading", timeline);

        add(back, card, keeping, ahead, history);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent enter) {
        try {
            contactId = accountId(enter.getRouteParameters().get(Routes.CONTACT_ID).orElse(""));
            show(contacts.contact(currentUser.require(), contactId));
        } catch (NotFoundException notFound) {
            enter.rerouteToError(notFound, notFound.getMessage());
        }
    }

    @Override
    public String getPageTitle() {
        return (name == null ? getTranslation("contacts.title") : name) + " · Mingle";
    }

    private void show(Contact contact) {
        var person = contact.person();
        name = person.displayName();
        card.show(person, Faces.of(photos, currentUser.require(), List.of(person.accountId()))
                .large(person.accountId(), person.displayName()));
        filling = true;
        try {
            keepInTouch.setValue(contact.keepInTouchEvery());
        } finally {
            filling = false;
        }
        due.setVisible(contact.keepInTouchDue() != null);
        if (contact.keepInTouchDue() != null) {
            due.setText(getTranslation("contacts.keep-in-touch.due",
                    day().format(contact.keepInTouchDue().atZone(zone))));
        }

        upcoming.removeAll();
        contact.upcomingTogether().forEach(event -> upcoming.add(upcomingItem(event)));
        upcoming.setVisible(!contact.upcomingTogether().isEmpty());
        noUpcoming.setVisible(contact.upcomingTogether().isEmpty());

        timeline.removeAll();
        contact.timeline().forEach(entry -> timeline.add(TimelineItem.of(entry, zone)));
    }

    private ListItem upcomingItem(Event event) {
        var link = Routes.link(event.title(), Routes.event(event.id()));
        var when = new Span(Formats.dayAndTime().format(event.localStart()));
        when.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        var item = new ListItem(link, when);
        item.setId("contact-upcoming-" + event.id());
        item.addClassName("contact-list-item");
        return item;
    }

    private Section section(String id, String heading, Component... content) {
        var title = new H2(getTranslation(heading));
        title.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.Margin.Bottom.XSMALL);
        var section = new Section(title);
        section.add(new Div(content));
        section.setId(id);
        section.addClassName("contact-section");
        return section;
    }

    private static DateTimeFormatter day() {
        var ui = UI.getCurrent();
        return DateTimeFormatter.ofPattern(ui == null ? "d MMM yyyy" : ui.getTranslation("format.day"),
                Formats.locale());
    }

    private static AccountId accountId(String text) {
        try {
            return new AccountId(UUID.fromString(text));
        } catch (IllegalArgumentException notAnId) {
            throw new ContactNotFoundException();
        }
    }
}
