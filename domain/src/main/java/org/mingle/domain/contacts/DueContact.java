package org.mingle.domain.contacts;

import java.time.Instant;
import java.util.Objects;
import org.mingle.domain.shared.AccountId;

/**
 * A contact it is time to get in touch with, for the owner's notice and "time to get in touch" list.
 *
 * @param contactName the contact's name
 * @param lastTopic   what the two talked about last (the owner's latest note, or the latest meeting or connection);
 *                    {@code null} when nothing is left to show
 */
public record DueContact(AccountId owner, AccountId contact, String contactName, KeepInTouchEvery every,
                         Instant dueAt, TimelineEntry lastTopic) {

    public DueContact {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(every, "every");
        Objects.requireNonNull(dueAt, "dueAt");
    }
}
