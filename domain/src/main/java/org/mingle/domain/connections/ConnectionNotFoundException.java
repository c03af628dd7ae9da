package org.mingle.domain.connections;

import org.mingle.domain.shared.NotFoundException;

/** No such connection in the caller's network. */
public class ConnectionNotFoundException extends NotFoundException {

    public ConnectionNotFoundException() {
        super("No such connection in your network.");
    }
}
