package org.mingle.domain.matching;

import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.mingle.domain.events.EventId;
import org.mingle.domain.events.EventService;
import org.mingle.domain.registration.RegistrationService;
import org.mingle.domain.shared.AccessDeniedException;
import org.mingle.domain.shared.AccountId;
import org.mingle.domain.shared.InvalidInputException;
import org.mingle.domain.shared.RuleViolationException;

/**
 * "Not for me" on a recommendation (decision 53): the person never shows to the viewer again at the event, and the
 * reason teaches the viewer's recommendations there. Private to the viewer: the dismissed person is not told, and it
 * changes nothing they see. Recommendations read the dismissals on their next request, on every instance, so nothing
 * here touches the event's matching model.
 */
@Singleton
public class DismissalService {

    private final EventService events;
    private final RegistrationService registrations;
    private final Dismissals dismissals;
    private final Clock clock;

    DismissalService(EventService events, RegistrationService registrations, Dismissals dismissals, Clock clock) {
        this.events = events;
        this.registrations = registrations;
        this.dismissals = dismissals;
        this.clock = clock;
    }

    /**
     * Dismisses the person from the viewer's recommendations at the event. Dismissing again replaces the reason.
     *
     * @throws InvalidInputException when the reason is missing
     * @throws AccessDeniedException when the viewer is not a confirmed attendee
     * @throws RuleViolationException when the viewer dismisses themselves
     * @throws org.mingle.domain.shared.NotFoundException when the event is not visible to the viewer, or the person
     *                                                    is not a confirmed attendee of it
     */
    @Transactional
    public Dismissal dismiss(AccountId viewer, EventId event, AccountId person, DismissalReason reason) {
        if (reason == null) {
            throw InvalidInputException.of("reason", "must be one of " + Arrays.stream(DismissalReason.values())
                    .map(Enum::name).collect(Collectors.joining(", ")));
        }
        requireAttendee(viewer, event);
        if (viewer.equals(person)) {
            throw new RuleViolationException("You cannot dismiss yourself.");
        }
        if (!registrations.isConfirmed(event, person)) {
            throw new NotAnAttendeeException();
        }
        var dismissal = new Dismissal(event, viewer, person, reason, clock.instant().truncatedTo(ChronoUnit.MICROS));
        dismissals.put(dismissal);
        return dismissal;
    }

    /**
     * Takes a dismissal back (after a mis-tap): the person may be recommended again, and what it taught is forgotten.
     * Taking back one that does not exist is harmless.
     *
     * @throws AccessDeniedException when the viewer is not a confirmed attendee
     */
    @Transactional
    public boolean undo(AccountId viewer, EventId event, AccountId person) {
        requireAttendee(viewer, event);
        return dismissals.remove(event, viewer, person);
    }

    /** The viewer's dismissals at the event, oldest first. */
    @ReadOnly
    public List<Dismissal> mine(AccountId viewer, EventId event) {
        requireAttendee(viewer, event);
        return dismissals.at(event, viewer);
    }

    private void requireAttendee(AccountId viewer, EventId event) {
        events.get(Optional.of(viewer), event);
        if (!registrations.isConfirmed(event, viewer)) {
            throw new AccessDeniedException("Only confirmed attendees of this event have recommendations.");
        }
    }
}
