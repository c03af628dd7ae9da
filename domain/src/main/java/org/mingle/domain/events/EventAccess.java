package org.mingle.domain.events;

import java.util.Optional;
import org.mingle.domain.shared.AccessDeniedException;

/**
 * Who may see and do what with an event, given the caller's role there (empty: none). What a caller may not see
 * answers "not found", so another organizer's drafts do not even reveal that they exist.
 */
public final class EventAccess {

    private EventAccess() {
    }

    public static boolean canSee(Event event, Optional<EventRole> role) {
        return role.isPresent() || event.status() != EventStatus.DRAFT;
    }

    public static boolean canManage(Optional<EventRole> role) {
        return role.filter(r -> r == EventRole.OWNER || r == EventRole.CO_ORGANIZER).isPresent();
    }

    public static boolean canManageTeam(Optional<EventRole> role) {
        return role.filter(r -> r == EventRole.OWNER).isPresent();
    }

    public static boolean canSeeTeam(Optional<EventRole> role) {
        return role.isPresent();
    }

    /** The whole team sees who registered (check-in staff look people up by name at the door). */
    public static boolean canSeeRegistrations(Optional<EventRole> role) {
        return role.isPresent();
    }

    public static boolean canCheckIn(Optional<EventRole> role) {
        return role.isPresent();
    }

    /** Refuses with "not found" what the caller may not see, and with "forbidden" what it may see but not do. */
    public static void require(boolean allowed, Event event, Optional<EventRole> role, String refusal) {
        if (!canSee(event, role)) {
            throw new EventNotFoundException(event.id());
        }
        if (!allowed) {
            throw new AccessDeniedException(refusal);
        }
    }
}
