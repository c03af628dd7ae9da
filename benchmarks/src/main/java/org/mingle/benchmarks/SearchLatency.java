package org.mingle.benchmarks;

import static org.mingle.db.jooq.Tables.EVENTS;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.mingle.domain.events.EventId;
import org.mingle.domain.events.EventSearch;
import org.mingle.domain.events.EventService;
import org.mingle.domain.events.EventStatus;
import org.mingle.domain.shared.AccountId;
import org.mingle.domain.shared.PageRequest;
import org.mingle.testsupport.TestDatabases;

/**
 * What a visitor waits for a search of upcoming events: {@code EventService.listUpcoming} end to end on PostgreSQL
 * (full text over the stored search document, ranked, filtered, the first page of 20 and the total), over a mix of
 * searches: common and rare words, English and German word forms, accents, phrases, exclusions, and words with the
 * date, topic, city and online filters, plus the front page without words. The baseline, in the same loop on the same
 * database, is a plain indexed lookup: one event by its id ({@code EventService.get}). Prints median, p90 and p99 of
 * both, and of each kind of search, and the ratio of the medians.
 *
 * <p>Events are generated with realistic text (titles from formats and themes, two or three sentences of description
 * in English or German, a venue, one to three topics, a city with and without accents, one in ten online); one in ten
 * has ended and one in twenty is a draft. Statistics are refreshed after loading, as autovacuum does.
 *
 * <p>Arguments (optional): events (20000); searches measured (2000).
 */
public final class SearchLatency {

    private static final String[] THEMES = {"Climate Tech", "Fintech", "AI", "Design Systems", "Open Source",
        "Product Management", "Healthcare", "Kubernetes", "Rust", "Data Science", "Cybersecurity", "E-Commerce",
        "Mobility", "Food Tech", "Robotics", "Web3", "Edtech", "HR Tech", "Gaming", "Biotech"};
    private static final String[] FORMATS = {"Founders Mixer", "Breakfast", "Meetup", "Speed Networking",
        "Roundtable", "Evening", "Stammtisch", "Gründertreffen", "Workshop", "Summit", "Afterwork", "Hackathon"};
    private static final String[] SENTENCES = {
        "Founders, engineers and investors meet for short introductions and one-to-one conversations.",
        "Bring your hardest problem and leave with three people who can help.",
        "Heads of product trade notes on discovery, pricing and team design.",
        "Maintainers and contributors meet the companies that depend on their work.",
        "Clinicians, researchers and builders discuss what it takes to ship software into hospitals.",
        "Eight-minute rounds with people from other industries and levels.",
        "Wir treffen uns zum Austausch über Finanzierung, Teams und erste Kunden.",
        "Gründerinnen und Gründer erzählen, was beim Start schiefging und was half.",
        "Kurze Vorträge, danach Gespräche an Tischen nach Themen.",
        "Für Einsteiger und alte Hasen: Mentoren sind vor Ort.",
        "Drinks and snacks are on us; the talks are short.",
        "We close with a panel of operators who scaled teams from ten to a hundred people."};
    private static final String[] CITIES = {"Berlin", "München", "Zürich", "Köln", "Hamburg", "Wien", "London",
        "Amsterdam", "Lisbon", "Paris", "Düsseldorf", "Genève", "New York", "Singapore", "Barcelona"};
    private static final String[] VENUES = {"Factory", "Betahaus", "Impact Hub", "Werk1", "Google for Startups Campus",
        "Pakhuis de Zwijger", "Kaufleuten", "Station F", "WeWork", "Rocket Tower"};

    /** A kind of search and how to make one. */
    private record Kind(String name, Function<Random, EventSearch> make) {
    }

    private static final List<Kind> KINDS = List.of(
            new Kind("front page, no words", random -> EventSearch.all()),
            new Kind("one common word", random -> EventSearch.forText(pick(random, "founders", "meetup", "networking",
                    "investors"))),
            new Kind("one rarer word", random -> EventSearch.forText(pick(random, "kubernetes", "rust", "robotics",
                    "hackathon"))),
            new Kind("German form, accents", random -> EventSearch.forText(pick(random, "Gründer", "treffen",
                    "zurich", "munchen", "Stammtisch"))),
            new Kind("two words, phrase, exclusion", random -> EventSearch.forText(pick(random,
                    "climate founders", "\"product management\" breakfast", "ai -healthcare", "design or rust"))),
            new Kind("words and filters", random -> new EventSearch(
                    random.nextBoolean() ? Instant.now().plus(Duration.ofDays(30)) : null,
                    random.nextBoolean() ? Instant.now().plus(Duration.ofDays(120)) : null,
                    pick(random, "founders", "meetup", "ai", "treffen"),
                    random.nextBoolean() ? pick(random, "fintech", "ai", "rust") : null,
                    random.nextBoolean() ? pick(random, "berlin", "zurich", "london") : null,
                    random.nextInt(3) == 0 ? Boolean.TRUE : null)),
            new Kind("filters, no words", random -> new EventSearch(null, null, null,
                    pick(random, "fintech", "ai", "rust"), pick(random, "berlin", "zurich", "london"), null)));

    private SearchLatency() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int samples = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
        var database = TestDatabases.create();
        try (var context = BenchmarkContexts.start(new HashMap<String, Object>(database.micronautProperties()))) {
            var sql = context.getBean(DSLContext.class);
            var events = context.getBean(EventService.class);
            var random = new Random(42);
            var organizer = GeneratedAccounts.insert(sql, 1, "Organizer").get(0);
            long loadStart = System.nanoTime();
            List<EventId> published = insertEvents(sql, organizer, count, random);
            // Fresh statistics, as autovacuum keeps them on a live database.
            sql.execute("vacuum analyze events");
            System.out.printf("%d events generated in %.1f s (%d published and upcoming)%n", count,
                    (System.nanoTime() - loadStart) / 1e9, published.size());
            for (int warm = 0; warm < 300; warm++) {
                events.listUpcoming(KINDS.get(warm % KINDS.size()).make().apply(random), PageRequest.of(0, 20));
                events.get(Optional.empty(), published.get(random.nextInt(published.size())));
            }
            long[] search = new long[samples];
            long[] lookup = new long[samples];
            List<List<Long>> byKind = new ArrayList<>();
            KINDS.forEach(kind -> byKind.add(new ArrayList<>()));
            long found = 0;
            for (int i = 0; i < samples; i++) {
                int kind = i % KINDS.size();
                var query = KINDS.get(kind).make().apply(random);
                var id = published.get(random.nextInt(published.size()));
                long t0 = System.nanoTime();
                var page = events.listUpcoming(query, PageRequest.of(0, 20));
                long t1 = System.nanoTime();
                var event = events.get(Optional.empty(), id);
                long t2 = System.nanoTime();
                if (!event.id().equals(id)) {
                    throw new IllegalStateException("looked up the wrong event");
                }
                found += page.total();
                search[i] = t1 - t0;
                lookup[i] = t2 - t1;
                byKind.get(kind).add(t1 - t0);
            }
            Arrays.sort(search);
            Arrays.sort(lookup);
            System.out.printf("search p50 %.2f ms, p90 %.2f ms, p99 %.2f ms; event by id p50 %.2f ms, p99 %.2f ms;"
                            + " ratio of medians %.1f; %.0f events found per search on average%n",
                    ms(search, 0.5), ms(search, 0.9), ms(search, 0.99), ms(lookup, 0.5), ms(lookup, 0.99),
                    ms(search, 0.5) / ms(lookup, 0.5), (double) found / samples);
            for (int k = 0; k < KINDS.size(); k++) {
                long[] times = byKind.get(k).stream().mapToLong(Long::longValue).sorted().toArray();
                System.out.printf("  %-30s p50 %.2f ms, p99 %.2f ms%n", KINDS.get(k).name(), ms(times, 0.5),
                        ms(times, 0.99));
            }
        }
    }

    /** Inserts the events in batches; answers the ids of those that are published and upcoming. */
    private static List<EventId> insertEvents(DSLContext sql, AccountId organizer, int count, Random random) {
        var upcoming = new ArrayList<EventId>();
        var now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        var batch = new ArrayList<Query>();
        for (int i = 0; i < count; i++) {
            var id = EventId.newId();
            String theme = THEMES[random.nextInt(THEMES.length)];
            String title = theme + " " + FORMATS[random.nextInt(FORMATS.length)];
            var description = new StringBuilder();
            for (int s = 2 + random.nextInt(2); s > 0; s--) {
                description.append(SENTENCES[random.nextInt(SENTENCES.length)]).append(' ');
            }
            boolean online = random.nextInt(10) == 0;
            String city = online ? "" : CITIES[random.nextInt(CITIES.length)];
            var topics = new ArrayList<String>(List.of(theme.toLowerCase(Locale.ROOT)));
            for (int t = random.nextInt(3); t > 0; t--) {
                String more = THEMES[random.nextInt(THEMES.length)].toLowerCase(Locale.ROOT);
                if (!topics.contains(more)) {
                    topics.add(more);
                }
            }
            boolean past = random.nextInt(10) == 0;
            var status = random.nextInt(20) == 0 ? EventStatus.DRAFT : EventStatus.PUBLISHED;
            var start = past ? now.minus(Duration.ofDays(1 + random.nextInt(365)))
                    : now.plus(Duration.ofHours(1 + random.nextInt(365 * 24)));
            batch.add(sql.insertInto(EVENTS)
                    .set(EVENTS.ID, id).set(EVENTS.OWNER_ID, organizer).set(EVENTS.TITLE, title)
                    .set(EVENTS.DESCRIPTION, description.toString().strip())
                    .set(EVENTS.STARTS_AT, start).set(EVENTS.ENDS_AT, start.plus(Duration.ofHours(3)))
                    .set(EVENTS.TIME_ZONE, "Europe/Berlin")
                    .set(EVENTS.VENUE, online ? "" : VENUES[random.nextInt(VENUES.length)])
                    .set(EVENTS.CAPACITY, 20 + random.nextInt(200)).set(EVENTS.STATUS, status)
                    .set(EVENTS.TOPICS, topics.toArray(String[]::new)).set(EVENTS.CITY, city)
                    .set(EVENTS.ONLINE, online));
            if (!past && status == EventStatus.PUBLISHED) {
                upcoming.add(id);
            }
            if (batch.size() == 500) {
                sql.batch(batch).execute();
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            sql.batch(batch).execute();
        }
        return upcoming;
    }

    private static String pick(Random random, String... choices) {
        return choices[random.nextInt(choices.length)];
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.floor(quantile * sorted.length))] / 1e6;
    }
}
