package org.mingle.domain.webhooks;

import org.mingle.domain.shared.NotFoundException;

/** No such webhook at this event. */
public class WebhookNotFoundException extends NotFoundException {

    public WebhookNotFoundException() {
        super("No such webhook at this event.");
    }
}
