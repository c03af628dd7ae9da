package org.mingle.domain.contacts;

import org.mingle.domain.shared.NotFoundException;

/** The person is not a contact of the caller: never connected, never met in a meeting, blocked, or gone. */
public class ContactNotFoundException extends NotFoundException {

    public ContactNotFoundException() {
        super("No such person among your contacts.");
    }
}
