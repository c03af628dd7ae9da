package org.mingle.domain.idempotency;

/** The answer of a creating request, and whether it is the stored answer of an earlier request with the same key. */
public record IdempotentResult(String body, boolean replayed) {
}
