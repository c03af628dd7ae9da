package org.mingle.domain.idempotency;

import org.mingle.domain.shared.DomainException;

/** The same idempotency key came with a different request: a client bug, refused rather than guessed at. */
public class IdempotencyKeyReusedException extends DomainException {

    public IdempotencyKeyReusedException() {
        super("This Idempotency-Key was already used for a different request; use a new key for a new request.");
    }
}
