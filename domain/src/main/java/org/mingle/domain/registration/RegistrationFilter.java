package org.mingle.domain.registration;

/**
 * Which registrations organizers want to see.
 *
 * @param status only this status ({@code null}: every status)
 * @param text   words to find in the person's name or email ({@code null} or blank: everyone)
 */
public record RegistrationFilter(RegistrationStatus status, String text) {

    public static RegistrationFilter all() {
        return new RegistrationFilter(null, null);
    }
}
