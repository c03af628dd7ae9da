package org.mingle.web.shell;

import com.vaadin.flow.component.UI;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The time zone of the person's browser (an IANA id, empty when the browser names none), asked of the browser once per
 * session and kept there. Asking costs a round trip that the page waits for before it shows (decision 33); a
 * browser's zone seldom changes while someone is signed in, and the next session asks again.
 */
public final class BrowserTimeZone {

    static final String SESSION_ATTRIBUTE = BrowserTimeZone.class.getName();

    private BrowserTimeZone() {
    }

    /** Hands the zone to {@code use}: at once when the session knows it, else when the browser has answered. */
    public static void whenKnown(UI ui, Consumer<String> use) {
        var session = ui.getSession();
        if (session.getAttribute(SESSION_ATTRIBUTE) instanceof String known) {
            use.accept(known);
            return;
        }
        ui.getPage().retrieveExtendedClientDetails(details -> {
            String zone = Objects.requireNonNullElse(details.getTimeZoneId(), "");
            session.setAttribute(SESSION_ATTRIBUTE, zone);
            use.accept(zone);
        });
    }
}
