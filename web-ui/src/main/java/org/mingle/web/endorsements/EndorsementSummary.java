package org.mingle.web.endorsements;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;
import org.mingle.domain.endorsements.TopicEndorsement;
import org.mingle.web.shell.Translations;

/**
 * A person's approved endorsements, one line per topic: "Endorsed for battery storage by 4 people met at 3 events".
 * Not there at all while they have none, so a profile without endorsements looks like any other.
 */
public class EndorsementSummary extends Div {

    private final String prefix;

    /** @param prefix starts the ids of the summary's parts */
    public EndorsementSummary(String prefix) {
        this.prefix = prefix;
        setId(prefix + "-endorsements");
        addClassName("profile-card-section");
        setVisible(false);
    }

    public void show(List<TopicEndorsement> topics) {
        removeAll();
        setVisible(!topics.isEmpty());
        if (topics.isEmpty()) {
            return;
        }
        var label = new Span(getTranslation("endorsements.summary.heading"));
        label.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        var list = new UnorderedList();
        list.setId(prefix + "-endorsement-topics");
        list.addClassName("plain-list");
        for (var topic : topics) {
            list.add(new ListItem(line(topic)));
        }
        add(label, list);
    }

    /** "Endorsed for {topic} by {n people} met at {m events}", in the viewer's language with plural forms. */
    static String line(TopicEndorsement topic) {
        return Translations.translate("endorsements.summary.line", topic.topic(),
                Translations.plural("endorsements.summary.people", topic.people()),
                Translations.plural("endorsements.summary.events", topic.events()));
    }
}
