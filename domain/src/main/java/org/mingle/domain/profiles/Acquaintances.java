package org.mingle.domain.profiles;

import java.util.Collection;
import java.util.Set;
import org.mingle.domain.shared.AccountId;

/**
 * Who already knows whom, for the "connections" visibility: each feature that connects people answers for its own
 * kind of connection (a mutual meeting match, a connection both keep). Profiles defines it and those features provide
 * it, so they may depend on profiles and profiles on none of them.
 */
public interface Acquaintances {

    /** Those among the others connected with the viewer in this feature's way. */
    Set<AccountId> knownTo(AccountId viewer, Collection<AccountId> others);
}
