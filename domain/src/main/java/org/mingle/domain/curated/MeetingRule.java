package org.mingle.domain.curated;

import org.mingle.domain.shared.AccountId;

/**
 * Who may meet whom at a curated event, for instance by attendee category (founders meet investors and mentors,
 * investors do not meet each other). Asked once per pair, the two in the order the participants are listed, so a rule
 * should not depend on the order. Blocked pairs belong here too.
 */
@FunctionalInterface
public interface MeetingRule {

    /** Everyone may meet everyone. */
    MeetingRule ANYONE = (a, b) -> true;

    boolean mayMeet(AccountId a, AccountId b);
}
