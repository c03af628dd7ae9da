package org.mingle.domain.curated;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mingle.domain.events.EventId;
import org.mingle.domain.meetings.MeetingRequestId;
import org.mingle.domain.shared.AccountId;

/** Where organizers' settings, generated schedules and the reasons of published meetings are kept. */
interface CuratedDrafts {

    /** Locks the event's row until the transaction ends: generating and publishing take turns with every booking. */
    void lockEvent(EventId event);

    Optional<CuratedSettings> settings(EventId event);

    void putSettings(EventId event, CuratedSettings settings);

    /** Replaces the event's draft with this schedule. */
    void replace(EventId event, Instant generatedAt, AccountId generatedBy, int participants,
                 CuratedSchedule schedule);

    /** The event's draft as stored, without names: meetings in slot order. */
    Optional<Stored> find(EventId event);

    void markPublished(EventId event, CuratedDraft.Publication publication);

    /** Keeps why each of these published meetings was arranged. */
    void keepReasons(EventId event, Map<MeetingRequestId, CuratedMeeting> published);

    /** Why these meetings were arranged, where a published schedule arranged them. */
    Map<MeetingRequestId, Reason> reasons(Collection<MeetingRequestId> meetings);

    /** Forgets what drafts and reasons say about the account: its meetings, shortfalls and the wishes it made. */
    void erase(AccountId account);

    record Stored(Instant generatedAt, int participants, CuratedSchedule schedule,
                  CuratedDraft.Publication publication) {
    }

    record Reason(CuratedMeeting.Reason reason, AccountId askedBy) {
    }
}
