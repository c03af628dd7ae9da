package org.mingle.web.meetings;

import static org.mingle.web.shell.Translations.translate;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.Locale;
import org.mingle.domain.matching.Reason;

/** Why Mingle thinks two people should meet, as a list: on a recommendation's card and on a request's. */
final class ReasonList {

    private ReasonList() {
    }

    static UnorderedList of(List<Reason> reasons, String id) {
        var list = new UnorderedList();
        list.setId(id);
        list.addClassName("reasons");
        for (Reason reason : reasons) {
            var item = new ListItem(text(reason));
            String kind = reason.kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
            item.addClassNames("reason", "reason-" + kind);
            item.getElement().setAttribute("data-kind", reason.kind().name());
            list.add(item);
        }
        return list;
    }

    /** One reason in words: the engine's own, or where the two met before in the viewer's language. */
    static String text(Reason reason) {
        return reason.metAt() == null ? reason.detail()
                : translate("memory.reason.met-before", reason.metAt().title());
    }
}
