package org.mingle.domain.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mingle.db.jooq.Tables.ACCOUNTS;
import static org.mingle.db.jooq.Tables.KEEP_IN_TOUCH;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mingle.domain.accounts.AccountService;
import org.mingle.domain.agenda.AgendaService;
import org.mingle.domain.agenda.SpokenTalk;
import org.mingle.domain.agenda.Talk;
import org.mingle.domain.availability.AvailabilityService;
import org.mingle.domain.connections.ConnectionService;
import org.mingle.domain.contacts.ContactService;
import org.mingle.domain.contacts.KeepInTouchEvery;
import org.mingle.domain.contacts.TimelineEntry;
import org.mingle.domain.contacts.TimelineKind;
import org.mingle.domain.curated.Category;
import org.mingle.domain.curated.CategoryService;
import org.mingle.domain.endorsements.EndorsementService;
import org.mingle.domain.endorsements.EndorsementStatus;
import org.mingle.domain.events.Event;
import org.mingle.domain.events.EventSearch;
import org.mingle.domain.events.EventService;
import org.mingle.domain.events.EventStatus;
import org.mingle.domain.events.TeamInvitation;
import org.mingle.domain.events.TeamInvitationService;
import org.mingle.domain.groups.Group;
import org.mingle.domain.groups.GroupService;
import org.mingle.domain.matching.PersonToMeet;
import org.mingle.domain.matching.Reason;
import org.mingle.domain.matching.RecommendationService;
import org.mingle.domain.meetings.MeetingScheduleService;
import org.mingle.domain.notifications.Notification;
import org.mingle.domain.notifications.NotificationKind;
import org.mingle.domain.notifications.NotificationService;
import org.mingle.domain.notifications.TestNotices;
import org.mingle.domain.profiles.PhotoSize;
import org.mingle.domain.profiles.ProfilePhotoService;
import org.mingle.domain.publicprofiles.PublicProfileService;
import org.mingle.domain.registration.RegistrationService;
import org.mingle.domain.reports.ReportService;
import org.mingle.domain.shared.PageRequest;
import org.mingle.testsupport.MicronautPostgres;

@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoDataTest implements MicronautPostgres {

    @Inject
    ApplicationContext context;
    @Inject
    DemoData demoData;
    @Inject
    EventService events;
    @Inject
    AccountService accounts;
    @Inject
    RecommendationService recommendations;
    @Inject
    RegistrationService registrations;
    @Inject
    MeetingScheduleService meetingSchedule;
    @Inject
    ReportService reports;
    @Inject
    NotificationService notifications;
    @Inject
    ConnectionService connections;
    @Inject
    TeamInvitationService invitations;
    @Inject
    ProfilePhotoService photos;
    @Inject
    GroupService groups;
    @Inject
    AgendaService agenda;
    @Inject
    CategoryService categories;
    @Inject
    PublicProfileService publicProfiles;
    @Inject
    EndorsementService endorsements;
    @Inject
    ContactService contacts;
    @Inject
    DSLContext sql;
    @Inject
    AvailabilityService availability;

    @Test
    void seedsAnEmptyDatabaseOnceEvenWhenStartedTwiceAtOnce() throws Exception {
        var pool = Executors.newFixedThreadPool(2);
        try {
            var first = CompletableFuture.supplyAsync(demoData::seedIfEmpty, pool);
            var second = CompletableFuture.supplyAsync(demoData::seedIfEmpty, pool);

            assertThat(first.get() + second.get()).isEqualTo(10);
            assertThat(first.get() * second.get()).isZero();
        } finally {
            pool.shutdownNow();
        }
        assertThat(demoData.seedIfEmpty()).isZero();
        TestNotices.awaitTold(context);

        var upcoming = events.listUpcoming(EventSearch.all(), PageRequest.of(0, 100));
        // Seven published demo events, the one under way and the six evenings of the demo group's monthly series.
        assertThat(upcoming.total()).isEqualTo(14);
        assertThat(upcoming.items()).extracting(Event::title).contains("Climate Tech Founders Mixer")
                .doesNotContain("Hardware Startups Night (draft)");
        assertThat(upcoming.items()).filteredOn(event -> !event.title().equals(DemoFreeNow.TITLE))
                .allSatisfy(event -> assertThat(event.details().startsAt()).isAfter(Instant.now()));
        assertThat(events.listUpcoming(new EventSearch(null, null, null, null, null, true), PageRequest.of(0, 100))
                .items()).as("one online event for the filter").extracting(Event::title)
                .containsExactly("AI in Healthcare Roundtable");
        assertThat(events.listUpcoming(new EventSearch(null, null, null, "startups", "berlin", null),
                PageRequest.of(0, 100)).items()).extracting(Event::title).contains("Climate Tech Founders Mixer");

        var mixer = upcoming.items().stream().filter(event -> event.title().equals("Climate Tech Founders Mixer"))
                .findFirst().orElseThrow();
        var attendee = accounts.findByEmail(DemoData.ATTENDEE_EMAIL).orElseThrow().id();
        var people = recommendations.recommendations(attendee, mixer.id(), 10);
        assertThat(people).as("13 others, less the two met and the two passed on as not relevant").hasSize(9);
        assertThat(people.get(0).reasons()).extracting(Reason::kind)
                .contains(Reason.Kind.SHARED_INTEREST, Reason.Kind.COMPLEMENTARY_GOAL);
        assertThat(people).flatMap(PersonToMeet::reasons).extracting(Reason::detail)
                .contains("Less weight on Climate tech: you passed on 2 people for it");
        var faces = photos.shownTo(attendee, people.stream().map(PersonToMeet::accountId).toList());
        assertThat(faces).as("most show a drawn portrait, some their initials").hasSizeBetween(5, people.size() - 1);
        assertThat(photos.photo(attendee, attendee, PhotoSize.SMALL)).as("the demo attendee adds their own").isEmpty();
        var meetings = meetingSchedule.mine(attendee, mixer.id());
        assertThat(meetings).hasSize(2).allSatisfy(meeting -> {
            assertThat(meeting.slot().startsAt()).isAfter(mixer.details().startsAt());
            assertThat(meeting.table()).isNotNull();
        });
        assertThat(meetings).extracting(meeting -> meeting.slot().startsAt()).doesNotHaveDuplicates();
        assertThat(notifications.list(attendee, true, PageRequest.of(0, 20)).items())
                .extracting(Notification::kind).contains(NotificationKind.REGISTRATION_CONFIRMED,
                        NotificationKind.MEETING_REQUESTED, NotificationKind.MEETING_ACCEPTED,
                        NotificationKind.MEETING_SCHEDULED);

        var underWay = upcoming.items().stream().filter(event -> event.title().equals(DemoFreeNow.TITLE))
                .findFirst().orElseThrow();
        assertThat(underWay.details().startsAt()).isBefore(Instant.now());
        assertThat(availability.freeNow(attendee, underWay.id(), 20)).as("demo people free now, best match first")
                .isNotEmpty().allSatisfy(free -> assertThat(free.freeUntil()).isAfter(Instant.now()));

        var organizer = accounts.findByEmail(DemoData.ORGANIZER_EMAIL).orElseThrow().id();
        assertThat(invitations.pending(organizer, mixer.id())).extracting(TeamInvitation::email)
                .containsExactly(DemoData.INVITED_EMAIL);
        var curated = upcoming.items().stream().filter(event -> event.title().equals(DemoData.CURATED_TITLE))
                .findFirst().orElseThrow();
        assertThat(registrations.counts(organizer, curated.id()).pending()).as("to approve several at once")
                .isEqualTo(DemoData.PENDING_DEMO);
        var breakfast = events.listOrganizedBy(organizer).stream()
                .filter(event -> event.title().equals(DemoCompletedEvent.TITLE)).findFirst().orElseThrow();
        assertThat(breakfast.status()).isEqualTo(EventStatus.COMPLETED);
        assertThat(breakfast.details().endsAt()).isBefore(Instant.now());
        var report = reports.report(organizer, breakfast.id());
        assertThat(report.funnel().registered()).isEqualTo(50);
        assertThat(report.funnel().cancelled()).isEqualTo(2);
        assertThat(report.funnel().checkedIn()).isBetween(30, 48);
        assertThat(report.networking().connections()).isBetween(60, 120);
        assertThat(report.networking().crossIndustryShare()).isBetween(0.3, 1.0);
        assertThat(report.outcomes()).anySatisfy(outcome -> assertThat(outcome.count()).isGreaterThanOrEqualTo(3));
        assertThat(report.outcomes()).anySatisfy(outcome -> assertThat(outcome.fewerThanThree()).isTrue());
        assertThat(reports.mine(attendee, breakfast.id()).peopleMet()).isGreaterThanOrEqualTo(5);
        assertThat(connections.dueCount(attendee)).as("a follow-up due today, whose notice the next check sends")
                .isEqualTo(1);
        assertThat(endorsements.received(attendee, EndorsementStatus.PENDING, PageRequest.of(0, 10)).total())
                .as("one endorsement for the demo attendee to approve").isEqualTo(1);
        assertThat(endorsements.approvedTopicsOf(attendee)).as("and the ones approved already").isNotEmpty();
        var ana = accounts.findByEmail("ana.ribeiro@example.com").orElseThrow().id();
        assertThat(endorsements.approvedOf(ana)).as("other demo people approved theirs").isNotEmpty()
                .allSatisfy(endorsement -> assertThat(endorsement.eventTitle()).contains(DemoCompletedEvent.TITLE));

        var keptInTouch = sql.select(KEEP_IN_TOUCH.CONTACT_ID).from(KEEP_IN_TOUCH)
                .where(KEEP_IN_TOUCH.OWNER_ID.eq(attendee)).fetchSingle().value1();
        var contact = contacts.contact(attendee, keptInTouch);
        assertThat(contact.keepInTouchEvery()).isEqualTo(KeepInTouchEvery.P30D);
        assertThat(contact.timeline()).extracting(TimelineEntry::kind).as("met at the breakfast, several kinds")
                .contains(TimelineKind.CONNECTED, TimelineKind.MEETING, TimelineKind.NOTE);
        assertThat(contact.timeline()).extracting(TimelineEntry::eventId).contains(breakfast.id());
        assertThat(contact.upcomingTogether()).extracting(Event::id).contains(mixer.id());

        var circle = groups.get(Optional.of(attendee), "berlin-climate-tech");
        assertThat(circle.group().name()).isEqualTo(DemoGroups.CIRCLE_NAME);
        assertThat(circle.viewerBelongs()).isTrue();
        assertThat(circle.group().memberCount()).isEqualTo(DemoGroups.CIRCLE_MEMBERS + 1);
        var groupUpcoming = groups.events(Optional.empty(), "berlin-climate-tech", true, PageRequest.of(0, 10));
        assertThat(groupUpcoming.items()).extracting(Event::id).as("the mixer and the monthly series")
                .contains(mixer.id()).hasSize(7);
        assertThat(groupUpcoming.items()).extracting(Event::title).filteredOn(DemoSeries.TITLE::equals).hasSize(6);
        assertThat(groups.events(Optional.empty(), "berlin-climate-tech", false, PageRequest.of(0, 10)).items())
                .extracting(Event::id).containsExactly(breakfast.id());
        assertThat(groups.requests(organizer, circle.group().id(), PageRequest.of(0, 10)).total()).isEqualTo(1);
        assertThat(groups.mine(attendee)).extracting(mine -> mine.group().name())
                .containsExactlyInAnyOrder(DemoGroups.CIRCLE_NAME, DemoGroups.PRIVATE_NAME);
        assertThat(groups.search(null, null, null, PageRequest.of(0, 10)).items()).extracting(Group::name)
                .containsExactlyInAnyOrder(DemoGroups.CIRCLE_NAME, DemoGroups.REPORTED_NAME);

        var talks = agenda.wholeAgenda(Optional.empty(), mixer.id());
        assertThat(talks).as("the mixer's agenda").hasSize(4);
        assertThat(talks).flatExtracting(Talk::speakers).anySatisfy(speaker -> assertThat(speaker.isGuest()).isTrue())
                .anySatisfy(speaker -> assertThat(speaker.name()).isEqualTo("Ana Ribeiro"));
        var speaker = accounts.findByEmail("ana.ribeiro@example.com").orElseThrow().id();
        assertThat(agenda.talksGivenBy(speaker)).extracting(SpokenTalk::eventTitle)
                .containsExactly("Climate Tech Founders Mixer");

        assertThat(categories.mine(attendee, mixer.id())).as("the demo attendee is a founder at the mixer")
                .contains(new Category("founder", "Founders"));
        var ben = accounts.findByEmail("ben.okafor@example.com").orElseThrow().id();
        var hugo = accounts.findByEmail("hugo.lefevre@example.com").orElseThrow().id();
        assertThat(recommendations.recommendations(ben, mixer.id(), 20)).as("investors do not meet investors")
                .extracting(PersonToMeet::accountId).doesNotContain(hugo).isNotEmpty();

        var anaPage = publicProfiles.find("ana-ribeiro").orElseThrow();
        assertThat(anaPage.talks()).as("her talk at the mixer on her public page").extracting(SpokenTalk::eventTitle)
                .containsExactly("Climate Tech Founders Mixer");
        assertThat(publicProfiles.find("alex-demo").orElseThrow().endorsements())
                .as("the demo attendee's approved endorsements on their public page").isNotEmpty();

        // The demo accounts share one hash of the published password (decision 65): each of them still logs in with it.
        var demoEmails = sql.select(ACCOUNTS.EMAIL).from(ACCOUNTS).where(ACCOUNTS.EMAIL.isNotNull())
                .fetch(ACCOUNTS.EMAIL);
        assertThat(demoEmails).as("the organizer, the demo people and the breakfast's guests").hasSize(51)
                .allSatisfy(email -> assertThat(accounts.logIn(email, DemoData.ORGANIZER_PASSWORD, null))
                        .extracting(account -> account.email().value()).isEqualTo(email));
    }
}
