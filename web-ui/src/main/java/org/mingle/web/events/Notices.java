package org.mingle.web.events;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** How the event pages confirm what a click did: a short notification at the bottom, coloured by how it went. */
final class Notices {

    private Notices() {
    }

    static void show(String message, NotificationVariant variant) {
        var notification = Notification.show(message, 5000, Notification.Position.BOTTOM_CENTER);
        notification.addThemeVariants(variant);
    }
}
