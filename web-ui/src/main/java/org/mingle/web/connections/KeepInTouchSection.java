package org.mingle.web.connections;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.time.ZoneId;
import java.util.List;
import org.mingle.domain.contacts.ContactService;
import org.mingle.domain.contacts.DueContact;
import org.mingle.domain.contacts.TimelineKind;
import org.mingle.domain.shared.AccountId;
import org.mingle.web.shell.Routes;

/**
 * "Time to get in touch" on "My network" (decision 48): the weekly list of the contacts whose keep-in-touch is due by a
 * week from now, overdue first, each with what the two talked about last and a link to the contact's page. Hidden
 * while nobody is due.
 */
class KeepInTouchSection extends Section {

    private final ContactService contacts;
    private final ZoneId zone;
    private final UnorderedList list = new UnorderedList();

    KeepInTouchSection(ContactService contacts, ZoneId zone) {
        this.contacts = contacts;
        this.zone = zone;
        setId("network-keep-in-touch");
        addClassName("contact-section");
        var heading = new H2(getTranslation("network.keep-in-touch.heading"));
        heading.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.Margin.Bottom.XSMALL);
        var intro = new Paragraph(getTranslation("network.keep-in-touch.intro"));
        intro.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL, LumoUtility.Margin.NONE);
        list.setId("network-keep-in-touch-list");
        list.addClassName("contact-list");
        add(heading, intro, list);
        setVisible(false);
    }

    void show(AccountId me) {
        List<DueContact> due = contacts.timeToGetInTouch(me);
        list.removeAll();
        for (DueContact contact : due) {
            var link = Routes.link(contact.contactName(), Routes.contact(contact.contact()));
            link.setId("keep-in-touch-" + contact.contact());
            var when = new Span(getTranslation("network.keep-in-touch.due",
                    ConnectionLabels.day(contact.dueAt(), zone)));
            when.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
            var item = new ListItem(link, new Span(" · "), when);
            var topic = contact.lastTopic();
            if (topic != null) {
                var words = new Paragraph(topic.kind() == TimelineKind.NOTE
                        ? getTranslation("network.keep-in-touch.last-note", topic.text())
                        : getTranslation("network.keep-in-touch.last-met", topic.eventTitle() == null
                        ? getTranslation("contacts.timeline.an-event") : topic.eventTitle()));
                words.addClassNames("connection-note-preview", LumoUtility.FontSize.SMALL, LumoUtility.Margin.NONE);
                item.add(words);
            }
            item.addClassName("contact-list-item");
            list.add(item);
        }
        setVisible(!due.isEmpty());
    }
}
