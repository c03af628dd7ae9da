package org.mingle.domain.contacts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.mingle.domain.connections.FollowUp;
import org.mingle.domain.connections.SharedConnection;
import org.mingle.domain.endorsements.Endorsement;
import org.mingle.domain.events.EventId;
import org.mingle.domain.meetings.MeetingBetween;
import org.mingle.domain.shared.AccountId;

/**
 * The rules of a contact's timeline and of keeping in touch, in plain Java (decision 48): which moments it shows,
 * which of them count as being in touch, and when keeping in touch is due.
 */
final class ContactTimeline {

    /** Follow-up states that say the viewer got in touch: they count as a shared moment. */
    static final Set<FollowUp> IN_TOUCH = Set.of(FollowUp.CONTACTED, FollowUp.MEETING_BOOKED, FollowUp.DONE);

    private ContactTimeline() {
    }

    /**
     * Every moment, newest first: a CONNECTED per event where the two connected, the viewer's NOTE and FOLLOW_UP on
     * each (when they wrote one, at their last change), a MEETING per meeting agreed, an ENDORSEMENT per endorsement
     * either gave the other (as far as {@code EndorsementService.between} shows it). Ties keep that order.
     */
    static List<TimelineEntry> of(AccountId viewer, List<SharedConnection> connections, List<MeetingBetween> meetings,
                                  List<Endorsement> endorsements, Map<EventId, String> titles) {
        List<TimelineEntry> entries = new ArrayList<>();
        for (SharedConnection connection : connections) {
            String title = titles.get(connection.eventId());
            entries.add(new TimelineEntry(connection.connectedAt(), TimelineKind.CONNECTED, connection.eventId(),
                    title, null, null, null, null));
            var notes = connection.notes();
            if (notes.note() != null && !notes.note().isBlank()) {
                entries.add(new TimelineEntry(connection.notesChangedAt(), TimelineKind.NOTE, connection.eventId(),
                        title, notes.note(), null, null, null));
            }
            if (notes.followUp() != FollowUp.NONE || notes.remindAt() != null) {
                entries.add(new TimelineEntry(connection.notesChangedAt(), TimelineKind.FOLLOW_UP,
                        connection.eventId(), title, null, notes.followUp(), notes.remindAt(), null));
            }
        }
        for (MeetingBetween meeting : meetings) {
            entries.add(new TimelineEntry(meeting.at(), TimelineKind.MEETING, meeting.eventId(),
                    titles.get(meeting.eventId()), meeting.tableName(), null, null, null));
        }
        for (Endorsement endorsement : endorsements) {
            entries.add(new TimelineEntry(endorsement.createdAt(), TimelineKind.ENDORSEMENT, endorsement.eventId(),
                    titles.get(endorsement.eventId()), String.join(", ", endorsement.topics()), null, null,
                    endorsement.endorser().equals(viewer)));
        }
        // Stable sort: equal times keep the order above.
        entries.sort(Comparator.comparing(TimelineEntry::at).reversed());
        return entries;
    }

    /**
     * The latest moment the two were in touch: connecting, a meeting (its slot, even one still to come), or the
     * viewer recording that they contacted the other. Private notes alone do not count: writing about someone is not
     * being in touch with them.
     */
    static Optional<Instant> lastShared(List<SharedConnection> connections, List<MeetingBetween> meetings) {
        return Stream.concat(
                connections.stream().flatMap(connection -> IN_TOUCH.contains(connection.notes().followUp())
                        ? Stream.of(connection.connectedAt(), connection.notesChangedAt())
                        : Stream.of(connection.connectedAt())),
                meetings.stream().map(MeetingBetween::at)).max(Comparator.naturalOrder());
    }

    /**
     * When keeping in touch is due: the period after the last shared moment or the last notice, whichever is later (a
     * notice starts the next period, so nobody is told twice about the same silence). Without any shared moment (the
     * history was removed meanwhile) the period runs from when the setting was made.
     */
    static Instant dueAt(KeepInTouchEvery every, Optional<Instant> lastShared, Instant setAt,
                         Optional<Instant> noticedAt) {
        Instant from = lastShared.orElse(setAt);
        if (noticedAt.isPresent() && noticedAt.get().isAfter(from)) {
            from = noticedAt.get();
        }
        return from.plus(every.period());
    }

    /** What the two talked about last: the viewer's latest note, else the latest meeting's or connection's words. */
    static Optional<TimelineEntry> lastTopic(List<TimelineEntry> timeline) {
        return timeline.stream().filter(entry -> entry.kind() == TimelineKind.NOTE).findFirst()
                .or(() -> timeline.stream().filter(entry -> entry.kind() == TimelineKind.MEETING
                        || entry.kind() == TimelineKind.CONNECTED).findFirst());
    }
}
