package org.mingle.web.agenda;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.mingle.domain.accounts.Account;
import org.mingle.domain.agenda.AgendaService;
import org.mingle.domain.agenda.Speaker;
import org.mingle.domain.agenda.Talk;
import org.mingle.domain.agenda.TalkId;
import org.mingle.domain.events.Event;
import org.mingle.domain.profiles.ProfilePhotoService;
import org.mingle.domain.shared.DomainException;
import org.mingle.web.profiles.Faces;
import org.mingle.web.shell.CurrentUser;
import org.mingle.web.shell.Routes;

/**
 * The agenda on an event's page: its talks in order of time, each with its time, room, speakers (faces as each
 * speaker lets the viewer see them, guests by name) and abstract, and "Add to calendar" for that talk. Organizers see
 * a link to edit it, even while it is empty; others see nothing of an empty agenda.
 */
public class AgendaSection extends Section {

    private final AgendaService agenda;
    private final ProfilePhotoService photos;
    private final CurrentUser currentUser;

    private final UnorderedList talks = new UnorderedList();
    private final Paragraph empty = new Paragraph(getTranslation("agenda.section.empty"));
    private final RouterLink edit = new RouterLink();

    private Event event;

    public AgendaSection(AgendaService agenda, ProfilePhotoService photos, CurrentUser currentUser) {
        this.agenda = agenda;
        this.photos = photos;
        this.currentUser = currentUser;
        setId("event-agenda");
        addClassName("agenda");
        var heading = new H2(getTranslation("agenda.section.title"));
        heading.setId("event-agenda-heading");
        heading.addClassNames(LumoUtility.FontSize.XLARGE, LumoUtility.Margin.Bottom.SMALL);
        getElement().setAttribute("aria-labelledby", "event-agenda-heading");
        talks.setId("agenda-talks");
        talks.addClassName("agenda-talks");
        empty.setId("agenda-empty");
        empty.addClassNames(LumoUtility.TextColor.SECONDARY);
        edit.setId("edit-agenda");
        edit.setText(getTranslation("agenda.section.edit"));
        edit.addClassName("button-link");
        edit.addComponentAsFirst(VaadinIcon.EDIT.create());
        add(heading, talks, empty, edit);
    }

    /** Shows the event's agenda as the viewer may see it. */
    public void show(Event shown) {
        event = shown;
        var viewer = currentUser.account();
        List<Talk> all = agenda.wholeAgenda(viewer, shown.id());
        boolean organizer = agenda.mayEdit(viewer, shown.id());
        setVisible(!all.isEmpty() || organizer);
        empty.setVisible(all.isEmpty());
        edit.setVisible(organizer);
        Routes.aim(edit, Routes.agenda(shown.id()));
        talks.removeAll();
        var speakers = all.stream().flatMap(talk -> talk.speakers().stream())
                .flatMap(speaker -> speaker.account().stream()).distinct().toList();
        // One look-up of whose photos the viewer may see, for every talk.
        Faces faces = viewer.map(account -> Faces.of(photos, account, speakers))
                .orElseGet(() -> Faces.forVisitor(photos));
        all.forEach(talk -> talks.add(item(talk, faces)));
    }

    private ListItem item(Talk talk, Faces faces) {
        String prefix = "talk-" + talk.id();
        var when = new Span(AgendaTimes.span(talk, event));
        when.addClassNames("agenda-time", LumoUtility.FontWeight.SEMIBOLD);
        var where = new Span(talk.room());
        where.addClassNames("agenda-room", LumoUtility.TextColor.SECONDARY);
        where.setVisible(!talk.room().isEmpty());
        var meta = new Div(when, where);
        meta.addClassName("agenda-meta");
        var title = new H3(talk.title());
        title.setId(prefix + "-title");
        title.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.Margin.NONE);
        var item = new ListItem(meta, title);
        item.setId(prefix);
        item.addClassName("agenda-talk");
        if (!talk.speakers().isEmpty()) {
            item.add(speakers(talk, faces, prefix));
        }
        if (!talk.abstractText().isEmpty()) {
            var text = new Paragraph(talk.abstractText());
            text.addClassNames("agenda-abstract", LumoUtility.Margin.NONE);
            item.add(text);
        }
        var calendar = new Anchor(calendarHandler(talk.id()), AttachmentType.DOWNLOAD,
                getTranslation("agenda.section.add-to-calendar"));
        calendar.setId(prefix + "-calendar");
        calendar.addClassName("button-link");
        calendar.addComponentAsFirst(VaadinIcon.CALENDAR.create());
        // Several links read "Add to calendar": the talk's title tells them apart for screen readers.
        calendar.getElement().setAttribute("aria-label",
                getTranslation("agenda.section.add-to-calendar-of", talk.title()));
        item.add(calendar);
        return item;
    }

    private Div speakers(Talk talk, Faces faces, String prefix) {
        var list = new Div();
        list.setId(prefix + "-speakers");
        list.addClassName("agenda-speakers");
        for (Speaker speaker : talk.speakers()) {
            var person = new Span();
            person.addClassName("agenda-speaker");
            speaker.account().ifPresent(account -> {
                var face = faces.small(account, speaker.name());
                // The name beside the face says who it is.
                face.getElement().setAttribute("aria-hidden", "true");
                person.add(face);
            });
            var name = new Span(speaker.isGuest() ? getTranslation("agenda.section.guest", speaker.name())
                    : speaker.name());
            name.addClassName("agenda-speaker-name");
            person.add(name);
            list.add(person);
        }
        return list;
    }

    /**
     * The talk as an iCalendar file, made when the browser downloads it, for whoever is signed in then; named as the
     * API names it.
     */
    private DownloadHandler calendarHandler(TalkId talk) {
        var eventId = event.id();
        return (DownloadEvent download) -> {
            var viewer = currentUser.signedIn(download.getSession()).map(Account::id);
            byte[] body;
            try {
                body = agenda.calendar(viewer, eventId, talk).getBytes(StandardCharsets.UTF_8);
            } catch (DomainException refused) {
                download.getResponse().setStatus(404);
                return;
            }
            download.setFileName("mingle-talk-" + talk + ".ics");
            download.setContentType("text/calendar; charset=utf-8");
            download.setContentLength(body.length);
            try (var out = download.getOutputStream()) {
                out.write(body);
            }
        };
    }
}
