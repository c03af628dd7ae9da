package org.mingle.domain.registration;

/** A check-in: the registration now checked in, and whether it already was (checking in twice is harmless). */
public record CheckInResult(Registration registration, boolean alreadyCheckedIn) {
}
