package org.mingle.domain.curated;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mingle.domain.events.Event;
import org.mingle.domain.events.EventAccess;
import org.mingle.domain.events.EventId;
import org.mingle.domain.events.EventRole;
import org.mingle.domain.events.EventService;
import org.mingle.domain.matching.AttendeeCategories;
import org.mingle.domain.registration.Registration;
import org.mingle.domain.registration.RegistrationId;
import org.mingle.domain.registration.RegistrationNotFoundException;
import org.mingle.domain.registration.RegistrationService;
import org.mingle.domain.shared.AccessDeniedException;
import org.mingle.domain.shared.AccountId;
import org.mingle.domain.shared.InvalidInputException;

/**
 * Attendee categories and who may meet whom, for the API and the UI (decision 54): an event's organizers define the
 * categories and the rules and put registrants into categories; whoever may see the event reads the categories and
 * rules; an attendee sees their own category. Meeting requests, recommendations and rounds keep to the rules through
 * the ports of the meetings and matching features, and the curated scheduler takes {@link #ruleFor}.
 */
@Singleton
public class CategoryService {

    private final JdbcCategories categories;
    private final EventService events;
    private final RegistrationService registrations;
    private final ApplicationEventPublisher<AttendeeCategories.RulesChanged> rulesChanged;
    private final ApplicationEventPublisher<AttendeeCategories.Assigned> assigned;

    CategoryService(JdbcCategories categories, EventService events, RegistrationService registrations,
                    ApplicationEventPublisher<AttendeeCategories.RulesChanged> rulesChanged,
                    ApplicationEventPublisher<AttendeeCategories.Assigned> assigned) {
        this.categories = categories;
        this.events = events;
        this.registrations = registrations;
        this.rulesChanged = rulesChanged;
        this.assigned = assigned;
    }

    /** The event's categories and rules, for whoever may see the event. */
    @ReadOnly
    public EventCategories categories(Optional<AccountId> viewer, EventId event) {
        events.get(viewer, event);
        return categories.of(event);
    }

    /** Whether the viewer may change the event's categories and put people into them: what the pages offer. */
    @ReadOnly
    public boolean mayEdit(Optional<AccountId> viewer, EventId event) {
        return EventAccess.canManage(events.roleOf(viewer, event));
    }

    /**
     * Makes the event's categories and rules these. Categories that keep their key keep their people; the people of
     * a category taken away have none from now on.
     *
     * @throws InvalidInputException naming every refused field (see {@link EventCategories#check})
     * @throws AccessDeniedException when the actor is not an organizer (OWNER or CO_ORGANIZER) of the event
     */
    @Transactional
    public EventCategories replace(AccountId actor, EventId event, List<Category> wanted,
                                   List<EventCategories.Rule> rules) {
        requireOrganizer(actor, event);
        EventCategories checked = EventCategories.check(wanted, rules);
        categories.lockForChange(event);
        categories.replace(event, checked);
        rulesChanged.publishEvent(new AttendeeCategories.RulesChanged(event));
        return categories.of(event);
    }

    /**
     * Puts the registrant into a category, or into none when {@code key} is null.
     *
     * @return the registrant's category now
     * @throws RegistrationNotFoundException when the event has no such registration
     * @throws InvalidInputException for {@code category} when the event has no category with that key
     * @throws AccessDeniedException when the actor is not an organizer (OWNER or CO_ORGANIZER) of the event
     */
    @Transactional
    public Assignment assign(AccountId actor, EventId event, RegistrationId registrationId, String key) {
        requireOrganizer(actor, event);
        Registration registration = registrations.registration(actor, event, registrationId);
        categories.lockForAssignment(event);
        AccountId person = registration.accountId();
        Optional<Category> category = Optional.empty();
        if (key == null) {
            categories.unassign(event, person);
        } else {
            category = categories.of(event).category(key);
            if (category.isEmpty()) {
                throw InvalidInputException.of("category", "is not one of this event's categories");
            }
            categories.assign(event, person, key);
        }
        assigned.publishEvent(new AttendeeCategories.Assigned(event, person));
        return new Assignment(registrationId, person, category);
    }

    /** Each registrant's category at the event (those without one are missing), for the event's team. */
    @ReadOnly
    public Map<AccountId, Category> assignments(AccountId actor, EventId event) {
        Event seen = events.get(Optional.of(actor), event);
        Optional<EventRole> role = events.roleOf(Optional.of(actor), event);
        EventAccess.require(EventAccess.canSeeRegistrations(role), seen, role,
                "Only the event's team can see its registrations.");
        EventCategories defined = categories.of(event);
        Map<AccountId, Category> found = new HashMap<>();
        categories.assignments(event).forEach((account, key) ->
                defined.category(key).ifPresent(category -> found.put(account, category)));
        return found;
    }

    /** The actor's own category at the event, while their registration is active. */
    @ReadOnly
    public Optional<Category> mine(AccountId actor, EventId event) {
        events.get(Optional.of(actor), event);
        if (registrations.mineAt(actor, event).isEmpty()) {
            return Optional.empty();
        }
        return categories.categoryOf(event, actor).flatMap(key -> categories.of(event).category(key));
    }

    /**
     * Who may meet whom at the event by its categories, as they are now, for planning meetings (the curated scheduler).
     * The caller checks who may plan; blocks and colleagues are the matching engine's {@code mayMeet}.
     */
    @ReadOnly
    public MeetingRule ruleFor(EventId event) {
        EventCategories defined = categories.of(event);
        return defined.any() ? defined.meetingRule(categories.assignments(event)) : MeetingRule.ANYONE;
    }

    private void requireOrganizer(AccountId actor, EventId eventId) {
        Event event = events.get(Optional.of(actor), eventId);
        Optional<EventRole> role = events.roleOf(Optional.of(actor), eventId);
        EventAccess.require(EventAccess.canManage(role), event, role,
                "Only the event's organizers can change its categories.");
    }
}
