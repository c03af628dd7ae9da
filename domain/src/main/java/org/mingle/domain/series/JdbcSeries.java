package org.mingle.domain.series;

import static org.mingle.db.jooq.Tables.EVENT_SERIES;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Optional;
import org.jooq.DSLContext;
import org.mingle.db.jooq.tables.records.EventSeriesRecord;
import org.mingle.domain.shared.FieldError;
import org.mingle.domain.shared.GroupId;
import org.mingle.domain.shared.SeriesId;

/** Series in PostgreSQL, through jOOQ. */
@Singleton
class JdbcSeries {

    private final DSLContext sql;

    JdbcSeries(DSLContext sql) {
        this.sql = sql;
    }

    void insert(SeriesId id, GroupId group, SeriesPlan plan) {
        var t = plan.template();
        sql.insertInto(EVENT_SERIES)
                .set(EVENT_SERIES.ID, id)
                .set(EVENT_SERIES.GROUP_ID, group)
                .set(EVENT_SERIES.TITLE, t.title())
                .set(EVENT_SERIES.DESCRIPTION, t.description())
                .set(EVENT_SERIES.VENUE, t.venue())
                .set(EVENT_SERIES.CAPACITY, t.capacity())
                .set(EVENT_SERIES.TIME_ZONE, t.timeZone().getId())
                .set(EVENT_SERIES.LOCAL_START_TIME, t.localStartTime())
                .set(EVENT_SERIES.DURATION_MINUTES, t.durationMinutes())
                .set(EVENT_SERIES.RRULE, t.rule().text())
                .set(EVENT_SERIES.FIRST_DATE, t.firstDate())
                .set(EVENT_SERIES.LAST_DATE, plan.lastDate())
                .set(EVENT_SERIES.OCCURRENCE_COUNT, plan.starts().size())
                .set(EVENT_SERIES.PUBLISH, t.publish())
                .execute();
    }

    Optional<Series> find(SeriesId id) {
        return sql.selectFrom(EVENT_SERIES).where(EVENT_SERIES.ID.eq(id)).fetchOptional(JdbcSeries::toSeries);
    }

    /** The series, its row locked until the transaction ends, so two extensions take turns. */
    Optional<Series> findForUpdate(SeriesId id) {
        return sql.selectFrom(EVENT_SERIES).where(EVENT_SERIES.ID.eq(id)).forUpdate()
                .fetchOptional(JdbcSeries::toSeries);
    }

    void extended(SeriesId id, LocalDate lastDate, int added) {
        sql.update(EVENT_SERIES)
                .set(EVENT_SERIES.LAST_DATE, lastDate)
                .set(EVENT_SERIES.OCCURRENCE_COUNT, EVENT_SERIES.OCCURRENCE_COUNT.plus(added))
                .where(EVENT_SERIES.ID.eq(id))
                .execute();
    }

    private static Series toSeries(EventSeriesRecord r) {
        // Stored rules were valid when stored; a rule that no longer parses is a bug, not an input error.
        var errors = new ArrayList<FieldError>();
        var rule = Recurrence.parse("rrule", r.getRrule(), errors)
                .orElseThrow(() -> new IllegalStateException("stored rule " + r.getRrule() + ": " + errors));
        var template = new SeriesTemplate(r.getTitle(), r.getDescription(), r.getVenue(), r.getCapacity(),
                ZoneId.of(r.getTimeZone()), r.getLocalStartTime(), r.getDurationMinutes(), rule, r.getFirstDate(),
                r.getPublish());
        return new Series(r.getId(), r.getGroupId(), template, r.getLastDate(), r.getOccurrenceCount(),
                r.getCreatedAt());
    }
}
