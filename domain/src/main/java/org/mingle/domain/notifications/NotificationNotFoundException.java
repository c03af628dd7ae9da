package org.mingle.domain.notifications;

import org.mingle.domain.shared.NotFoundException;

/** No such notification, or it is someone else's. */
public class NotificationNotFoundException extends NotFoundException {

    public NotificationNotFoundException() {
        super("No such notification.");
    }
}
