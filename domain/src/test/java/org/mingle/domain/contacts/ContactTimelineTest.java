package org.mingle.domain.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mingle.domain.connections.ConnectionId;
import org.mingle.domain.connections.ConnectionSource;
import org.mingle.domain.connections.FollowUp;
import org.mingle.domain.connections.PrivateNotes;
import org.mingle.domain.connections.SharedConnection;
import org.mingle.domain.endorsements.Endorsement;
import org.mingle.domain.endorsements.EndorsementId;
import org.mingle.domain.endorsements.EndorsementStatus;
import org.mingle.domain.events.EventId;
import org.mingle.domain.meetings.MeetingBetween;
import org.mingle.domain.meetings.MeetingRequestId;
import org.mingle.domain.meetings.Slot;
import org.mingle.domain.shared.AccountId;

/** The timeline's and keeping in touch's rules alone. */
class ContactTimelineTest {

    private static final Instant T0 = Instant.parse("2026-09-01T08:00:00Z");
    private static final AccountId VIEWER = new AccountId(UUID.randomUUID());
    private static final AccountId OTHER = new AccountId(UUID.randomUUID());
    private final EventId breakfast = EventId.newId();
    private final EventId mixer = EventId.newId();
    private final Map<EventId, String> titles = Map.of(breakfast, "Breakfast", mixer, "Mixer");

    @Test
    void everyMomentNewestFirstNotesAndFollowUpsOnlyWhenWritten() {
        var atBreakfast = connection(breakfast, T0, new PrivateNotes("Grid tariffs", List.of(), FollowUp.TO_CONTACT,
                LocalDate.parse("2026-09-10"), null), T0.plus(Duration.ofHours(2)));
        var atMixer = connection(mixer, T0.plus(Duration.ofDays(30)), PrivateNotes.NONE, T0.plus(Duration.ofDays(30)));
        var meeting = new MeetingBetween(MeetingRequestId.newId(), breakfast, T0.minus(Duration.ofHours(1)),
                new Slot(T0.plus(Duration.ofMinutes(30)), T0.plus(Duration.ofMinutes(45))), "Table 4");

        var timeline = ContactTimeline.of(VIEWER, List.of(atMixer, atBreakfast), List.of(meeting), List.of(), titles);

        assertThat(timeline).extracting(TimelineEntry::kind).containsExactly(TimelineKind.CONNECTED,
                TimelineKind.NOTE, TimelineKind.FOLLOW_UP, TimelineKind.MEETING, TimelineKind.CONNECTED);
        assertThat(timeline).extracting(TimelineEntry::detail).containsExactly("Connected at Mixer", "Grid tariffs",
                "To contact; reminder on 2026-09-10", "Met in a one-to-one meeting at Breakfast, Table 4",
                "Connected at Breakfast");
        assertThat(timeline.get(3).at()).as("a meeting with a slot is at its slot").isEqualTo(
                T0.plus(Duration.ofMinutes(30)));
    }

    @Test
    void endorsementsEitherWayTakeTheirPlaceSayingWhoEndorsedWhomForWhat() {
        var atBreakfast = connection(breakfast, T0, PrivateNotes.NONE, T0);
        var given = endorsement(VIEWER, OTHER, List.of("grids", "storage"), T0.plus(Duration.ofDays(2)));
        var received = endorsement(OTHER, VIEWER, List.of("policy"), T0.plus(Duration.ofDays(1)));

        var timeline = ContactTimeline.of(VIEWER, List.of(atBreakfast), List.of(), List.of(received, given), titles);

        assertThat(timeline).extracting(TimelineEntry::kind).containsExactly(TimelineKind.ENDORSEMENT,
                TimelineKind.ENDORSEMENT, TimelineKind.CONNECTED);
        assertThat(timeline).extracting(TimelineEntry::detail).containsExactly(
                "You endorsed them for grids, storage at Breakfast", "They endorsed you for policy at Breakfast",
                "Connected at Breakfast");
        assertThat(timeline).extracting(TimelineEntry::given).containsExactly(true, false, null);
    }

    private Endorsement endorsement(AccountId from, AccountId to, List<String> topics, Instant at) {
        return new Endorsement(EndorsementId.newId(), from, Optional.of("Someone"), to, breakfast,
                Optional.of("Breakfast"), topics, "", EndorsementStatus.APPROVED, at, Optional.of(at));
    }

    @Test
    void beingInTouchIsMeetingOrContactingNeverWritingANote() {
        var met = connection(breakfast, T0, new PrivateNotes("Later thoughts", List.of(), FollowUp.TO_CONTACT, null,
                null), T0.plus(Duration.ofDays(20)));
        assertThat(ContactTimeline.lastShared(List.of(met), List.of())).contains(T0);

        var contacted = connection(breakfast, T0, new PrivateNotes(null, List.of(), FollowUp.CONTACTED, null, null),
                T0.plus(Duration.ofDays(20)));
        assertThat(ContactTimeline.lastShared(List.of(contacted), List.of())).contains(T0.plus(Duration.ofDays(20)));

        var unscheduled = new MeetingBetween(MeetingRequestId.newId(), mixer, T0.plus(Duration.ofDays(40)), null,
                null);
        assertThat(ContactTimeline.lastShared(List.of(met), List.of(unscheduled)))
                .contains(T0.plus(Duration.ofDays(40)));
        assertThat(ContactTimeline.lastShared(List.of(), List.of())).isEmpty();
    }

    @Test
    void dueAPeriodAfterTheLastSharedMomentOrTheLastNoticeWhicheverIsLater() {
        var setAt = T0.plus(Duration.ofDays(100));
        assertThat(ContactTimeline.dueAt(KeepInTouchEvery.P30D, Optional.of(T0), setAt, Optional.empty()))
                .isEqualTo(T0.plus(Duration.ofDays(30)));
        assertThat(ContactTimeline.dueAt(KeepInTouchEvery.P90D, Optional.of(T0), setAt,
                Optional.of(T0.plus(Duration.ofDays(35))))).isEqualTo(T0.plus(Duration.ofDays(125)));
        assertThat(ContactTimeline.dueAt(KeepInTouchEvery.P180D, Optional.of(T0.plus(Duration.ofDays(50))), setAt,
                Optional.of(T0.plus(Duration.ofDays(35))))).isEqualTo(T0.plus(Duration.ofDays(230)));
        assertThat(ContactTimeline.dueAt(KeepInTouchEvery.P30D, Optional.empty(), setAt, Optional.empty()))
                .as("no shared moment left: from when it was set").isEqualTo(setAt.plus(Duration.ofDays(30)));
    }

    @Test
    void whatWeTalkedAboutIsTheLatestNoteElseTheLatestMeetingOrConnection() {
        var noted = connection(breakfast, T0, new PrivateNotes("Heat pumps", List.of(), FollowUp.NONE, null, null),
                T0.plus(Duration.ofHours(1)));
        var later = connection(mixer, T0.plus(Duration.ofDays(30)), PrivateNotes.NONE, T0.plus(Duration.ofDays(30)));

        assertThat(ContactTimeline.lastTopic(ContactTimeline.of(VIEWER, List.of(later, noted), List.of(), List.of(), titles)))
                .hasValueSatisfying(topic -> assertThat(topic.text()).isEqualTo("Heat pumps"));
        assertThat(ContactTimeline.lastTopic(ContactTimeline.of(VIEWER, List.of(later), List.of(), List.of(), titles)))
                .hasValueSatisfying(topic -> assertThat(topic.detail()).isEqualTo("Connected at Mixer"));
        assertThat(KeepInTouchEvery.parse("P90D")).contains(KeepInTouchEvery.P90D);
        assertThat(KeepInTouchEvery.parse("90")).isEmpty();
        assertThat(KeepInTouchEvery.parse("p30d")).isEmpty();
    }

    private static SharedConnection connection(EventId event, Instant at, PrivateNotes notes, Instant changed) {
        return new SharedConnection(ConnectionId.newId(), event, at, ConnectionSource.CODE, notes, changed);
    }
}
