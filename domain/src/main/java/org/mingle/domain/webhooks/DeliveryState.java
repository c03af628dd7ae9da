package org.mingle.domain.webhooks;

/** Where a delivery stands. */
public enum DeliveryState {
    /** Waiting for its first or next attempt. */
    QUEUED,
    /** The receiver answered 2xx. */
    DELIVERED,
    /** Given up: 24 hours of retries failed, or the address was refused (private) when it was due. */
    FAILED
}
