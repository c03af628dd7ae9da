package org.mingle.domain.matching;

import java.util.List;
import org.mingle.domain.events.EventId;
import org.mingle.domain.shared.AccountId;

/** Where dismissals are kept. */
interface Dismissals {

    /** Stores the dismissal, or replaces the reason and time of the viewer's earlier one of the same person. */
    void put(Dismissal dismissal);

    /** Removes the viewer's dismissal of the person at the event; false when there was none. */
    boolean remove(EventId event, AccountId viewer, AccountId dismissed);

    /** The viewer's dismissals at the event, oldest first. */
    List<Dismissal> at(EventId event, AccountId viewer);

    /** Every dismissal the viewer made, at any event, oldest first: for the personal-data export. */
    List<Dismissal> madeBy(AccountId viewer);

    /** Every dismissal the account made or was the subject of. */
    void removeAllOf(AccountId account);
}
