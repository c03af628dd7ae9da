package org.mingle.domain.accounts;

import java.util.Objects;
import java.util.UUID;

/** Identifies a person's Mingle account. */
public record AccountId(UUID value) {

    /**
     * The one organizer every caller acts as until sign-in exists. Operations already take the acting account as a
     * parameter, so sign-in only changes who the edges pass in.
     */
    public static final AccountId OPEN_ACCESS_ORGANIZER = new AccountId(UUID.fromString("00000000-0000-4000-8000-000000000001"));

    public AccountId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
