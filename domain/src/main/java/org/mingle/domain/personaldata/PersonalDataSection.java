package org.mingle.domain.personaldata;

import org.mingle.domain.shared.AccountId;

/**
 * One feature's part of a person's data. Each feature that stores personal data adds a bean of this type: the
 * export ({@code GET /api/me/export}) and the erasure ({@code DELETE /api/me}) then cover it.
 */
public interface PersonalDataSection {

    /** The key of this section in the export, e.g. {@code account} or {@code organizedEvents}. */
    String name();

    /** Sections appear in this order in the export. */
    default int order() {
        return 100;
    }

    /** JSON-ready data: strings, numbers, booleans, lists and maps of those. */
    Object export(AccountId account);

    /** Removes or anonymises this section's data of an account being erased (inside the erasure's transaction). */
    void erase(AccountId account);
}
