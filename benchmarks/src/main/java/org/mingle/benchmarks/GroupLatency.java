package org.mingle.benchmarks;

import static org.mingle.db.jooq.Tables.EVENTS;
import static org.mingle.db.jooq.Tables.GROUPS;
import static org.mingle.db.jooq.Tables.GROUP_MEMBERS;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.mingle.domain.events.EventId;
import org.mingle.domain.events.EventSearch;
import org.mingle.domain.events.EventService;
import org.mingle.domain.events.EventStatus;
import org.mingle.domain.groups.Group;
import org.mingle.domain.groups.GroupRole;
import org.mingle.domain.groups.GroupService;
import org.mingle.domain.groups.GroupVisibility;
import org.mingle.domain.groups.JoinPolicy;
import org.mingle.domain.groups.MembershipStatus;
import org.mingle.domain.reports.GroupReportService;
import org.mingle.domain.shared.AccountId;
import org.mingle.domain.shared.GroupId;
import org.mingle.domain.shared.PageRequest;
import org.mingle.testsupport.TestDatabases;

/**
 * What people wait for around groups (issue 17), end to end through the services on PostgreSQL, with a plain indexed
 * lookup (one event by id, {@code EventService.get}) as the baseline in the same loop on the same database:
 * <ul>
 *   <li><b>search</b>: what {@code GET /api/search} does: the first 20 upcoming events for the words (as a signed-in
 *   member, whose groups' events come first, or anonymously), the first 20 public groups, and each group's next
 *   events;</li>
 *   <li><b>group page</b>: what the group's page reads (as {@code GroupPageView}, and as the API's
 *   {@code GET /api/groups/{slug}}, {@code .../events} and {@code .../members} first page): the group with the
 *   viewer's membership, whether it is unlisted, its upcoming and past events, who runs it and the first members;</li>
 *   <li><b>group report</b>: {@code GroupReportService.report} for the biggest group, the one with the most events,
 *   attendees and connections.</li>
 * </ul>
 *
 * <p>Generated: 1,000 groups (one in twenty private), 200,000 memberships of 20,000 people (the group sizes skewed: the
 * biggest has 10,000 members, most a few dozen; about one member in a thousand an organizer), 20,000 events spread
 * over the groups the same way (the biggest runs 300: 240 past, 60 upcoming; one in twenty a draft), and for the
 * biggest group's past events 40 to 80 attendees each (mostly checked in) and up to one connection per attendee among
 * them. Statistics are refreshed after loading, as autovacuum
 * does. Prints p50, p90 and p99 of each, and the machine's load average before and after (the machine is shared).
 *
 * <p>Arguments (optional): samples per measure (1000); group reports measured (50).
 */
public final class GroupLatency {

    private static final int GROUPS_COUNT = 1_000;
    private static final int PEOPLE = 20_000;
    private static final int MEMBERSHIPS = 200_000;
    private static final int EVENTS_COUNT = 20_000;
    private static final int BIG_MEMBERS = 10_000;
    private static final int BIG_PAST = 240;
    private static final int BIG_UPCOMING = 60;

    private static final String[] THEMES = {"Climate Tech", "Fintech", "AI", "Design Systems", "Open Source",
        "Product Management", "Healthcare", "Kubernetes", "Rust", "Data Science", "Cybersecurity", "E-Commerce",
        "Mobility", "Food Tech", "Robotics", "Web3", "Edtech", "HR Tech", "Gaming", "Biotech"};
    private static final String[] KINDS = {"Founders", "Meetup", "Circle", "Stammtisch", "Gründerinnen", "Network",
        "Community", "Club", "Breakfast Club", "User Group"};
    private static final String[] CITIES = {"Berlin", "München", "Zürich", "Köln", "Hamburg", "Wien", "London",
        "Amsterdam", "Lisbon", "Paris", "Düsseldorf", "Genève", "New York", "Singapore", "Barcelona"};
    private static final String[] SENTENCES = {
        "Founders, engineers and investors meet monthly for short talks and one-to-one conversations.",
        "Bring your hardest problem and leave with three people who can help.",
        "Maintainers and contributors meet the companies that depend on their work.",
        "Wir treffen uns zum Austausch über Finanzierung, Teams und erste Kunden.",
        "Kurze Vorträge, danach Gespräche an Tischen nach Themen.",
        "Für Einsteiger und alte Hasen: Mentoren sind vor Ort.",
        "Drinks and snacks are on us; the talks are short."};
    private static final String[] WORDS = {"founders", "meetup", "kubernetes", "rust", "gründer", "zurich",
        "munchen", "climate founders", "\"open source\"", "ai -healthcare", "stammtisch", "robotics", "community"};

    private GroupLatency() {
    }

    /** The generated world: who and what the measurements ask about. */
    private record World(AccountId bigOwner, GroupId big, String bigSlug, List<String> publicSlugs,
                         List<AccountId> people, List<EventId> upcoming) {
    }

    public static void main(String[] args) throws Exception {
        int samples = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
        int reportRuns = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        var database = TestDatabases.create();
        try (var context = BenchmarkContexts.start(new HashMap<String, Object>(database.micronautProperties()))) {
            var sql = context.getBean(DSLContext.class);
            var events = context.getBean(EventService.class);
            var groups = context.getBean(GroupService.class);
            var reports = context.getBean(GroupReportService.class);
            var random = new Random(42);
            System.out.println("load average before loading: " + loadAverage());
            long loadStart = System.nanoTime();
            var world = generate(sql, random);
            sql.execute("vacuum analyze");
            System.out.printf("generated in %.1f s: %,d groups, %,d memberships, %,d events, %,d registrations, "
                            + "%,d connections%n", (System.nanoTime() - loadStart) / 1e9, sql.fetchCount(GROUPS),
                    sql.fetchCount(GROUP_MEMBERS), sql.fetchCount(EVENTS),
                    sql.fetchCount(sql.selectFrom("registrations")), sql.fetchCount(sql.selectFrom("connections")));
            System.out.println("load average before measuring: " + loadAverage());

            Runnable search = () -> {
                String words = WORDS[random.nextInt(WORDS.length)];
                var viewer = random.nextBoolean() ? Optional.of(pick(random, world.people()))
                        : Optional.<AccountId>empty();
                var first = PageRequest.of(0, 20);
                events.listUpcoming(viewer, EventSearch.forText(words), first);
                var found = groups.search(words, null, null, first).items();
                groups.upcoming(found.stream().map(Group::id).toList());
            };
            // One view in five is of the biggest group, the others of any public group; half by a signed-in person.
            Runnable page = () -> groupPage(groups,
                    random.nextInt(5) == 0 ? world.bigSlug() : pick(random, world.publicSlugs()),
                    random.nextBoolean() ? Optional.of(pick(random, world.people())) : Optional.empty());
            Runnable api = () -> {
                String slug = random.nextInt(5) == 0 ? world.bigSlug() : pick(random, world.publicSlugs());
                var viewer = Optional.of(pick(random, world.people()));
                var view = groups.get(viewer, slug);
                groups.upcoming(view.group().id());
                groups.events(viewer, slug, true, PageRequest.of(0, 20));
                if (view.viewerBelongs()) {
                    groups.members(viewer.get(), view.group().id(), PageRequest.of(0, 20));
                }
            };
            Runnable lookup = () -> events.get(Optional.empty(), pick(random, world.upcoming()));
            // The two halves of the search, to see which one the time goes to.
            Runnable eventsAlone = () -> events.listUpcoming(Optional.of(pick(random, world.people())),
                    EventSearch.forText(WORDS[random.nextInt(WORDS.length)]), PageRequest.of(0, 20));
            Runnable groupsAlone = () -> {
                var found = groups.search(WORDS[random.nextInt(WORDS.length)], null, null, PageRequest.of(0, 20));
                groups.upcoming(found.items().stream().map(Group::id).toList());
            };
            Runnable bigPage = () -> groupPage(groups, world.bigSlug(), Optional.of(pick(random, world.people())));
            var measures = List.of(search, page, api, lookup, eventsAlone, groupsAlone, bigPage);

            for (int warm = 0; warm < 200; warm++) {
                measures.forEach(Runnable::run);
            }
            // Interleaved, so that the machine's load falls on every measure alike.
            long[][] times = new long[measures.size()][samples];
            for (int i = 0; i < samples; i++) {
                for (int kind = 0; kind < measures.size(); kind++) {
                    long t0 = System.nanoTime();
                    measures.get(kind).run();
                    times[kind][i] = System.nanoTime() - t0;
                }
            }
            long[] report = new long[reportRuns];
            int eventsReported = 0;
            for (int i = 0; i < reportRuns + 3; i++) {
                long t0 = System.nanoTime();
                var result = reports.report(world.bigOwner(), world.bigSlug());
                long took = System.nanoTime() - t0;
                if (i >= 3) {
                    report[i - 3] = took;
                }
                eventsReported = result.events().size();
            }
            String[] names = {"search (events + groups)", "group page (as GroupPageView)",
                "group API (group, events, members)", "event by id (baseline)", "  search: the events half",
                "  search: the groups half", "  group page of the biggest group"};
            for (int kind = 0; kind < measures.size(); kind++) {
                print(names[kind], times[kind]);
            }
            print("group report, biggest group (" + eventsReported + " events)", report);
            System.out.println("load average after measuring: " + loadAverage());
            if (args.length > 2 && args[2].equals("explain")) {
                explain(sql, world);
            }
        }
    }

    /** What GroupPageView reads to show a group's page. */
    private static void groupPage(GroupService groups, String slug, Optional<AccountId> viewer) {
        var view = groups.get(viewer, slug);
        var id = view.group().id();
        groups.unlistedAt(id);
        groups.events(viewer, slug, true, new PageRequest(0, 20));
        groups.events(viewer, slug, false, new PageRequest(0, 20));
        groups.organizers(viewer, id);
        if (view.viewerBelongs()) {
            groups.members(viewer.get(), id, new PageRequest(0, 24));
        }
    }

    private static World generate(DSLContext sql, Random random) {
        var people = GeneratedAccounts.insert(sql, PEOPLE, "Member");
        sql.execute("insert into profiles (account_id, headline) select id, 'Builder' from accounts");
        var owner = people.get(0);

        var ids = new ArrayList<GroupId>();
        var slugs = new ArrayList<String>();
        var publicSlugs = new ArrayList<String>();
        var privateGroups = new HashSet<Integer>();
        var batch = new ArrayList<Query>();
        for (int g = 0; g < GROUPS_COUNT; g++) {
            var id = GroupId.newId();
            String theme = THEMES[random.nextInt(THEMES.length)];
            String city = random.nextInt(8) == 0 ? "" : CITIES[random.nextInt(CITIES.length)];
            String name = theme + " " + KINDS[random.nextInt(KINDS.length)] + (city.isEmpty() ? " Online" : " " + city);
            String slug = "g" + g + "-" + id.value().toString().substring(0, 6);
            boolean isPrivate = g != 0 && random.nextInt(20) == 0;
            var topics = new ArrayList<>(List.of(theme.toLowerCase(Locale.ROOT)));
            String more = THEMES[random.nextInt(THEMES.length)].toLowerCase(Locale.ROOT);
            if (!topics.contains(more)) {
                topics.add(more);
            }
            batch.add(sql.insertInto(GROUPS).set(GROUPS.ID, id).set(GROUPS.SLUG, slug).set(GROUPS.NAME, name)
                    .set(GROUPS.DESCRIPTION, SENTENCES[random.nextInt(SENTENCES.length)] + " "
                            + SENTENCES[random.nextInt(SENTENCES.length)])
                    .set(GROUPS.TOPICS, topics.toArray(String[]::new)).set(GROUPS.CITY, city)
                    .set(GROUPS.ONLINE, city.isEmpty())
                    .set(GROUPS.JOIN_POLICY, random.nextInt(4) == 0 ? JoinPolicy.APPROVAL : JoinPolicy.OPEN)
                    .set(GROUPS.VISIBILITY, isPrivate ? GroupVisibility.PRIVATE : GroupVisibility.PUBLIC)
                    .set(GROUPS.CREATED_AT, Instant.now().minus(Duration.ofDays(random.nextInt(1000)))));
            ids.add(id);
            slugs.add(slug);
            if (isPrivate) {
                privateGroups.add(g);
            } else {
                publicSlugs.add(slug);
            }
        }
        sql.batch(batch).execute();
        batch.clear();

        // Memberships: the biggest group takes the first 10,000 people; the rest spread with a skew to the first
        // groups, as a few communities are large and most are small. Each group's first member owns it.
        var members = new HashSet<String>();
        var rows = new ArrayList<Object[]>();
        for (int p = 0; p < BIG_MEMBERS; p++) {
            members.add(0 + ":" + p);
            rows.add(new Object[] {0, p});
        }
        for (int g = 1; g < GROUPS_COUNT; g++) {
            int p = random.nextInt(PEOPLE);
            members.add(g + ":" + p);
            rows.add(new Object[] {g, p});
        }
        while (rows.size() < MEMBERSHIPS) {
            int g = 1 + (int) (Math.pow(random.nextDouble(), 2.2) * (GROUPS_COUNT - 1));
            int p = random.nextInt(PEOPLE);
            if (members.add(g + ":" + p)) {
                rows.add(new Object[] {g, p});
            }
        }
        var firstOf = new HashSet<Integer>();
        var joined = Instant.now().minus(Duration.ofDays(900));
        for (int r = 0; r < rows.size(); r++) {
            int g = (int) rows.get(r)[0];
            int p = (int) rows.get(r)[1];
            boolean first = firstOf.add(g);
            // About one organizer in a thousand members: a handful run the biggest group, most only their owner.
            var role = first ? GroupRole.OWNER : random.nextInt(1000) == 0 ? GroupRole.ORGANIZER : GroupRole.MEMBER;
            var status = !first && random.nextInt(50) == 0 ? MembershipStatus.PENDING : MembershipStatus.MEMBER;
            batch.add(sql.insertInto(GROUP_MEMBERS).set(GROUP_MEMBERS.GROUP_ID, ids.get(g))
                    .set(GROUP_MEMBERS.ACCOUNT_ID, people.get(p)).set(GROUP_MEMBERS.ROLE, role)
                    .set(GROUP_MEMBERS.STATUS, status)
                    .set(GROUP_MEMBERS.JOINED_AT, joined.plus(Duration.ofMinutes(random.nextInt(900 * 24 * 60)))));
            if (batch.size() == 2_000) {
                sql.batch(batch).execute();
                batch.clear();
            }
        }
        sql.batch(batch).execute();
        batch.clear();

        // Events: the biggest group's 300, the rest skewed over the groups like the memberships.
        var now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        var upcoming = new ArrayList<EventId>();
        var bigPast = new ArrayList<EventId>();
        for (int e = 0; e < EVENTS_COUNT; e++) {
            int g;
            boolean past;
            if (e < BIG_PAST + BIG_UPCOMING) {
                g = 0;
                past = e < BIG_PAST;
            } else {
                g = 1 + (int) (Math.pow(random.nextDouble(), 2.2) * (GROUPS_COUNT - 1));
                past = random.nextInt(3) == 0;
            }
            var id = EventId.newId();
            var status = e >= BIG_PAST && random.nextInt(20) == 0 ? EventStatus.DRAFT
                    : past ? EventStatus.COMPLETED : EventStatus.PUBLISHED;
            var start = past ? now.minus(Duration.ofHours(24 + (long) e % BIG_PAST * 72 + random.nextInt(48)))
                    : now.plus(Duration.ofHours(1 + random.nextInt(365 * 24)));
            String theme = THEMES[random.nextInt(THEMES.length)];
            batch.add(sql.insertInto(EVENTS)
                    .set(EVENTS.ID, id).set(EVENTS.OWNER_ID, owner).set(EVENTS.GROUP_ID, ids.get(g))
                    .set(EVENTS.TITLE, theme + " " + KINDS[random.nextInt(KINDS.length)] + " #" + e)
                    .set(EVENTS.DESCRIPTION, SENTENCES[random.nextInt(SENTENCES.length)])
                    .set(EVENTS.STARTS_AT, start).set(EVENTS.ENDS_AT, start.plus(Duration.ofHours(3)))
                    .set(EVENTS.TIME_ZONE, "Europe/Berlin").set(EVENTS.VENUE, "Hub")
                    .set(EVENTS.CAPACITY, 200).set(EVENTS.STATUS, status)
                    .set(EVENTS.TOPICS, new String[] {theme.toLowerCase(Locale.ROOT)})
                    .set(EVENTS.CITY, CITIES[random.nextInt(CITIES.length)]).set(EVENTS.ONLINE, false));
            if (g == 0 && past) {
                bigPast.add(id);
            }
            // The baseline looks up events anyone may see.
            if (!past && status == EventStatus.PUBLISHED && !privateGroups.contains(g)) {
                upcoming.add(id);
            }
            if (batch.size() == 1_000) {
                sql.batch(batch).execute();
                batch.clear();
            }
        }
        sql.batch(batch).execute();
        // The owner of the biggest group is the first person, who owns the events too.
        var bigOwner = people.get(0);

        // Attendees of the biggest group's past events: 40 to 80 of its members each, most checked in, so that
        // returning members and newcomers both show; and up to one connection per attendee among them.
        for (var event : bigPast) {
            int attendees = 40 + random.nextInt(41);
            sql.execute("""
                    insert into registrations (id, event_id, account_id, status, check_in_code, registered_at,
                                               updated_at, checked_in_at)
                    select gen_random_uuid(), ?, account_id, 'CONFIRMED', substr(md5(random()::text), 1, 12), now(),
                           now(), case when random() < 0.85 then now() end
                    from (select account_id from group_members where group_id = ? and account_id <> ?
                          order by random() limit ?) drawn""", event.value(), ids.get(0).value(), bigOwner.value(),
                    attendees);
            sql.execute("""
                    insert into connections (id, event_id, first_account, second_account, recorded_by, source,
                                             recommended, met_in_round, matched_by_request, created_at)
                    select gen_random_uuid(), ?, least(a.account_id, b.account_id),
                           greatest(a.account_id, b.account_id), a.account_id, 'CODE', false, false, false, now()
                    from (select account_id, row_number() over (order by random()) as n from registrations
                          where event_id = ?) a
                    join (select account_id, row_number() over (order by random()) as n from registrations
                          where event_id = ?) b on a.account_id <> b.account_id and b.n = (a.n * 7 + ?) % ? + 1
                    limit ?
                    on conflict do nothing""", event.value(), event.value(), event.value(), random.nextInt(10),
                    attendees, 30 + random.nextInt(121));
        }
        sql.execute("update events set confirmed_count = (select count(*) from registrations r"
                + " where r.event_id = events.id) where group_id = ?", ids.get(0).value());
        return new World(bigOwner, ids.get(0), slugs.get(0), publicSlugs, people, upcoming);
    }

    /** The plans of the group page's and the search's heaviest statements, as the services send them. */
    private static void explain(DSLContext sql, World world) {
        String big = world.big().toString();
        var statements = List.of(
                "select * from group_members where group_id = '" + big + "' and status = 'MEMBER'"
                        + " order by role_rank, joined_at, account_id limit 24",
                "select count(*) from group_members where group_id = '" + big + "' and status = 'MEMBER'",
                "select id, (select count(*) from group_members m where m.group_id = g.id and m.status = 'MEMBER')"
                        + " from groups g where visibility = 'PUBLIC' and unlisted_at is null"
                        + " and search_document @@ mingle_search_query('community')"
                        + " order by ts_rank(search_document, mingle_search_query('community')) desc, id limit 20",
                "select count(*) from events where status = 'PUBLISHED' and ends_at > now() and unlisted_at is null"
                        + " and (group_id is null or not exists (select 1 from members_only_groups m"
                        + " where m.id = events.group_id)) and search_document @@ mingle_search_query('founders')");
        for (var statement : statements) {
            System.out.println("explain analyze " + statement);
            sql.fetch("explain analyze " + statement).forEach(row -> System.out.println("  " + row.get(0)));
        }
    }

    private static <T> T pick(Random random, List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    private static void print(String name, long[] times) {
        long[] sorted = times.clone();
        Arrays.sort(sorted);
        System.out.printf("%-45s p50 %8.2f ms, p90 %8.2f ms, p99 %8.2f ms (%d runs)%n", name, ms(sorted, 0.5),
                ms(sorted, 0.9), ms(sorted, 0.99), sorted.length);
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.floor(quantile * sorted.length))] / 1e6;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (Exception unreadable) {
            return "unknown";
        }
    }
}
