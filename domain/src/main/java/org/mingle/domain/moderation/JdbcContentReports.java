package org.mingle.domain.moderation;

import static org.mingle.db.jooq.Tables.CONTENT_REPORTS;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.mingle.db.jooq.tables.records.ContentReportsRecord;
import org.mingle.domain.shared.AccountId;
import org.mingle.domain.shared.Page;
import org.mingle.domain.shared.PageRequest;

/** Reports in PostgreSQL, without the reporters' names (the service adds those from accounts). */
@Singleton
class JdbcContentReports {

    /** The most open reports the administration page groups at once; more wait for the next look. */
    static final int OPEN_SHOWN = 500;

    private final DSLContext sql;

    JdbcContentReports(DSLContext sql) {
        this.sql = sql;
    }

    /** Makes one reporter's reports take turns until the transaction ends, so the daily limit and "one open" hold. */
    void lockReporter(AccountId reporter) {
        sql.execute("select pg_advisory_xact_lock(hashtextextended('content-reports:' || {0}, 0))",
                DSL.val(reporter.toString()));
    }

    void insert(ContentReportId id, SubjectKind kind, UUID subject, AccountId reporter, ReportReason reason,
                String details, Instant now) {
        sql.insertInto(CONTENT_REPORTS)
                .set(CONTENT_REPORTS.ID, id)
                .set(CONTENT_REPORTS.SUBJECT_KIND, kind)
                .set(CONTENT_REPORTS.SUBJECT_ID, subject)
                .set(CONTENT_REPORTS.REPORTER_ID, reporter)
                .set(CONTENT_REPORTS.REASON, reason)
                .set(CONTENT_REPORTS.DETAILS, details)
                .set(CONTENT_REPORTS.STATUS, ReportStatus.OPEN)
                .set(CONTENT_REPORTS.CREATED_AT, now)
                .execute();
    }

    boolean hasOpen(SubjectKind kind, UUID subject, AccountId reporter) {
        return sql.fetchExists(CONTENT_REPORTS, CONTENT_REPORTS.SUBJECT_KIND.eq(kind)
                .and(CONTENT_REPORTS.SUBJECT_ID.eq(subject)).and(CONTENT_REPORTS.REPORTER_ID.eq(reporter))
                .and(CONTENT_REPORTS.STATUS.eq(ReportStatus.OPEN)));
    }

    /** When the reporter filed the reports of the day before {@code now}, whatever became of them. */
    List<Instant> filedSince(AccountId reporter, Instant since) {
        return sql.select(CONTENT_REPORTS.CREATED_AT).from(CONTENT_REPORTS)
                .where(CONTENT_REPORTS.REPORTER_ID.eq(reporter).and(CONTENT_REPORTS.CREATED_AT.gt(since)))
                .fetch(CONTENT_REPORTS.CREATED_AT);
    }

    Optional<ContentReport> find(ContentReportId id) {
        return sql.selectFrom(CONTENT_REPORTS).where(CONTENT_REPORTS.ID.eq(id))
                .fetchOptional(JdbcContentReports::report);
    }

    /** The reports with this status, newest first. */
    Page<ContentReport> withStatus(ReportStatus status, PageRequest page) {
        var condition = CONTENT_REPORTS.STATUS.eq(status);
        var items = sql.selectFrom(CONTENT_REPORTS).where(condition)
                .orderBy(CONTENT_REPORTS.CREATED_AT.desc(), CONTENT_REPORTS.ID)
                .limit(page.size()).offset(page.offset())
                .fetch(JdbcContentReports::report);
        return new Page<>(items, page.page(), page.size(), sql.fetchCount(CONTENT_REPORTS, condition));
    }

    /** Open reports, oldest first, at most {@link #OPEN_SHOWN}. */
    List<ContentReport> open() {
        return sql.selectFrom(CONTENT_REPORTS).where(CONTENT_REPORTS.STATUS.eq(ReportStatus.OPEN))
                .orderBy(CONTENT_REPORTS.CREATED_AT, CONTENT_REPORTS.ID)
                .limit(OPEN_SHOWN)
                .fetch(JdbcContentReports::report);
    }

    /** Resolves one open report; false when it is not open (any more). */
    boolean resolve(ContentReportId id, ReportStatus status, AccountId by, Instant now) {
        return sql.update(CONTENT_REPORTS)
                .set(CONTENT_REPORTS.STATUS, status)
                .set(CONTENT_REPORTS.RESOLVED_BY, by)
                .set(CONTENT_REPORTS.RESOLVED_AT, now)
                .where(CONTENT_REPORTS.ID.eq(id).and(CONTENT_REPORTS.STATUS.eq(ReportStatus.OPEN)))
                .execute() == 1;
    }

    /** Resolves every open report of a subject; how many there were. */
    int resolveAll(SubjectKind kind, UUID subject, ReportStatus status, AccountId by, Instant now) {
        return sql.update(CONTENT_REPORTS)
                .set(CONTENT_REPORTS.STATUS, status)
                .set(CONTENT_REPORTS.RESOLVED_BY, by)
                .set(CONTENT_REPORTS.RESOLVED_AT, now)
                .where(CONTENT_REPORTS.SUBJECT_KIND.eq(kind).and(CONTENT_REPORTS.SUBJECT_ID.eq(subject))
                        .and(CONTENT_REPORTS.STATUS.eq(ReportStatus.OPEN)))
                .execute();
    }

    /** The reports the account filed, oldest first, for the personal-data export. */
    List<ContentReport> filedBy(AccountId reporter) {
        return sql.selectFrom(CONTENT_REPORTS).where(CONTENT_REPORTS.REPORTER_ID.eq(reporter))
                .orderBy(CONTENT_REPORTS.CREATED_AT, CONTENT_REPORTS.ID)
                .fetch(JdbcContentReports::report);
    }

    /**
     * Forgets who filed and resolved reports, and the words an erased reporter wrote; the reports themselves stay,
     * so administrators still see how often a subject was reported.
     */
    void forget(AccountId account) {
        sql.update(CONTENT_REPORTS).set(CONTENT_REPORTS.REPORTER_ID, (AccountId) null)
                .set(CONTENT_REPORTS.DETAILS, "")
                .where(CONTENT_REPORTS.REPORTER_ID.eq(account)).execute();
        sql.update(CONTENT_REPORTS).set(CONTENT_REPORTS.RESOLVED_BY, (AccountId) null)
                .where(CONTENT_REPORTS.RESOLVED_BY.eq(account)).execute();
    }

    private static ContentReport report(ContentReportsRecord r) {
        return new ContentReport(r.getId(), r.getSubjectKind(), r.getSubjectId(), Optional.empty(),
                Optional.ofNullable(r.getReporterId()), Optional.empty(), r.getReason(), r.getDetails(),
                r.getStatus(), r.getCreatedAt(), Optional.ofNullable(r.getResolvedBy()),
                Optional.ofNullable(r.getResolvedAt()));
    }
}
