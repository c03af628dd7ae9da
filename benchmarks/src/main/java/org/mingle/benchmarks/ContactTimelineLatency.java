package org.mingle.benchmarks;

import static org.mingle.db.jooq.Tables.CONNECTIONS;
import static org.mingle.db.jooq.Tables.CONNECTION_ENTRIES;
import static org.mingle.db.jooq.Tables.EVENTS;
import static org.mingle.db.jooq.Tables.MEETING_REQUESTS;
import static org.mingle.db.jooq.Tables.PROFILES;
import static org.mingle.db.jooq.Tables.REGISTRATIONS;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.mingle.domain.connections.Connection;
import org.mingle.domain.connections.ConnectionId;
import org.mingle.domain.connections.ConnectionSource;
import org.mingle.domain.connections.FollowUp;
import org.mingle.domain.contacts.ContactService;
import org.mingle.domain.contacts.KeepInTouchEvery;
import org.mingle.domain.events.EventId;
import org.mingle.domain.events.EventStatus;
import org.mingle.domain.meetings.MeetingRequestId;
import org.mingle.domain.meetings.MeetingRequestStatus;
import org.mingle.domain.profiles.ProfileService;
import org.mingle.domain.registration.RegistrationId;
import org.mingle.domain.registration.RegistrationStatus;
import org.mingle.domain.shared.AccountId;
import org.mingle.testsupport.TestDatabases;

/**
 * What a person waits for one contact's page (decision 48): {@code ContactService.contact} end to end on PostgreSQL
 * for pairs who share a history across 50 events (a connection at each, with the viewer's note on every third and a
 * follow-up on every fifth, a one-to-one meeting at every other) and are both confirmed for 10 events ahead; the
 * timeline, keep-in-touch setting and upcoming events together. Around them, a crowd of other people, registrations
 * and connections, so the indexes have work to do. The baseline, in the same loop on the same database, is a plain
 * lookup: the same person's profile as the viewer sees it ({@code ProfileService.findView}). Prints median, p90 and
 * p99 of both and the ratio of the medians.
 *
 * <p>Arguments (optional): pairs (200); crowd (3000 people); samples measured (3000).
 */
public final class ContactTimelineLatency {

    static final int SHARED_EVENTS = 50;
    static final int EVENTS_AHEAD = 10;

    private ContactTimelineLatency() {
    }

    public static void main(String[] args) throws Exception {
        int pairs = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int crowd = args.length > 1 ? Integer.parseInt(args[1]) : 3_000;
        int samples = args.length > 2 ? Integer.parseInt(args[2]) : 3_000;
        var database = TestDatabases.create();
        try (var context = BenchmarkContexts.start(new HashMap<String, Object>(database.micronautProperties()))) {
            var sql = context.getBean(DSLContext.class);
            var contacts = context.getBean(ContactService.class);
            var profiles = context.getBean(ProfileService.class);
            var random = new Random(48);
            long loadStart = System.nanoTime();
            var organizer = GeneratedAccounts.insert(sql, 1, "Organizer").get(0);
            var viewers = GeneratedAccounts.insert(sql, pairs, "Viewer");
            var others = GeneratedAccounts.insert(sql, pairs, "Contact");
            var people = GeneratedAccounts.insert(sql, crowd, "Guest");
            var everyone = new ArrayList<AccountId>(viewers);
            everyone.addAll(others);
            everyone.addAll(people);
            insertProfiles(sql, everyone);
            var now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
            List<EventId> past = insertEvents(sql, organizer, SHARED_EVENTS, now, -1);
            List<EventId> ahead = insertEvents(sql, organizer, EVENTS_AHEAD, now, 1);
            var all = new ArrayList<EventId>(past);
            all.addAll(ahead);
            var batch = new Batch(sql);
            for (int p = 0; p < pairs; p++) {
                AccountId viewer = viewers.get(p);
                AccountId other = others.get(p);
                for (EventId event : all) {
                    batch.add(registration(sql, event, viewer));
                    batch.add(registration(sql, event, other));
                }
                for (int e = 0; e < past.size(); e++) {
                    EventId event = past.get(e);
                    Instant at = now.minus(Duration.ofDays(7L * (past.size() - e)));
                    var id = connection(sql, batch, event, viewer, other, at);
                    batch.add(sql.insertInto(CONNECTION_ENTRIES)
                            .set(CONNECTION_ENTRIES.CONNECTION_ID, id).set(CONNECTION_ENTRIES.EVENT_ID, event)
                            .set(CONNECTION_ENTRIES.OWNER_ID, viewer)
                            .set(CONNECTION_ENTRIES.NOTE, e % 3 == 0 ? "Talked about heat pumps and grid tariffs "
                                    + "for the pilot in district " + e + "." : null)
                            .set(CONNECTION_ENTRIES.FOLLOW_UP, e % 5 == 0 ? FollowUp.CONTACTED : FollowUp.NONE)
                            .set(CONNECTION_ENTRIES.UPDATED_AT, at.plus(Duration.ofDays(1))));
                    if (e % 2 == 0) {
                        batch.add(sql.insertInto(MEETING_REQUESTS)
                                .set(MEETING_REQUESTS.ID, MeetingRequestId.newId())
                                .set(MEETING_REQUESTS.EVENT_ID, event).set(MEETING_REQUESTS.FROM_ACCOUNT, viewer)
                                .set(MEETING_REQUESTS.TO_ACCOUNT, other)
                                .set(MEETING_REQUESTS.STATUS, MeetingRequestStatus.ACCEPTED)
                                .set(MEETING_REQUESTS.CREATED_AT, at.minus(Duration.ofHours(2)))
                                .set(MEETING_REQUESTS.RESPONDED_AT, at.minus(Duration.ofHours(1)))
                                .set(MEETING_REQUESTS.EXPIRES_AT, at));
                    }
                }
            }
            // The crowd: ten events each, and connections among them and with the viewers.
            for (AccountId person : people) {
                Set<EventId> mine = new HashSet<>();
                while (mine.size() < 10) {
                    mine.add(all.get(random.nextInt(all.size())));
                }
                mine.forEach(event -> batch.add(registration(sql, event, person)));
            }
            Set<String> made = new HashSet<>();
            for (int c = 0; c < crowd * 10; c++) {
                AccountId a = c % 5 == 0 ? viewers.get(random.nextInt(pairs)) : people.get(random.nextInt(crowd));
                AccountId b = people.get(random.nextInt(crowd));
                EventId event = past.get(random.nextInt(past.size()));
                var pair = Connection.ordered(a, b);
                if (!a.equals(b) && made.add(event + "/" + pair[0] + "/" + pair[1])) {
                    var id = connection(sql, batch, event, a, b, now.minus(Duration.ofDays(random.nextInt(350))));
                    batch.add(sql.insertInto(CONNECTION_ENTRIES)
                            .set(CONNECTION_ENTRIES.CONNECTION_ID, id).set(CONNECTION_ENTRIES.EVENT_ID, event)
                            .set(CONNECTION_ENTRIES.OWNER_ID, a).set(CONNECTION_ENTRIES.UPDATED_AT, now));
                }
            }
            batch.flush();
            sql.execute("vacuum analyze");
            for (int p = 0; p < pairs; p += 2) {
                contacts.keepInTouch(viewers.get(p), others.get(p), KeepInTouchEvery.P90D);
            }
            System.out.printf("%d pairs sharing %d past and %d upcoming events, %d more people, %d connections,"
                            + " %d registrations, %d meeting requests; loaded in %.1f s%n", pairs, past.size(),
                    ahead.size(), crowd, sql.fetchCount(CONNECTIONS), sql.fetchCount(REGISTRATIONS),
                    sql.fetchCount(MEETING_REQUESTS), (System.nanoTime() - loadStart) / 1e9);
            for (int warm = 0; warm < 500; warm++) {
                int p = random.nextInt(pairs);
                contacts.contact(viewers.get(p), others.get(p));
                profiles.findView(viewers.get(p), others.get(p));
            }
            long[] timeline = new long[samples];
            long[] lookup = new long[samples];
            long moments = 0;
            for (int i = 0; i < samples; i++) {
                int p = random.nextInt(pairs);
                long t0 = System.nanoTime();
                var contact = contacts.contact(viewers.get(p), others.get(p));
                long t1 = System.nanoTime();
                var view = profiles.findView(viewers.get(p), others.get(p)).orElseThrow();
                long t2 = System.nanoTime();
                if (!view.accountId().equals(contact.person().accountId())
                        || contact.upcomingTogether().size() != EVENTS_AHEAD) {
                    throw new IllegalStateException("read the wrong contact");
                }
                moments += contact.timeline().size();
                timeline[i] = t1 - t0;
                lookup[i] = t2 - t1;
            }
            Arrays.sort(timeline);
            Arrays.sort(lookup);
            System.out.printf("contact timeline p50 %.2f ms, p90 %.2f ms, p99 %.2f ms (%.0f moments each);"
                            + " profile view p50 %.2f ms, p90 %.2f ms, p99 %.2f ms; ratio of medians %.1f%n",
                    ms(timeline, 0.5), ms(timeline, 0.9), ms(timeline, 0.99), (double) moments / samples,
                    ms(lookup, 0.5), ms(lookup, 0.9), ms(lookup, 0.99), ms(timeline, 0.5) / ms(lookup, 0.5));
        }
    }

    private static void insertProfiles(DSLContext sql, List<AccountId> accounts) {
        var batch = new Batch(sql);
        accounts.forEach(account -> batch.add(sql.insertInto(PROFILES).set(PROFILES.ACCOUNT_ID, account)
                .set(PROFILES.HEADLINE, "Energy people").set(PROFILES.COMPANY, "Grid Co")));
        batch.flush();
    }

    /** Events a week apart, ending before now ({@code direction} -1) or starting after it (1). */
    private static List<EventId> insertEvents(DSLContext sql, AccountId organizer, int count, Instant now,
                                              int direction) {
        var ids = new ArrayList<EventId>();
        var batch = new Batch(sql);
        for (int i = 0; i < count; i++) {
            var id = EventId.newId();
            var start = direction < 0 ? now.minus(Duration.ofDays(7L * (count - i))) : now.plus(Duration.ofDays(7L
                    * (i + 1)));
            batch.add(sql.insertInto(EVENTS)
                    .set(EVENTS.ID, id).set(EVENTS.OWNER_ID, organizer)
                    .set(EVENTS.TITLE, "Energy Transition Breakfast #" + (direction < 0 ? i + 1 : count + i + 1))
                    .set(EVENTS.DESCRIPTION, "Founders, engineers and investors over breakfast.")
                    .set(EVENTS.STARTS_AT, start).set(EVENTS.ENDS_AT, start.plus(Duration.ofHours(3)))
                    .set(EVENTS.TIME_ZONE, "Europe/Berlin").set(EVENTS.VENUE, "Silent Green")
                    .set(EVENTS.CAPACITY, 5_000)
                    .set(EVENTS.STATUS, direction < 0 ? EventStatus.COMPLETED : EventStatus.PUBLISHED));
            ids.add(id);
        }
        batch.flush();
        return ids;
    }

    private static Query registration(DSLContext sql, EventId event, AccountId account) {
        var id = new RegistrationId(UUID.randomUUID());
        return sql.insertInto(REGISTRATIONS)
                .set(REGISTRATIONS.ID, id).set(REGISTRATIONS.EVENT_ID, event).set(REGISTRATIONS.ACCOUNT_ID, account)
                .set(REGISTRATIONS.STATUS, RegistrationStatus.CONFIRMED)
                .set(REGISTRATIONS.CHECK_IN_CODE, id.value().toString().replace("-", "").substring(0, 20));
    }

    private static ConnectionId connection(DSLContext sql, Batch batch, EventId event, AccountId a, AccountId b,
                                           Instant at) {
        var id = ConnectionId.newId();
        var pair = Connection.ordered(a, b);
        batch.add(sql.insertInto(CONNECTIONS)
                .set(CONNECTIONS.ID, id).set(CONNECTIONS.EVENT_ID, event)
                .set(CONNECTIONS.FIRST_ACCOUNT, pair[0]).set(CONNECTIONS.SECOND_ACCOUNT, pair[1])
                .set(CONNECTIONS.RECORDED_BY, a).set(CONNECTIONS.SOURCE, ConnectionSource.CODE)
                .set(CONNECTIONS.RECOMMENDED, false).set(CONNECTIONS.MET_IN_ROUND, false)
                .set(CONNECTIONS.MATCHED_BY_REQUEST, false).set(CONNECTIONS.CREATED_AT, at));
        return id;
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.floor(quantile * sorted.length))] / 1e6;
    }

    /** Statements executed a thousand at a time, in the order added (connections before their entries). */
    private static final class Batch {

        private final DSLContext sql;
        private final List<Query> queries = new ArrayList<>();

        Batch(DSLContext sql) {
            this.sql = sql;
        }

        void add(Query query) {
            queries.add(query);
            if (queries.size() == 1_000) {
                flush();
            }
        }

        void flush() {
            if (!queries.isEmpty()) {
                sql.batch(queries).execute();
                queries.clear();
            }
        }
    }
}
