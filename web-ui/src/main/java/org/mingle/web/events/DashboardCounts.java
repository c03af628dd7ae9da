package org.mingle.web.events;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.theme.lumo.LumoUtility;
import org.mingle.domain.registration.RegistrationCounts;

/** The dashboard's tiles: how many are confirmed (of the capacity), waitlisted, waiting for approval, checked in. */
class DashboardCounts extends Div {

    private final Span confirmed = new Span();
    private final Span capacity = new Span();
    private final Span waitlisted = new Span();
    private final Span pending = new Span();
    private final Span checkedIn = new Span();

    DashboardCounts() {
        add(stat(getTranslation("events.counts.confirmed"), confirmed, "count-confirmed", capacity),
                stat(getTranslation("events.counts.waitlisted"), waitlisted, "count-waitlisted", null),
                stat(getTranslation("events.counts.pending"), pending, "count-pending", null),
                stat(getTranslation("events.counts.checked-in"), checkedIn, "count-checked-in", null));
        setId("counts");
        addClassName("stat-tiles");
        capacity.setId("count-capacity");
    }

    void show(RegistrationCounts counts, int places) {
        confirmed.setText(Integer.toString(counts.confirmed()));
        capacity.setText(getTranslation("events.counts.of-capacity", places));
        waitlisted.setText(Integer.toString(counts.waitlisted()));
        pending.setText(Integer.toString(counts.pending()));
        checkedIn.setText(Integer.toString(counts.checkedIn()));
    }

    private static Div stat(String label, Span value, String id, Span extra) {
        value.setId(id);
        value.addClassName("stat-value");
        var name = new Span(label);
        name.addClassNames("stat-label", LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        var tile = new Div(name, value);
        if (extra != null) {
            extra.addClassNames("stat-extra", LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
            tile.add(extra);
        }
        tile.addClassName("stat-tile");
        return tile;
    }
}
