package org.mingle.domain.registration;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.mingle.domain.events.EventId;
import org.mingle.domain.shared.AccountId;
import org.mingle.domain.shared.Page;
import org.mingle.domain.shared.PageRequest;

/** Where registrations are kept. */
interface Registrations {

    int countPending(EventId event);

    void insert(RegistrationId id, EventId event, AccountId account, CapacityPolicy.Placement placement, String code,
                Instant now);

    Optional<Registration> findActive(EventId event, AccountId account);

    /** The active registration with its row locked until the transaction ends. */
    Optional<Registration> lockActive(EventId event, AccountId account);

    /** Accounts holding a CONFIRMED registration for the event. */
    List<AccountId> confirmedAttendees(EventId event);

    /** Everyone whose registration is active (confirmed, waitlisted or pending approval). */
    List<AccountId> activeRegistrants(EventId event);

    /** Accounts checked in at the event (always CONFIRMED). */
    List<AccountId> checkedIn(EventId event);

    /** The account's most recent registration for the event, in any status. */
    Optional<Registration> findLatest(EventId event, AccountId account);

    Optional<Registration> find(EventId event, RegistrationId id);

    Optional<Registration> findByCode(EventId event, String code);

    void setStatus(RegistrationId id, RegistrationStatus status, Integer waitlistPosition, Instant now);

    /** Closes the gap a leaving waitlisted person leaves: everyone behind moves up one place. */
    void closeWaitlistGap(EventId event, int leftPosition);

    /** Confirms the first {@code count} of the waitlist and moves the rest up; returns whom it confirmed. */
    List<AccountId> promoteHeadOfWaitlist(EventId event, int count, Instant now);

    boolean markCheckedIn(RegistrationId id, Instant now);

    int countCheckedIn(EventId event);

    List<Registration> ofAccount(AccountId account);

    Page<Registration> list(EventId event, RegistrationFilter filter, PageRequest page);

    void forEach(EventId event, RegistrationFilter filter, Consumer<Registration> sink);

    List<EventId> eventsWithActiveRegistrationOf(AccountId account);

    /** The events where both accounts hold a CONFIRMED registration. */
    Set<EventId> confirmedTogether(AccountId a, AccountId b);

    /** Those among the accounts holding an active registration for at least one of the events. */
    Set<AccountId> activeAtAny(Collection<EventId> events, Collection<AccountId> among);

    /** Those among the accounts holding a CONFIRMED registration for the event. */
    List<AccountId> confirmedAmong(EventId event, Collection<AccountId> among);
}
