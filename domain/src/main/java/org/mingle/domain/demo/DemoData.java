package org.mingle.domain.demo;

import static org.mingle.db.jooq.Tables.EVENTS;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.mingle.domain.accounts.AccountService;
import org.mingle.domain.accounts.SharedPassword;
import org.mingle.domain.events.EventId;
import org.mingle.domain.events.EventInput;
import org.mingle.domain.events.EventRole;
import org.mingle.domain.events.EventService;
import org.mingle.domain.events.TeamInvitationService;
import org.mingle.domain.matching.DismissalReason;
import org.mingle.domain.matching.DismissalService;
import org.mingle.domain.meetings.MeetingRequestService;
import org.mingle.domain.meetings.MeetingScheduleService;
import org.mingle.domain.meetings.SessionInput;
import org.mingle.domain.meetings.TableInput;
import org.mingle.domain.moderation.Administrators;
import org.mingle.domain.moderation.ModerationService;
import org.mingle.domain.moderation.ReportReason;
import org.mingle.domain.profiles.ProfilePhotoService;
import org.mingle.domain.profiles.ProfileService;
import org.mingle.domain.registration.RegistrationService;
import org.mingle.domain.shared.AccountId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A realistic set of events for a first look at Mingle, created through the same service and rules as real ones.
 * Seeds only an empty database, once, even when several instances start together.
 */
@Singleton
public class DemoData {

    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);
    private static final long SEED_LOCK = 0x44656d6fL;

    private record DemoEvent(String title, String description, int daysAhead, LocalTime localStart, Duration length,
                             String zone, String venue, int capacity, boolean approvalRequired, double perspective,
                             boolean publish, List<String> topics, String city, boolean online) {
    }

    private static final List<DemoEvent> EVENTS_TO_SEED = List.of(
            new DemoEvent("Climate Tech Founders Mixer",
                    "Founders, engineers and investors working on decarbonisation meet for an evening of short "
                            + "introductions and speed networking. Bring your hardest problem.",
                    3, LocalTime.of(18, 30), Duration.ofHours(3), "Europe/Berlin", "Factory Berlin Görlitzer Park",
                    120, false, 0.4, true, List.of("climate tech", "startups"), "Berlin", false),
            new DemoEvent(DemoData.CURATED_TITLE,
                    "An evening for data scientists and ML engineers of every level. Mentors on site for career "
                            + "conversations.",
                    6, LocalTime.of(18, 0), Duration.ofHours(2).plusMinutes(30), "Europe/London",
                    "Google for Startups Campus, Shoreditch", 80, true, 0.5, true, List.of("data science", "ai"),
                    "London", false),
            new DemoEvent("Product Leaders Breakfast",
                    "Heads of product and senior PMs trade notes on discovery, pricing and team design over breakfast.",
                    9, LocalTime.of(8, 0), Duration.ofMinutes(90), "America/New_York", "The Assemblage NoMad",
                    40, true, 0.2, true, List.of("product"), "New York", false),
            new DemoEvent("Open Source Maintainers Meetup",
                    "Maintainers and contributors meet the companies that depend on their work. Short talks, then "
                            + "tables by ecosystem.",
                    12, LocalTime.of(19, 0), Duration.ofHours(3), "Europe/Amsterdam", "Pakhuis de Zwijger", 150,
                    false, 0.6, true, List.of("open source"), "Amsterdam", false),
            new DemoEvent("Design Systems Speed Networking",
                    "Eight-minute rounds with designers and front-end engineers who build and run design systems.",
                    17, LocalTime.of(18, 30), Duration.ofHours(2), "Europe/Lisbon", "LACS Conde d'Óbidos", 60,
                    false, 0.7, true, List.of("design"), "Lisbon", false),
            new DemoEvent("Fintech Investors & Founders Evening",
                    "Seed and Series A founders meet angels and fund partners active in payments and embedded finance.",
                    24, LocalTime.of(18, 0), Duration.ofHours(3), "Asia/Singapore", "Lattice80, Marina Bay", 100,
                    true, 0.3, true, List.of("fintech", "startups"), "Singapore", false),
            new DemoEvent("AI in Healthcare Roundtable",
                    "Clinicians, researchers and builders discuss what it takes to ship AI into hospitals. Online: "
                            + "the link reaches confirmed guests a day before.",
                    31, LocalTime.of(17, 30), Duration.ofHours(2), "America/Chicago", "", 50,
                    true, 0.8, true, List.of("ai", "healthcare"), "", true),
            new DemoEvent("Hardware Startups Night (draft)",
                    "Still being planned: makers, hardware founders and contract manufacturers.",
                    45, LocalTime.of(18, 0), Duration.ofHours(3), "Europe/Berlin", "To be announced", 70, false, 0.5,
                    false, List.of("hardware", "startups"), "Berlin", false));

    /** The demo organizer: log in with these to manage the demo events. */
    public static final String ORGANIZER_EMAIL = Administrators.DEMO_ADMINISTRATOR;
    public static final String ORGANIZER_PASSWORD = "welcome-to-mingle-2026";
    /** A demo attendee of the first event, with a profile: log in to see recommendations and requests. */
    public static final String ATTENDEE_EMAIL = DemoPeople.ATTENDEE_EMAIL;
    private static final String ORGANIZER_NAME = "Olivia Demo";
    /** Invited to the first event's check-in staff without an account: the team list shows her invitation pending. */
    public static final String INVITED_EMAIL = "sam.helper@example.com";
    /** How many demo people wait for approval at the first event that needs it. */
    static final int PENDING_DEMO = 6;
    /** That event. */
    static final String CURATED_TITLE = "Women in Data Science Networking Night";

    private final EventService events;
    private final TeamInvitationService invitations;
    private final AccountService accounts;
    private final ProfileService profiles;
    private final ProfilePhotoService photos;
    private final RegistrationService registrations;
    private final MeetingRequestService meetings;
    private final MeetingScheduleService meetingSchedule;
    private final DismissalService dismissals;
    private final DemoCompletedEvent completedEvent;
    private final DemoGroups demoGroups;
    private final DemoSeries demoSeries;
    private final DemoAgenda demoAgenda;
    private final DemoFreeNow demoFreeNow;
    private final DemoCategories demoCategories;
    private final DemoCurated demoCurated;
    private final ModerationService moderation;
    private final DemoPublicProfiles demoPublicProfiles;
    private final DSLContext sql;
    private final Clock clock;

    DemoData(EventService events, TeamInvitationService invitations, AccountService accounts, ProfileService profiles,
             ProfilePhotoService photos, RegistrationService registrations, MeetingRequestService meetings,
             MeetingScheduleService meetingSchedule, DismissalService dismissals, DemoCompletedEvent completedEvent,
             DemoGroups demoGroups,
             DemoSeries demoSeries, DemoAgenda demoAgenda, DemoFreeNow demoFreeNow,
             DemoCategories demoCategories, DemoCurated demoCurated, ModerationService moderation,
             DemoPublicProfiles demoPublicProfiles, DSLContext sql, Clock clock) {
        this.demoCategories = demoCategories;
        this.moderation = moderation;
        this.demoPublicProfiles = demoPublicProfiles;
        this.events = events;
        this.invitations = invitations;
        this.accounts = accounts;
        this.profiles = profiles;
        this.photos = photos;
        this.registrations = registrations;
        this.meetings = meetings;
        this.meetingSchedule = meetingSchedule;
        this.dismissals = dismissals;
        this.completedEvent = completedEvent;
        this.demoGroups = demoGroups;
        this.demoSeries = demoSeries;
        this.demoAgenda = demoAgenda;
        this.demoFreeNow = demoFreeNow;
        this.demoCurated = demoCurated;
        this.sql = sql;
        this.clock = clock;
    }

    /**
     * Seeds the upcoming demo events, one under way with people free now, and one that took place two weeks ago, with
     * its report, and the demo groups: the climate events belong to a public circle.
     *
     * @return how many events were created: none when the database already holds events
     */
    @Transactional
    public int seedIfEmpty() {
        sql.execute("select pg_advisory_xact_lock(" + SEED_LOCK + ")");
        if (sql.fetchExists(EVENTS)) {
            LOG.info("Demo data not loaded: the database already holds events");
            return 0;
        }
        var portraits = DemoPortraits.drawnMeanwhile();
        var password = accounts.sharedPassword(ORGANIZER_PASSWORD);
        var organizer = accounts.findByEmail(ORGANIZER_EMAIL)
                .orElseGet(() -> accounts.createWithSharedPassword(ORGANIZER_EMAIL, ORGANIZER_NAME, password))
                .id();
        EventId first = null;
        EventId curated = null;
        EventId last = null;
        EventId arranged = null;
        for (var demo : EVENTS_TO_SEED) {
            var zone = ZoneId.of(demo.zone());
            var start = LocalDate.now(clock.withZone(zone)).plusDays(demo.daysAhead()).atTime(demo.localStart())
                    .atZone(zone).toInstant();
            var event = events.create(organizer, new EventInput(demo.title(), demo.description(), start,
                    start.plus(demo.length()), demo.zone(), demo.venue(), demo.capacity(), null,
                    demo.approvalRequired(), demo.perspective(), null, null, demo.topics(), demo.city(),
                    demo.online()));
            if (demo.publish()) {
                events.publish(organizer, event.id());
            }
            first = first == null ? event.id() : first;
            last = demo.publish() ? event.id() : last;
            arranged = demo.title().equals(DemoCurated.EVENT_TITLE) ? event.id() : arranged;
            if (curated == null && demo.publish() && demo.approvalRequired()) {
                curated = event.id();
            }
        }
        invitations.addOrInvite(organizer, first, INVITED_EMAIL, EventRole.CHECKIN_STAFF, null);
        var attendees = seedAttendees(first, password, portraits.join());
        seedMeetings(organizer, first, attendees);
        seedDismissals(first, attendees);
        demoAgenda.seed(organizer, first, attendees);
        var underWay = demoFreeNow.seed(organizer, attendees);
        demoCategories.seed(organizer, first, attendees);
        demoCurated.seed(organizer, arranged, attendees);
        seedPendingApprovals(curated, attendees);
        var held = completedEvent.seed(organizer, attendees, password);
        demoGroups.seed(organizer, attendees, List.of(first, held));
        demoPublicProfiles.seed(organizer, attendees, held);
        demoSeries.seedInAGroupOf(organizer)
                .ifPresent(series -> LOG.info("Loaded the demo group's monthly series {}", series));
        // One open report, so the organizer (an administrator in the demo) finds something on the administration page.
        moderation.reportEvent(attendees.get(attendees.size() - 1), last, ReportReason.FAKE_OR_TEST,
                "Looks like a test event to me.");
        // And one of a group, run by a demo person, so groups show beside events there (decision 44).
        var dubious = demoGroups.seedDubious(attendees.get(attendees.size() - 2));
        moderation.reportGroup(attendees.get(2), dubious.id(), ReportReason.SPAM, "Promises to double your money.");
        LOG.info("Loaded {} demo events, {} under way; log in as {} with password {} to manage them",
                EVENTS_TO_SEED.size() + 2, underWay, ORGANIZER_EMAIL, ORGANIZER_PASSWORD);
        return EVENTS_TO_SEED.size() + 2;
    }

    /**
     * Registers the demo people for the first event, each with a networking profile and most with a drawn portrait
     * (the others show their initials); returns them in order.
     */
    private List<AccountId> seedAttendees(EventId event, SharedPassword password, Map<Integer, byte[]> portraits) {
        List<AccountId> attendees = new ArrayList<>();
        for (int i = 0; i < DemoPeople.ALL.size(); i++) {
            var person = DemoPeople.ALL.get(i);
            var name = person.profile().displayName();
            var account = accounts.findByEmail(person.email())
                    .orElseGet(() -> accounts.createWithSharedPassword(person.email(), name, password))
                    .id();
            profiles.update(account, person.profile());
            if (person.withPortrait()) {
                photos.upload(account, portraits.get(i));
            }
            registrations.register(account, event);
            attendees.add(account);
        }
        LOG.info("Registered {} demo attendees with profiles; log in as {} with the same password to meet them",
                DemoPeople.ALL.size(), ATTENDEE_EMAIL);
        return attendees;
    }

    /**
     * Some of the demo people asked to join the first event that needs approval, {@value #PENDING_DEMO} of them: its
     * dashboard shows them waiting, to approve, decline or message several at once.
     */
    private void seedPendingApprovals(EventId event, List<AccountId> attendees) {
        attendees.subList(3, 3 + PENDING_DEMO).forEach(person -> registrations.register(person, event));
    }

    /**
     * The demo attendee passed on two people as not relevant who share only climate tech with them (Dara and Inês):
     * their suggestions there weigh climate tech less and say so (decision 53).
     */
    private void seedDismissals(EventId event, List<AccountId> attendees) {
        for (int passedOn : List.of(4, 9)) {
            dismissals.dismiss(attendees.get(0), event, attendees.get(passedOn), DismissalReason.NOT_RELEVANT);
        }
    }

    /**
     * A networking session with tables at the first event, and two meetings of the demo attendee's: one Ana asked
     * for, one the attendee asked Ben for, both accepted, so each has a time and a table.
     */
    private void seedMeetings(AccountId organizer, EventId event, List<AccountId> attendees) {
        var start = events.get(Optional.of(organizer), event).details().startsAt().plus(Duration.ofMinutes(30));
        meetingSchedule.addSession(organizer, event,
                new SessionInput("One-to-one meetings", start, start.plus(Duration.ofHours(1)), 15));
        for (var table : List.of(new TableInput("Table 1", 2), new TableInput("Table 2", 2),
                new TableInput("Lounge", 6))) {
            meetingSchedule.addTable(organizer, event, table);
        }
        var alex = attendees.get(0);
        var fromAna = meetings.request(attendees.get(1), event, alex, "Would love your view on cell degradation.");
        meetings.accept(alex, event, fromAna.id());
        var toBen = meetings.request(alex, event, attendees.get(2), "Could we talk about your fund's thesis?");
        meetings.accept(attendees.get(2), event, toBen.id());
    }
}
