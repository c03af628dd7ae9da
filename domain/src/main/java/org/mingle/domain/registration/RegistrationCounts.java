package org.mingle.domain.registration;

/** An event's registrations by status, and how many confirmed people have been checked in. */
public record RegistrationCounts(int confirmed, int waitlisted, int pending, int checkedIn) {
}
