package org.mingle.domain.shared;

/** One refused input field, named as the caller sent it (for example {@code title} or {@code capacity}). */
public record FieldError(String field, String message) {
}
