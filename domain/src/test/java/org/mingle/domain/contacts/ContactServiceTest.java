package org.mingle.domain.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mingle.db.jooq.Tables.KEEP_IN_TOUCH;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mingle.domain.accounts.AccountService;
import org.mingle.domain.accounts.TestAccounts;
import org.mingle.domain.accounts.TestPeople;
import org.mingle.domain.connections.ConnectionService;
import org.mingle.domain.connections.ConnectionSource;
import org.mingle.domain.connections.NetworkFilter;
import org.mingle.domain.connections.NotesPatch;
import org.mingle.domain.events.EventId;
import org.mingle.domain.events.EventService;
import org.mingle.domain.events.TestEvents;
import org.mingle.domain.meetings.BlockService;
import org.mingle.domain.meetings.MeetingRequestService;
import org.mingle.domain.personaldata.PersonalDataService;
import org.mingle.domain.profiles.ProfileInput;
import org.mingle.domain.profiles.ProfileService;
import org.mingle.domain.registration.RegistrationService;
import org.mingle.domain.shared.AccountId;
import org.mingle.testsupport.MicronautPostgres;
import org.mingle.testsupport.Parallel;

@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContactServiceTest implements MicronautPostgres {

    @Inject
    ContactService contacts;
    @Inject
    ConnectionService connections;
    @Inject
    MeetingRequestService meetings;
    @Inject
    BlockService blocks;
    @Inject
    ProfileService profiles;
    @Inject
    EventService events;
    @Inject
    RegistrationService registrations;
    @Inject
    AccountService accounts;
    @Inject
    PersonalDataService personalData;
    @Inject
    TransactionOperations<java.sql.Connection> transactions;
    @Inject
    DSLContext sql;

    private AccountId organizer;
    private EventId breakfast;
    private EventId mixer;

    @BeforeAll
    void world() {
        organizer = TestAccounts.signUp(accounts, "Olga Contacts").id();
        breakfast = TestEvents.published(events, organizer, 10, false);
        mixer = TestEvents.published(events, organizer, 10, false);
    }

    @Test
    void theTimelineHoldsEveryKindNewestFirstWithThePersonAsTheyShowThemselves() {
        var ana = person("Ana");
        var ben = person("Ben");
        var met = connections.record(ana, breakfast, ben, ConnectionSource.CODE).connection().id();
        connections.update(ana, met, new NotesPatch(Optional.of("Co-ops and grid tariffs"), null,
                Optional.of("TO_CONTACT"), null, null));
        var request = meetings.request(ana, mixer, ben, null);
        meetings.accept(ben, mixer, request.id());

        var contact = contacts.contact(ana, ben);

        assertThat(contact.person().displayName()).isEqualTo("Ben");
        assertThat(contact.person().headline()).as("shown to connections").isEqualTo("Ben's headline");
        assertThat(contact.timeline()).extracting(TimelineEntry::kind).containsExactly(TimelineKind.MEETING,
                TimelineKind.NOTE, TimelineKind.FOLLOW_UP, TimelineKind.CONNECTED);
        assertThat(contact.timeline()).extracting(TimelineEntry::eventId).containsExactly(mixer, breakfast,
                breakfast, breakfast);
        assertThat(contact.timeline().get(1).detail()).isEqualTo("Co-ops and grid tariffs");
        assertThat(contact.upcomingTogether()).extracting(event -> event.id())
                .containsExactlyInAnyOrder(breakfast, mixer);
        assertThat(contact.keepInTouchEvery()).isNull();

        var theirs = contacts.contact(ben, ana);
        assertThat(theirs.timeline()).as("Ana's notes are hers alone").extracting(TimelineEntry::kind)
                .containsExactly(TimelineKind.MEETING, TimelineKind.CONNECTED);
    }

    @Test
    void onlyPeopleConnectedWithOrMetInAMeetingAreContacts() {
        var ana = person("Ana");
        var stranger = person("Stan");
        var matched = person("Mia");
        var removed = person("Rob");
        var blocked = person("Bea");
        meetings.accept(matched, mixer, meetings.request(ana, mixer, matched, null).id());
        connections.record(ana, breakfast, removed, ConnectionSource.SEARCH);
        connections.remove(ana, connections.network(ana, NetworkFilter.ALL).stream()
                .filter(mine -> mine.other().accountId().equals(removed)).findFirst().orElseThrow().id());
        connections.record(ana, breakfast, blocked, ConnectionSource.SEARCH);
        blocks.block(blocked, ana);

        assertThat(contacts.contact(ana, matched).timeline()).extracting(TimelineEntry::kind)
                .containsExactly(TimelineKind.MEETING);
        for (AccountId other : List.of(stranger, removed, blocked, ana, new AccountId(UUID.randomUUID()))) {
            assertThatThrownBy(() -> contacts.contact(ana, other)).isInstanceOf(ContactNotFoundException.class);
            assertThatThrownBy(() -> contacts.keepInTouch(ana, other, KeepInTouchEvery.P30D))
                    .isInstanceOf(ContactNotFoundException.class);
        }
        assertThat(contacts.contact(removed, ana).timeline()).as("Rob keeps his entry").isNotEmpty();
    }

    @Test
    void keepingInTouchIsDueAPeriodAfterTheLastSharedMomentAndCanBeTurnedOff() {
        var ana = person("Ana");
        var ben = person("Ben");
        connections.record(ana, breakfast, ben, ConnectionSource.CODE);
        Instant connectedAt = contacts.contact(ana, ben).timeline().get(0).at();

        var set = contacts.keepInTouch(ana, ben, KeepInTouchEvery.P90D);

        assertThat(set.keepInTouchEvery()).isEqualTo(KeepInTouchEvery.P90D);
        assertThat(set.keepInTouchDue()).isEqualTo(connectedAt.plus(Duration.ofDays(90)));
        assertThat(contacts.contact(ben, ana).keepInTouchEvery()).as("Ben's setting is his").isNull();
        assertThat(contacts.keepInTouch(ana, ben, null).keepInTouchEvery()).isNull();
        assertThat(sql.fetchCount(KEEP_IN_TOUCH, KEEP_IN_TOUCH.OWNER_ID.eq(ana))).isZero();
    }

    @Test
    void aDueSettingIsClaimedOnceThenItsNextPeriodStartsAndNewMomentsPushItBack() {
        var ana = person("Ana");
        var ben = person("Ben");
        var cleo = person("Cleo");
        connections.record(ana, breakfast, ben, ConnectionSource.CODE);
        connections.record(ana, breakfast, cleo, ConnectionSource.CODE);
        ageHistory(ana, Duration.ofDays(40));
        contacts.keepInTouch(ana, ben, KeepInTouchEvery.P30D);
        contacts.keepInTouch(ana, cleo, KeepInTouchEvery.P30D);
        // Cleo and Ana met again since the setting was made: the stored due time is only a lower bound.
        meetings.accept(cleo, mixer, meetings.request(ana, mixer, cleo, null).id());

        List<DueContact> due = claim();

        assertThat(due).singleElement().satisfies(contact -> {
            assertThat(contact.owner()).isEqualTo(ana);
            assertThat(contact.contact()).isEqualTo(ben);
            assertThat(contact.contactName()).isEqualTo("Ben");
            assertThat(contact.lastTopic().kind()).isEqualTo(TimelineKind.CONNECTED);
        });
        assertThat(claim()).as("told once").isEmpty();
        assertThat(contacts.contact(ana, ben).keepInTouchDue()).isAfter(Instant.now().plus(Duration.ofDays(29)));
        assertThat(sql.select(KEEP_IN_TOUCH.DUE_AT).from(KEEP_IN_TOUCH).where(KEEP_IN_TOUCH.OWNER_ID.eq(ana)
                .and(KEEP_IN_TOUCH.CONTACT_ID.eq(cleo))).fetchSingle().value1())
                .as("moved to a period after the meeting").isAfter(Instant.now().plus(Duration.ofDays(29)));
        assertThat(contacts.timeToGetInTouch(ana)).isEmpty();
    }

    @Test
    void theWeeklyListHoldsWhoIsDueThisWeekWithWhatWeTalkedAbout() {
        var ana = person("Ana");
        var ben = person("Ben");
        var cleo = person("Cleo");
        var met = connections.record(ana, breakfast, ben, ConnectionSource.CODE).connection().id();
        connections.update(ana, met, new NotesPatch(Optional.of("Wants the pilot numbers"), null, null, null, null));
        connections.record(ana, breakfast, cleo, ConnectionSource.CODE);
        ageHistory(ana, Duration.ofDays(25));
        contacts.keepInTouch(ana, ben, KeepInTouchEvery.P30D);
        contacts.keepInTouch(ana, cleo, KeepInTouchEvery.P90D);

        assertThat(contacts.timeToGetInTouch(ana)).singleElement().satisfies(due -> {
            assertThat(due.contactName()).isEqualTo("Ben");
            assertThat(due.lastTopic().text()).isEqualTo("Wants the pilot numbers");
        });
    }

    @Test
    void instancesClaimingAtTheSameMomentTellEachOwnerOnce() throws Exception {
        var hub = person("Hub");
        var owners = new ArrayList<AccountId>();
        for (int i = 0; i < 12; i++) {
            var owner = person("Owner");
            connections.record(owner, breakfast, hub, ConnectionSource.CODE);
            ageHistory(owner, Duration.ofDays(100));
            contacts.keepInTouch(owner, hub, KeepInTouchEvery.P90D);
            owners.add(owner);
        }
        // Any other test's settings that are due are claimed too: counted first, so each is expected once.
        int alreadyDue = sql.fetchCount(KEEP_IN_TOUCH, KEEP_IN_TOUCH.DUE_AT.le(Instant.now())
                .and(KEEP_IN_TOUCH.CONTACT_ID.ne(hub)));
        Callable<Object> instance = () -> transactions.executeWrite(status -> contacts.claimDue(5).size()
                + claimRest());

        var results = Parallel.run(List.of(instance, instance, instance, instance));

        assertThat(results).allSatisfy(result -> assertThat(result).isInstanceOf(Integer.class));
        assertThat(results.stream().mapToInt(result -> (Integer) result).sum())
                .isLessThanOrEqualTo(owners.size() + alreadyDue)
                .isGreaterThanOrEqualTo(owners.size());
        assertThat(sql.fetchCount(KEEP_IN_TOUCH, KEEP_IN_TOUCH.CONTACT_ID.eq(hub)
                .and(KEEP_IN_TOUCH.NOTICED_AT.isNotNull()))).isEqualTo(owners.size());
    }

    @Test
    void negativeControlReadingDueSettingsWithoutLockingHandsThemToEveryInstance() throws Exception {
        var hub = person("Hub");
        for (int i = 0; i < 6; i++) {
            var owner = person("Owner");
            connections.record(owner, breakfast, hub, ConnectionSource.CODE);
            ageHistory(owner, Duration.ofDays(100));
            contacts.keepInTouch(owner, hub, KeepInTouchEvery.P90D);
        }
        Callable<Object> unlocked = () -> transactions.executeWrite(status -> {
            int read = sql.fetchCount(KEEP_IN_TOUCH, KEEP_IN_TOUCH.CONTACT_ID.eq(hub)
                    .and(KEEP_IN_TOUCH.DUE_AT.le(Instant.now())));
            Thread.sleep(200);
            return read;
        });

        var results = Parallel.run(List.of(unlocked, unlocked, unlocked));

        assertThat(results.stream().mapToInt(result -> (Integer) result).sum()).as("every row read three times")
                .isEqualTo(18);
        sql.deleteFrom(KEEP_IN_TOUCH).where(KEEP_IN_TOUCH.CONTACT_ID.eq(hub)).execute();
    }

    @Test
    void settingsAreExportedAndErasedWithEitherPerson() {
        var ana = person("Ana");
        var ben = person("Ben");
        var cleo = person("Cleo");
        connections.record(ana, breakfast, ben, ConnectionSource.CODE);
        connections.record(cleo, breakfast, ana, ConnectionSource.CODE);
        contacts.keepInTouch(ana, ben, KeepInTouchEvery.P180D);
        contacts.keepInTouch(cleo, ana, KeepInTouchEvery.P30D);

        @SuppressWarnings("unchecked")
        var exported = (List<Map<String, Object>>) personalData.export(ana).get("keepInTouch");
        assertThat(exported).singleElement().satisfies(item -> {
            assertThat(item.get("contactAccountId")).isEqualTo(ben.toString());
            assertThat(item.get("every")).isEqualTo("P180D");
        });
        assertThat(personalData.export(ben).get("keepInTouch")).asList().isEmpty();

        transactions.executeWrite(status -> {
            personalData.eraseAll(ana);
            return null;
        });

        assertThat(sql.fetchCount(KEEP_IN_TOUCH, KEEP_IN_TOUCH.OWNER_ID.eq(ana)
                .or(KEEP_IN_TOUCH.CONTACT_ID.eq(ana)))).isZero();
    }

    /** Claims what is left in the same transaction, as the notice job does page after page. */
    private int claimRest() {
        int told = 0;
        for (int page = contacts.claimDue(5).size(); page > 0; page = contacts.claimDue(5).size()) {
            told += page;
        }
        return told;
    }

    private List<DueContact> claim() {
        return transactions.executeWrite(status -> contacts.claimDue(100));
    }

    /** Moves the owner's shared history into the past, as if it had happened {@code by} ago. */
    private void ageHistory(AccountId owner, Duration by) {
        String mine = "(select connection_id from connection_entries where owner_id = ?)";
        sql.execute("update connections set created_at = created_at - ?::interval where id in " + mine,
                by.toString(), owner.value());
        sql.execute("update connection_entries set updated_at = updated_at - ?::interval where connection_id in "
                + mine, by.toString(), owner.value());
        sql.execute("update meeting_requests set responded_at = responded_at - ?::interval"
                + " where status = 'ACCEPTED' and (from_account = ? or to_account = ?)", by.toString(),
                owner.value(), owner.value());
    }

    private AccountId person(String name) {
        var person = TestPeople.create(sql, 1, name).get(0);
        profiles.update(person, new ProfileInput(name, name + "'s headline", "", "", "", null, List.of(), List.of(),
                List.of(), List.of(), Map.of("headline", "CONNECTIONS")));
        registrations.register(person, breakfast);
        registrations.register(person, mixer);
        return person;
    }
}
