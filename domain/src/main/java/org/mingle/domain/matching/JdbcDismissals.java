package org.mingle.domain.matching;

import static org.jooq.Records.mapping;
import static org.mingle.db.jooq.Tables.RECOMMENDATION_DISMISSALS;

import jakarta.inject.Singleton;
import java.util.List;
import org.jooq.DSLContext;
import org.mingle.domain.events.EventId;
import org.mingle.domain.shared.AccountId;

/** Dismissals in PostgreSQL. */
@Singleton
class JdbcDismissals implements Dismissals {

    private static final org.mingle.db.jooq.tables.RecommendationDismissals D = RECOMMENDATION_DISMISSALS;

    private final DSLContext sql;

    JdbcDismissals(DSLContext sql) {
        this.sql = sql;
    }

    @Override
    public void put(Dismissal dismissal) {
        sql.insertInto(D, D.EVENT_ID, D.VIEWER_ID, D.DISMISSED_ID, D.REASON, D.DISMISSED_AT)
                .values(dismissal.event(), dismissal.viewer(), dismissal.dismissed(), dismissal.reason(),
                        dismissal.at())
                .onConflict(D.EVENT_ID, D.VIEWER_ID, D.DISMISSED_ID)
                .doUpdate().set(D.REASON, dismissal.reason()).set(D.DISMISSED_AT, dismissal.at())
                .execute();
    }

    @Override
    public boolean remove(EventId event, AccountId viewer, AccountId dismissed) {
        return sql.deleteFrom(D)
                .where(D.EVENT_ID.eq(event).and(D.VIEWER_ID.eq(viewer)).and(D.DISMISSED_ID.eq(dismissed)))
                .execute() > 0;
    }

    @Override
    public List<Dismissal> at(EventId event, AccountId viewer) {
        return sql.select(D.EVENT_ID, D.VIEWER_ID, D.DISMISSED_ID, D.REASON, D.DISMISSED_AT).from(D)
                .where(D.EVENT_ID.eq(event).and(D.VIEWER_ID.eq(viewer)))
                .orderBy(D.DISMISSED_AT, D.DISMISSED_ID)
                .fetch(mapping(Dismissal::new));
    }

    @Override
    public List<Dismissal> madeBy(AccountId viewer) {
        return sql.select(D.EVENT_ID, D.VIEWER_ID, D.DISMISSED_ID, D.REASON, D.DISMISSED_AT).from(D)
                .where(D.VIEWER_ID.eq(viewer))
                .orderBy(D.DISMISSED_AT, D.EVENT_ID, D.DISMISSED_ID)
                .fetch(mapping(Dismissal::new));
    }

    @Override
    public void removeAllOf(AccountId account) {
        sql.deleteFrom(D).where(D.VIEWER_ID.eq(account).or(D.DISMISSED_ID.eq(account))).execute();
    }
}
