package org.mingle.domain.connections;

import org.mingle.domain.shared.NotFoundException;

/** No person has this connect code. */
public class ConnectCodeNotFoundException extends NotFoundException {

    public ConnectCodeNotFoundException() {
        super("No one has this connect code. Check it, or scan the QR code again.");
    }
}
