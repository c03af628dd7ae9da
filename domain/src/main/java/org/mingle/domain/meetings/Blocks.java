package org.mingle.domain.meetings;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.mingle.domain.shared.AccountId;

/** Where blocks are kept. */
interface Blocks {

    /** Adds the block; false if it was there already. */
    boolean add(AccountId blocker, AccountId blocked, Instant now);

    boolean remove(AccountId blocker, AccountId blocked);

    boolean eitherWay(AccountId a, AccountId b);

    /** The blocker's blocks of active accounts, newest first. */
    List<BlockedPerson> by(AccountId blocker);

    /** Blocks where either side is among the accounts. */
    List<Block> involving(Collection<AccountId> accounts);

    /** Blocks where both sides are among the accounts. */
    List<Block> among(Collection<AccountId> accounts);

    /** Blocks the account made, for its data export. */
    List<Block> madeBy(AccountId blocker);

    /** Every block made by or against the account. */
    void removeAllOf(AccountId account);
}
