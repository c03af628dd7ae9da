package org.mingle.web.shell;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;

/**
 * Someone changed their network in this UI (notes saved, a connection removed): the navigation brings its count of
 * due follow-ups up to date at once, without waiting for the next navigation.
 */
public class NetworkChanged extends ComponentEvent<UI> {

    public NetworkChanged(UI ui) {
        super(ui, false);
    }

    /** Tells the current UI, if there is one. */
    public static void fire() {
        var ui = UI.getCurrent();
        if (ui != null) {
            ComponentUtil.fireEvent(ui, new NetworkChanged(ui));
        }
    }
}
