package org.mingle.domain.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mingle.db.jooq.Tables.EVENTS;
import static org.mingle.db.jooq.Tables.GROUPS;
import static org.mingle.db.jooq.Tables.GROUP_MEMBERS;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mingle.domain.accounts.AccountService;
import org.mingle.domain.accounts.TestAccounts;
import org.mingle.domain.groups.GroupRole;
import org.mingle.domain.groups.GroupVisibility;
import org.mingle.domain.groups.JoinPolicy;
import org.mingle.domain.groups.MembershipStatus;
import org.mingle.domain.shared.AccountId;
import org.mingle.domain.shared.FieldError;
import org.mingle.domain.shared.GroupId;
import org.mingle.domain.shared.InvalidInputException;
import org.mingle.domain.shared.PageRequest;
import org.mingle.testsupport.MicronautPostgres;

/** Full-text search and the filters of the public list, against PostgreSQL. */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventDiscoveryTest implements MicronautPostgres {

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private static final PageRequest FIRST_PAGE = PageRequest.of(0, 50);

    @Inject
    Events events;
    @Inject
    EventService service;
    @Inject
    AccountService accounts;
    @Inject
    DSLContext sql;

    private AccountId owner;
    private Event zurichApero;
    private Event gruenderBreakfast;
    private Event founderStories;
    private Event monthlyMeeting;
    private Event kubernetesInTitle;
    private Event kubernetesInDescription;
    private Event remoteAiHour;
    private Event zurichSummit;

    @BeforeAll
    void storeEvents() {
        owner = TestAccounts.signUp(accounts, "Ida Organizer").id();
        zurichApero = published("Startup apéro", "Drinks by the lake.", "Kaufleuten", days(1),
                List.of("startups"), "Zürich", false);
        gruenderBreakfast = published("Frühstück", "Für gründer und alle, die es werden wollen.", "Café Oberholz",
                days(2), List.of(), "Berlin", false);
        founderStories = published("Founder stories", "Three people tell how it went.", "Second Home", days(3),
                List.of("storytelling"), "London", false);
        monthlyMeeting = published("Monatliches Netzwerk", "Wir treffen uns im Café.", "Werksviertel", days(4),
                List.of(), "München", false);
        kubernetesInDescription = published("Cloud evening", "Talks about Kubernetes operators.", "Rainmaking Loft",
                days(5), List.of("cloud"), "London", false);
        remoteAiHour = published("Remote AI hour", "Bring your questions.", "", days(6),
                List.of("ai", "remote work"), "", true);
        kubernetesInTitle = published("Kubernetes clinic", "Bring your cluster.", "Factory", days(10),
                List.of("cloud"), "Berlin", false);
        zurichSummit = published("Next year's summit", "The big one.", "Hallenstadion", days(200),
                List.of("startups"), "Zurich", false);
        store(event("Kubernetes draft", "Not yet.", "Factory", days(2), List.of("cloud"), "Berlin", false,
                EventStatus.DRAFT));
        published("Last year's Kubernetes day", "Over.", "Factory", days(-365), List.of("cloud"), "Berlin", false);
    }

    @Test
    void accentsAndCaseAreIgnored() {
        assertThat(search("zurich")).contains(zurichApero, zurichSummit);
        assertThat(search("ZÜRICH")).contains(zurichApero, zurichSummit);
        assertThat(search("Gründer")).containsExactly(gruenderBreakfast);
        assertThat(search("apero")).containsExactly(zurichApero);
    }

    @Test
    void findsEnglishAndGermanStems() {
        assertThat(search("founders")).containsExactly(founderStories);
        assertThat(search("story")).containsExactly(founderStories);
        assertThat(search("Treffen")).containsExactly(monthlyMeeting);
        assertThat(search("Treffens")).containsExactly(monthlyMeeting);
    }

    @Test
    void ranksATitleMatchAboveADescriptionMatch() {
        // Without words the list is soonest first: the description match starts five days earlier.
        var byStart = events.findPublishedEndingAfter(NOW, new EventSearch(null, null, null, "cloud", null, null),
                Set.of(), FIRST_PAGE).items();
        assertThat(byStart).containsExactly(kubernetesInDescription, kubernetesInTitle);

        assertThat(search("kubernetes")).containsExactly(kubernetesInTitle, kubernetesInDescription);
    }

    @Test
    void pagesThroughRankedResults() {
        var second = events.findPublishedEndingAfter(NOW, EventSearch.forText("kubernetes"), Set.of(),
                PageRequest.of(1, 1));

        assertThat(second.items()).containsExactly(kubernetesInDescription);
        assertThat(second.total()).isEqualTo(2);
    }

    @Test
    void draftsAndPastEventsAreNeverFound() {
        assertThat(search("kubernetes")).extracting(Event::title)
                .doesNotContain("Kubernetes draft", "Last year's Kubernetes day");
    }

    @Test
    void searchesTopicsAndCityToo() {
        assertThat(search("storytelling")).containsExactly(founderStories);
        assertThat(search("München")).containsExactly(monthlyMeeting);
    }

    @Test
    void filtersByTopicIgnoringCaseAndSpacing() {
        assertThat(list(new EventSearch(null, null, null, "  Remote   Work ", null, null)))
                .containsExactly(remoteAiHour);
        assertThat(list(new EventSearch(null, null, null, "AI", null, null))).containsExactly(remoteAiHour);
        // A topic is matched whole, not as a word in another topic.
        assertThat(list(new EventSearch(null, null, null, "remote", null, null))).isEmpty();
    }

    @Test
    void filtersByCityIgnoringAccentsAndCase() {
        assertThat(list(new EventSearch(null, null, null, null, "zurich", null)))
                .containsExactly(zurichApero, zurichSummit);
        assertThat(list(new EventSearch(null, null, null, null, " ZÜRICH ", null)))
                .containsExactly(zurichApero, zurichSummit);
        assertThat(list(new EventSearch(null, null, null, null, "Zug", null))).isEmpty();
    }

    @Test
    void filtersByOnline() {
        assertThat(list(new EventSearch(null, null, null, null, null, true))).containsExactly(remoteAiHour);
        assertThat(list(new EventSearch(null, null, null, null, null, false)))
                .contains(zurichApero, founderStories, kubernetesInTitle).doesNotContain(remoteAiHour);
    }

    @Test
    void filtersByDateRangeTogetherWithWords() {
        var window = new EventSearch(days(1).plus(Duration.ofHours(4)), days(11), "kubernetes");

        assertThat(service.listUpcoming(window, FIRST_PAGE).items())
                .containsExactly(kubernetesInTitle, kubernetesInDescription);
        var earlier = new EventSearch(null, days(7), "kubernetes");
        assertThat(service.listUpcoming(earlier, FIRST_PAGE).items()).containsExactly(kubernetesInDescription);
    }

    @Test
    void blankWordsFilterNothing() {
        assertThat(list(new EventSearch(null, null, "   ", " ", "", null)))
                .hasSizeGreaterThanOrEqualTo(8).isEqualTo(list(EventSearch.all()));
    }

    @Test
    void refusesOverLongOrBrokenFilters() {
        assertThatThrownBy(() -> EventSearch.forText("x".repeat(EventSearch.TEXT_MAX + 1)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .containsExactly(new FieldError("q", "must be at most 200 characters")));
        assertThatThrownBy(() -> new EventSearch(null, null, "ok", "t".repeat(41), "c".repeat(101), null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("topic", "city"));
        assertThatThrownBy(() -> EventSearch.forText("a\u0000b"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("q"));
    }

    @Test
    void searchTextWithoutWordsFindsNothingRatherThanFailing() {
        assertThat(search("%")).isEmpty();
        assertThat(search("\"")).isEmpty();
        assertThat(search("-")).isEmpty();
    }

    @Test
    void aSignedInMembersGroupsComeFirst() {
        var member = TestAccounts.signUp(accounts, "Mia Member").id();
        var joined = group("joined");
        var requested = group("requested");
        membership(joined, member, MembershipStatus.MEMBER);
        membership(requested, member, MembershipStatus.PENDING);
        var joinedEvent = published("Joined group's evening", "", "", days(150), List.of("groups"), "", false);
        var requestedEvent = published("Requested group's evening", "", "", days(100), List.of("groups"), "", false);
        belongsTo(joinedEvent, joined);
        belongsTo(requestedEvent, requested);
        var groupsOnly = new EventSearch(null, null, null, "groups", null, null);

        assertThat(service.listUpcoming(Optional.of(member), groupsOnly, FIRST_PAGE).items())
                .containsExactly(joinedEvent, requestedEvent);
        assertThat(service.listUpcoming(Optional.of(member), EventSearch.all(), FIRST_PAGE).items().get(0))
                .isEqualTo(joinedEvent);
        // Anonymous visitors and people outside the group see the soonest first.
        assertThat(service.listUpcoming(Optional.empty(), groupsOnly, FIRST_PAGE).items())
                .containsExactly(requestedEvent, joinedEvent);
        assertThat(service.listUpcoming(Optional.of(owner), groupsOnly, FIRST_PAGE).items())
                .containsExactly(requestedEvent, joinedEvent);
    }

    @Test
    void storesTheDiscoveryFieldsAndChangesThemByPatch() {
        var input = new EventInput("Topics roundtrip", "", days(20), days(20).plus(Duration.ofHours(2)),
                "Europe/Zurich", "", 30, null, null, null, null, null, List.of(" Climate Tech", "climate tech", "AI"),
                " Basel ", false);
        var created = service.create(owner, input);

        assertThat(service.get(Optional.of(owner), created.id()).details())
                .satisfies(d -> {
                    assertThat(d.topics()).containsExactly("climate tech", "ai");
                    assertThat(d.city()).isEqualTo("Basel");
                    assertThat(d.online()).isFalse();
                });
        var patch = new EventPatch(null, null, null, null, null, null, null, null, false, null, null, null, null,
                List.of("hybrid"), "", true);
        var changed = service.update(owner, created.id(), patch);

        assertThat(changed.details().topics()).containsExactly("hybrid");
        assertThat(service.get(Optional.of(owner), created.id()).details())
                .satisfies(d -> {
                    assertThat(d.topics()).containsExactly("hybrid");
                    assertThat(d.city()).isEmpty();
                    assertThat(d.online()).isTrue();
                    assertThat(d.title()).isEqualTo("Topics roundtrip");
                });
    }

    private List<Event> search(String text) {
        return list(EventSearch.forText(text));
    }

    private List<Event> list(EventSearch search) {
        return events.findPublishedEndingAfter(NOW, search, Set.of(), FIRST_PAGE).items();
    }

    private static Instant days(int days) {
        return NOW.plus(Duration.ofDays(days));
    }

    private Event published(String title, String description, String venue, Instant startsAt, List<String> topics,
                            String city, boolean online) {
        return store(event(title, description, venue, startsAt, topics, city, online, EventStatus.PUBLISHED));
    }

    private Event store(Event event) {
        events.insert(event);
        return events.find(event.id()).orElseThrow();
    }

    private Event event(String title, String description, String venue, Instant startsAt, List<String> topics,
                        String city, boolean online, EventStatus status) {
        var details = new EventDetails(title, description, startsAt, startsAt.plus(Duration.ofHours(3)),
                ZoneId.of("Europe/Zurich"), venue, 50, null, false, 0.3, false, 10, topics, city, online);
        return new Event(EventId.newId(), owner, details, status, 0, 0, NOW, NOW, 0);
    }

    private GroupId group(String slug) {
        var id = GroupId.newId();
        sql.insertInto(GROUPS).set(GROUPS.ID, id).set(GROUPS.SLUG, slug).set(GROUPS.NAME, slug)
                .set(GROUPS.JOIN_POLICY, JoinPolicy.APPROVAL).set(GROUPS.VISIBILITY, GroupVisibility.PUBLIC).execute();
        return id;
    }

    private void membership(GroupId group, AccountId account, MembershipStatus status) {
        sql.insertInto(GROUP_MEMBERS).set(GROUP_MEMBERS.GROUP_ID, group).set(GROUP_MEMBERS.ACCOUNT_ID, account)
                .set(GROUP_MEMBERS.ROLE, GroupRole.MEMBER).set(GROUP_MEMBERS.STATUS, status).execute();
    }

    private void belongsTo(Event event, GroupId group) {
        sql.update(EVENTS).set(EVENTS.GROUP_ID, group).where(EVENTS.ID.eq(event.id())).execute();
    }
}
