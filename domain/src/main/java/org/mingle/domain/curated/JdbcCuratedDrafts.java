package org.mingle.domain.curated;

import static org.mingle.db.jooq.Tables.CURATED_DRAFTS;
import static org.mingle.db.jooq.Tables.CURATED_DRAFT_MEETINGS;
import static org.mingle.db.jooq.Tables.CURATED_DRAFT_SHORTFALLS;
import static org.mingle.db.jooq.Tables.CURATED_MEETING_REASONS;
import static org.mingle.db.jooq.Tables.CURATED_SETTINGS;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.mingle.domain.events.EventId;
import org.mingle.domain.events.EventLocks;
import org.mingle.domain.meetings.MeetingRequestId;
import org.mingle.domain.meetings.Slot;
import org.mingle.domain.meetings.SlotBook;
import org.mingle.domain.shared.AccountId;

/** Settings, drafts and reasons in PostgreSQL. */
@Singleton
class JdbcCuratedDrafts implements CuratedDrafts {

    private final DSLContext sql;
    private final EventLocks events;

    JdbcCuratedDrafts(DSLContext sql, EventLocks events) {
        this.sql = sql;
        this.events = events;
    }

    @Override
    public void lockEvent(EventId event) {
        events.lock(event);
    }

    @Override
    public Optional<CuratedSettings> settings(EventId event) {
        return sql.selectFrom(CURATED_SETTINGS).where(CURATED_SETTINGS.EVENT_ID.eq(event))
                .fetchOptional(r -> new CuratedSettings(r.getMinimumMeetings(), r.getMaximumMeetings()));
    }

    @Override
    public void putSettings(EventId event, CuratedSettings settings) {
        short minimum = (short) settings.minimumMeetings();
        short maximum = (short) settings.maximumMeetings();
        sql.insertInto(CURATED_SETTINGS)
                .set(CURATED_SETTINGS.EVENT_ID, event)
                .set(CURATED_SETTINGS.MINIMUM_MEETINGS, minimum)
                .set(CURATED_SETTINGS.MAXIMUM_MEETINGS, maximum)
                .onConflict(CURATED_SETTINGS.EVENT_ID).doUpdate()
                .set(CURATED_SETTINGS.MINIMUM_MEETINGS, minimum)
                .set(CURATED_SETTINGS.MAXIMUM_MEETINGS, maximum)
                .execute();
    }

    @Override
    public void replace(EventId event, Instant generatedAt, AccountId generatedBy, int participants,
                        CuratedSchedule schedule) {
        sql.deleteFrom(CURATED_DRAFTS).where(CURATED_DRAFTS.EVENT_ID.eq(event)).execute();
        var totals = schedule.totals();
        sql.insertInto(CURATED_DRAFTS)
                .set(CURATED_DRAFTS.EVENT_ID, event)
                .set(CURATED_DRAFTS.GENERATED_AT, generatedAt)
                .set(CURATED_DRAFTS.GENERATED_BY, generatedBy)
                .set(CURATED_DRAFTS.PARTICIPANTS, participants)
                .set(CURATED_DRAFTS.MISSING, totals.missing())
                .set(CURATED_DRAFTS.WISHES, totals.wishes())
                .set(CURATED_DRAFTS.SCORE, totals.score())
                .execute();
        var meetings = sql.insertInto(CURATED_DRAFT_MEETINGS, CURATED_DRAFT_MEETINGS.EVENT_ID,
                CURATED_DRAFT_MEETINGS.POSITION, CURATED_DRAFT_MEETINGS.FIRST_ACCOUNT,
                CURATED_DRAFT_MEETINGS.SECOND_ACCOUNT, CURATED_DRAFT_MEETINGS.SESSION_ID,
                CURATED_DRAFT_MEETINGS.STARTS_AT, CURATED_DRAFT_MEETINGS.ENDS_AT, CURATED_DRAFT_MEETINGS.TABLE_ID,
                CURATED_DRAFT_MEETINGS.PLACE, CURATED_DRAFT_MEETINGS.SCORE, CURATED_DRAFT_MEETINGS.REASON,
                CURATED_DRAFT_MEETINGS.ASKED_BY);
        int position = 0;
        for (CuratedMeeting meeting : schedule.meetings()) {
            SlotBook.Placement at = meeting.placement();
            meetings = meetings.values(event, position++, meeting.first(), meeting.second(), at.session(),
                    at.slot().startsAt(), at.slot().endsAt(), at.table(), (short) at.place(), meeting.score(),
                    meeting.reason(), meeting.askedBy());
        }
        if (position > 0) {
            meetings.execute();
        }
        var shortfalls = sql.insertInto(CURATED_DRAFT_SHORTFALLS, CURATED_DRAFT_SHORTFALLS.EVENT_ID,
                CURATED_DRAFT_SHORTFALLS.ACCOUNT_ID, CURATED_DRAFT_SHORTFALLS.MINIMUM,
                CURATED_DRAFT_SHORTFALLS.MEETINGS, CURATED_DRAFT_SHORTFALLS.CAUSE);
        for (Shortfall shortfall : schedule.shortfalls()) {
            shortfalls = shortfalls.values(event, shortfall.person(), (short) shortfall.minimum(),
                    (short) shortfall.meetings(), shortfall.cause());
        }
        if (!schedule.shortfalls().isEmpty()) {
            shortfalls.execute();
        }
    }

    @Override
    public Optional<Stored> find(EventId event) {
        return sql.selectFrom(CURATED_DRAFTS).where(CURATED_DRAFTS.EVENT_ID.eq(event)).fetchOptional().map(draft -> {
            List<CuratedMeeting> meetings = sql.selectFrom(CURATED_DRAFT_MEETINGS)
                    .where(CURATED_DRAFT_MEETINGS.EVENT_ID.eq(event))
                    .orderBy(CURATED_DRAFT_MEETINGS.POSITION)
                    .fetch(r -> new CuratedMeeting(r.getFirstAccount(), r.getSecondAccount(),
                            new SlotBook.Placement(r.getSessionId(), new Slot(r.getStartsAt(), r.getEndsAt()),
                                    r.getTableId(), r.getPlace()),
                            r.getScore(), r.getReason(), r.getAskedBy()));
            List<Shortfall> shortfalls = sql.selectFrom(CURATED_DRAFT_SHORTFALLS)
                    .where(CURATED_DRAFT_SHORTFALLS.EVENT_ID.eq(event))
                    .orderBy(CURATED_DRAFT_SHORTFALLS.MINIMUM.minus(CURATED_DRAFT_SHORTFALLS.MEETINGS).desc(),
                            CURATED_DRAFT_SHORTFALLS.ACCOUNT_ID)
                    .fetch(r -> new Shortfall(r.getAccountId(), r.getMinimum(), r.getMeetings(), r.getCause()));
            var schedule = new CuratedSchedule(meetings, shortfalls,
                    new CuratedSchedule.Totals(draft.getMissing(), draft.getWishes(), draft.getScore()));
            var publication = draft.getPublishedAt() == null ? null : new CuratedDraft.Publication(
                    draft.getPublishedAt(), draft.getBookedCount(), draft.getSkippedCount());
            return new Stored(draft.getGeneratedAt(), draft.getParticipants(), schedule, publication);
        });
    }

    @Override
    public void markPublished(EventId event, CuratedDraft.Publication publication) {
        sql.update(CURATED_DRAFTS)
                .set(CURATED_DRAFTS.PUBLISHED_AT, publication.at())
                .set(CURATED_DRAFTS.BOOKED_COUNT, publication.booked())
                .set(CURATED_DRAFTS.SKIPPED_COUNT, publication.skipped())
                .where(CURATED_DRAFTS.EVENT_ID.eq(event))
                .execute();
    }

    @Override
    public void keepReasons(EventId event, Map<MeetingRequestId, CuratedMeeting> published) {
        if (published.isEmpty()) {
            return;
        }
        var insert = sql.insertInto(CURATED_MEETING_REASONS, CURATED_MEETING_REASONS.REQUEST_ID,
                CURATED_MEETING_REASONS.EVENT_ID, CURATED_MEETING_REASONS.REASON, CURATED_MEETING_REASONS.ASKED_BY);
        for (var entry : published.entrySet()) {
            insert = insert.values(entry.getKey(), event, entry.getValue().reason(), entry.getValue().askedBy());
        }
        insert.onConflict(CURATED_MEETING_REASONS.REQUEST_ID).doNothing().execute();
    }

    @Override
    public Map<MeetingRequestId, Reason> reasons(Collection<MeetingRequestId> meetings) {
        if (meetings.isEmpty()) {
            return Map.of();
        }
        return sql.selectFrom(CURATED_MEETING_REASONS).where(CURATED_MEETING_REASONS.REQUEST_ID.in(meetings))
                .fetch().stream()
                .collect(Collectors.toMap(r -> r.getRequestId(), r -> new Reason(r.getReason(), r.getAskedBy())));
    }

    @Override
    public void erase(AccountId account) {
        sql.deleteFrom(CURATED_MEETING_REASONS).where(CURATED_MEETING_REASONS.ASKED_BY.eq(account)).execute();
        sql.deleteFrom(CURATED_DRAFT_MEETINGS)
                .where(CURATED_DRAFT_MEETINGS.FIRST_ACCOUNT.eq(account)
                        .or(CURATED_DRAFT_MEETINGS.SECOND_ACCOUNT.eq(account)))
                .execute();
        sql.deleteFrom(CURATED_DRAFT_SHORTFALLS).where(CURATED_DRAFT_SHORTFALLS.ACCOUNT_ID.eq(account)).execute();
    }
}
