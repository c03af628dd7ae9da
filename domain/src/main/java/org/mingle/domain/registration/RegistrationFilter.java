package org.mingle.domain.registration;

import org.mingle.domain.shared.InvalidInputException;
import org.mingle.domain.shared.TextRules;

/**
 * Which registrations organizers want to see.
 *
 * @param status only this status ({@code null}: every status)
 * @param text   words to find in the person's name or email ({@code null} or blank: everyone)
 */
public record RegistrationFilter(RegistrationStatus status, String text) {

    /** @throws InvalidInputException naming {@code q} (the words) when they break the text rule */
    public RegistrationFilter {
        TextRules.requireValid("q", text);
    }

    public static RegistrationFilter all() {
        return new RegistrationFilter(null, null);
    }
}
