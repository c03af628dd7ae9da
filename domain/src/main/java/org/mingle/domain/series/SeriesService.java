package org.mingle.domain.series;

import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.List;
import org.mingle.domain.events.Event;
import org.mingle.domain.events.EventInput;
import org.mingle.domain.events.EventService;
import org.mingle.domain.shared.AccessDeniedException;
import org.mingle.domain.shared.AccountId;
import org.mingle.domain.shared.GroupId;
import org.mingle.domain.shared.GroupOrganizers;
import org.mingle.domain.shared.SeriesId;

/**
 * The series feature's entry point for the API and the UI. A group's owners and organizers plan a series from a
 * template and a recurrence rule, then create it: each date becomes a normal event, created through the events
 * feature in one transaction, so either every occurrence exists or none.
 */
@Singleton
public class SeriesService {

    private final JdbcSeries series;
    private final EventService events;
    private final GroupOrganizers organizers;
    private final Clock clock;

    SeriesService(JdbcSeries series, EventService events, GroupOrganizers organizers, Clock clock) {
        this.series = series;
        this.events = events;
        this.organizers = organizers;
        this.clock = clock;
    }

    /**
     * The occurrences a series would have, without creating anything.
     *
     * @throws org.mingle.domain.shared.InvalidInputException naming every refused field
     */
    @ReadOnly
    public SeriesPlan preview(AccountId actor, GroupId group, SeriesInput input) {
        requireOrganizer(actor, group);
        return SeriesPlan.of(input, clock.instant());
    }

    /** Creates the series and one event per date, owned by the actor, published or drafts as the input says. */
    @Transactional
    public SeriesView create(AccountId actor, GroupId group, SeriesInput input) {
        requireOrganizer(actor, group);
        var plan = SeriesPlan.of(input, clock.instant());
        var id = SeriesId.newId();
        series.insert(id, group, plan);
        var created = createOccurrences(actor, group, id, plan);
        return new SeriesView(series.find(id).orElseThrow(), created);
    }

    /** The series and its events as they are now, for its group's owners and organizers (others: not found). */
    @ReadOnly
    public SeriesView get(AccountId viewer, SeriesId id) {
        var found = series.find(id).filter(s -> organizers.organizes(s.groupId(), viewer))
                .orElseThrow(() -> new SeriesNotFoundException(id));
        return new SeriesView(found, events.inSeries(id));
    }

    /**
     * The dates an extension would add, without creating anything.
     *
     * @throws org.mingle.domain.shared.InvalidInputException naming {@code count} or {@code until}
     */
    @ReadOnly
    public SeriesPlan previewExtension(AccountId actor, SeriesId id, Integer count, String until) {
        var found = organized(actor, id, false);
        return SeriesPlan.extension(found.template(), found.lastDate(), count, until, clock.instant());
    }

    /**
     * Continues the rule after the series' last date: {@code count} more dates, or those up to {@code until}. The
     * series row stays locked meanwhile, so two extensions at once never create the same date twice.
     */
    @Transactional
    public SeriesView extend(AccountId actor, SeriesId id, Integer count, String until) {
        var found = organized(actor, id, true);
        var plan = SeriesPlan.extension(found.template(), found.lastDate(), count, until, clock.instant());
        createOccurrences(actor, found.groupId(), id, plan);
        series.extended(id, plan.lastDate(), plan.starts().size());
        return new SeriesView(series.find(id).orElseThrow(), events.inSeries(id));
    }

    private List<Event> createOccurrences(AccountId actor, GroupId group, SeriesId id, SeriesPlan plan) {
        var template = plan.template();
        return plan.starts().stream().map(start -> createOccurrence(actor, group, id, template, start)).toList();
    }

    private Event createOccurrence(AccountId actor, GroupId group, SeriesId id, SeriesTemplate template,
                                   ZonedDateTime start) {
        // The end is the start plus the duration in real time: a 2-hour evening stays 2 hours across a change.
        var input = new EventInput(template.title(), template.description(), start.toInstant(),
                start.toInstant().plus(template.duration()), template.timeZone().getId(), template.venue(),
                template.capacity(), null, false, null);
        var event = events.create(actor, input);
        events.placeInSeries(actor, event.id(), group, id);
        return template.publish() ? events.publish(actor, event.id()) : event;
    }

    private Series organized(AccountId actor, SeriesId id, boolean lock) {
        var found = (lock ? series.findForUpdate(id) : series.find(id))
                .orElseThrow(() -> new SeriesNotFoundException(id));
        if (!organizers.organizes(found.groupId(), actor)) {
            throw new SeriesNotFoundException(id);
        }
        return found;
    }

    /**
     * Refuses an actor who does not run the group, for pages that open a series form before anything is typed.
     *
     * @throws GroupNotFoundException when the group does not exist
     * @throws AccessDeniedException when the actor is no OWNER or ORGANIZER of it
     */
    @ReadOnly
    public void requireOrganizer(AccountId actor, GroupId group) {
        if (!organizers.organizes(group, actor)) {
            if (!organizers.exists(group)) {
                throw new GroupNotFoundException(group);
            }
            throw new AccessDeniedException("Only the group's owners and organizers can create its series.");
        }
    }
}
