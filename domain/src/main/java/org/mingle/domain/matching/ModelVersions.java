package org.mingle.domain.matching;

import static org.jooq.impl.DSL.any;
import static org.mingle.db.jooq.Tables.MATCHING_VERSIONS;

import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.mingle.domain.events.EventId;
import org.mingle.domain.shared.AccountId;

/**
 * Each event's matching version in PostgreSQL, and the notifications that carry changes to every app instance. Raising
 * a version and notifying happen in the changing transaction, so both take effect on commit and vanish on rollback.
 */
@Singleton
class ModelVersions {

    /** The channel every app instance listens on. */
    static final String CHANNEL = "mingle_matching";

    private final DSLContext sql;

    ModelVersions(DSLContext sql) {
        this.sql = sql;
    }

    /** The event's version; 0 when nothing has changed since versions were first kept. */
    long current(EventId event) {
        return current(List.of(event)).getOrDefault(event, 0L);
    }

    /** The versions of the events that have one. */
    Map<EventId, Long> current(Collection<EventId> events) {
        EventId[] ids = events.toArray(EventId[]::new);
        return sql.select(MATCHING_VERSIONS.EVENT_ID, MATCHING_VERSIONS.VERSION).from(MATCHING_VERSIONS)
                .where(MATCHING_VERSIONS.EVENT_ID.eq(any(ids)))
                .fetchMap(MATCHING_VERSIONS.EVENT_ID, MATCHING_VERSIONS.VERSION);
    }

    /**
     * Raises each event's version by one and returns the new versions. The rows are locked in event order, so two
     * transactions raising several never deadlock; each stays locked until commit, so versions commit in order.
     */
    Map<EventId, Long> raise(Collection<EventId> events) {
        UUID[] ids = events.stream().map(EventId::value).distinct().sorted().toArray(UUID[]::new);
        return sql.resultQuery("""
                        insert into matching_versions (event_id, version)
                        select id, 1 from unnest(cast(? as uuid[])) as id order by id
                        on conflict (event_id) do update set version = matching_versions.version + 1
                        returning event_id, version""", (Object) ids)
                .coerce(MATCHING_VERSIONS.EVENT_ID, MATCHING_VERSIONS.VERSION)
                .fetchMap(MATCHING_VERSIONS.EVENT_ID, MATCHING_VERSIONS.VERSION);
    }

    /** Sends the messages to every instance listening, when the transaction commits. */
    void notify(Collection<ModelChange.Message> messages) {
        String[] payloads = messages.stream().map(ModelChange.Message::payload).toArray(String[]::new);
        sql.fetch("select pg_notify(?, payload) from unnest(cast(? as text[])) as payload", CHANNEL, payloads);
    }

    /**
     * Locks the accounts' matching data until the transaction ends. A profile change and a registration confirming the
     * same person take it, so the profile change sees the new attendance and tells that event too.
     */
    void lock(Collection<AccountId> accounts) {
        accounts.stream().map(account -> account.value().getMostSignificantBits() ^ account.value()
                        .getLeastSignificantBits())
                .distinct().sorted()
                .forEach(key -> sql.fetch("select pg_advisory_xact_lock(?)", key));
    }
}
