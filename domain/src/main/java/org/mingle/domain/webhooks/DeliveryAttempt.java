package org.mingle.domain.webhooks;

import java.time.Instant;
import java.util.Optional;

/**
 * One attempt to deliver: the receiver's status and the start of its answer, or why there was none (a timeout, a
 * connection error, an address refused as private).
 */
public record DeliveryAttempt(int attempt, Instant attemptedAt, Optional<Integer> statusCode, Optional<String> error,
                              Optional<String> responseBody) {
}
