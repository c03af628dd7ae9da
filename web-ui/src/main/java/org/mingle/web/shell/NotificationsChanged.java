package org.mingle.web.shell;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;

/** Notifications were read in this UI: the bell brings its unread count up to date at once. */
public class NotificationsChanged extends ComponentEvent<UI> {

    public NotificationsChanged(UI ui) {
        super(ui, false);
    }

    /** Tells the current UI, if there is one. */
    public static void fire() {
        var ui = UI.getCurrent();
        if (ui != null) {
            ComponentUtil.fireEvent(ui, new NotificationsChanged(ui));
        }
    }
}
