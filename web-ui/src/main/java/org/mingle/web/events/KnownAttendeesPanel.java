package org.mingle.web.events;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.Optional;
import org.mingle.domain.connections.ConnectionService;
import org.mingle.domain.events.Event;
import org.mingle.domain.events.EventStatus;
import org.mingle.domain.profiles.ProfilePhotoService;
import org.mingle.domain.profiles.ProfileView;
import org.mingle.domain.shared.AccountId;
import org.mingle.web.profiles.Faces;
import org.mingle.web.shell.Routes;

/**
 * "3 people you know are going": the faces and names of the signed-in viewer's network confirmed for the event, each
 * as their profile lets the viewer see them (decision 42). Hidden when there is nobody to show, so a newcomer's event
 * page does not tell them they know no one.
 */
final class KnownAttendeesPanel extends Div {

    /** Faces shown; the rest are counted. A long list belongs to the network page, not the event page. */
    static final int SHOWN = 8;

    private final ConnectionService connections;
    private final ProfilePhotoService photos;

    KnownAttendeesPanel(ConnectionService connections, ProfilePhotoService photos) {
        this.connections = connections;
        this.photos = photos;
        setId("known-attendees");
        addClassName("known-attendees");
        setVisible(false);
    }

    void show(Optional<AccountId> viewer, Event event) {
        removeAll();
        if (viewer.isEmpty() || event.status() == EventStatus.DRAFT || event.status() == EventStatus.CANCELLED) {
            setVisible(false);
            return;
        }
        List<ProfileView> known = connections.knownAttendees(viewer.get(), event.id());
        setVisible(!known.isEmpty());
        if (known.isEmpty()) {
            return;
        }
        var heading = new H2(plural(event.status() == EventStatus.COMPLETED ? "memory.known.went"
                : "memory.known.going", known.size()));
        heading.setId("known-attendees-heading");
        heading.addClassName("known-attendees-heading");
        var list = new UnorderedList();
        list.setId("known-attendees-list");
        list.addClassName("known-attendees-list");
        List<ProfileView> shown = known.subList(0, Math.min(SHOWN, known.size()));
        var faces = Faces.of(photos, viewer.get(), shown.stream().map(ProfileView::accountId).toList());
        for (ProfileView person : shown) {
            var name = Routes.link(person.displayName(), Routes.person(person.accountId(), event.id()));
            name.addClassName("known-attendee-name");
            var item = new ListItem(faces.small(person.accountId(), person.displayName()), name);
            item.addClassName("known-attendee");
            list.add(item);
        }
        add(heading, list);
        if (known.size() > SHOWN) {
            var more = new Span(getTranslation("memory.known.more", known.size() - SHOWN));
            more.setId("known-attendees-more");
            more.addClassName("known-attendees-more");
            add(more);
        }
    }

    private String plural(String key, int count) {
        return getTranslation(key + (count == 1 ? ".one" : ".other"), count);
    }
}
