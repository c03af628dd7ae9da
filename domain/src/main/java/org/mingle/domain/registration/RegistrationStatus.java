package org.mingle.domain.registration;

import java.util.EnumSet;
import java.util.Set;

/** Where a registration stands. CONFIRMED, WAITLISTED and PENDING_APPROVAL are active; the others are final. */
public enum RegistrationStatus {
    CONFIRMED, WAITLISTED, PENDING_APPROVAL, CANCELLED, DECLINED;

    public static final Set<RegistrationStatus> ACTIVE = EnumSet.of(CONFIRMED, WAITLISTED, PENDING_APPROVAL);

    public boolean isActive() {
        return ACTIVE.contains(this);
    }
}
