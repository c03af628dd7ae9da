package org.mingle.domain.demo;

import static org.mingle.db.jooq.Tables.CONNECTIONS;
import static org.mingle.db.jooq.Tables.MEETING_BOOKINGS;
import static org.mingle.db.jooq.Tables.MEETING_REQUESTS;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.jooq.DSLContext;
import org.mingle.domain.accounts.AccountService;
import org.mingle.domain.accounts.SharedPassword;
import org.mingle.domain.connections.ConnectionId;
import org.mingle.domain.connections.ConnectionService;
import org.mingle.domain.connections.ConnectionSource;
import org.mingle.domain.connections.FollowUp;
import org.mingle.domain.connections.NetworkFilter;
import org.mingle.domain.connections.NotesPatch;
import org.mingle.domain.contacts.ContactService;
import org.mingle.domain.contacts.KeepInTouchEvery;
import org.mingle.domain.endorsements.Endorsement;
import org.mingle.domain.endorsements.EndorsementService;
import org.mingle.domain.events.EventId;
import org.mingle.domain.events.EventInput;
import org.mingle.domain.events.EventService;
import org.mingle.domain.meetings.HeldMeetingService;
import org.mingle.domain.meetings.MeetingRequestId;
import org.mingle.domain.meetings.MeetingRequestService;
import org.mingle.domain.meetings.MeetingScheduleService;
import org.mingle.domain.meetings.SessionInput;
import org.mingle.domain.meetings.TableInput;
import org.mingle.domain.profiles.Interest;
import org.mingle.domain.profiles.ProfileInput;
import org.mingle.domain.profiles.ProfileService;
import org.mingle.domain.profiles.ProfileView;
import org.mingle.domain.registration.RegistrationService;
import org.mingle.domain.shared.AccountId;

/**
 * A demo event that took place two weeks ago, with a realistic report: 50 registrations (two cancelled), most people
 * checked in, meeting requests and their meetings at a long table (most held, one a no-show), about a hundred
 * connections made mostly around shared interests, and outcomes reported since. Generated from a fixed seed, so every demo shows the same report.
 */
@Singleton
class DemoCompletedEvent {

    static final String TITLE = "Energy Transition Breakfast";
    private static final int GUESTS = 36;
    private static final List<String> FIRST = List.of("Amira", "Bruno", "Carla", "Deniz", "Emeka", "Farah", "Gustav",
            "Hana", "Ivan", "Jana", "Kofi", "Lena", "Marco", "Nadia", "Oskar", "Priya", "Quentin", "Rosa");
    private static final List<String> LAST = List.of("Almeida", "Berg", "Chowdhury", "Dubois", "Eriksen", "Fischer");
    private static final List<String> INDUSTRIES = List.of("Energy", "Finance", "Software", "Manufacturing",
            "Public sector", "Design", "Education", "Consulting");
    private static final List<String> INTERESTS = List.of("Grid", "Batteries", "Solar", "Heat pumps", "Hydrogen",
            "Carbon markets", "Policy", "Fundraising", "Data science", "Wind", "Mobility", "Buildings");
    private static final List<String> GOALS = List.of("JOB", "MENTORSHIP", "INVESTMENT", "CLIENTS", "SERVICES",
            "COFOUNDER", "COLLABORATION", "ADVICE");
    private static final List<String> OUTCOMES = List.of("COLLABORATION", "CLIENT", "COLLABORATION", "JOB", "MENTOR",
            "FRIENDSHIP", "CLIENT", "COLLABORATION", "JOB", "INVESTMENT", "MENTOR", "FRIENDSHIP", "CLIENT", "JOB",
            "COLLABORATION", "FRIENDSHIP", "CLIENT", "MENTOR", "OTHER", "COLLABORATION", "JOB", "INVESTMENT");

    /** How many of the people a demo person met at the breakfast endorse them. */
    private static final int ENDORSERS = 3;
    private static final List<String> NOTES = List.of("Explained grid-scale storage better than anyone that morning.",
            "", "Generous with advice and introductions.", "Knows the numbers and the people.", "");

    private final EventService events;
    private final AccountService accounts;
    private final ProfileService profiles;
    private final RegistrationService registrations;
    private final MeetingRequestService meetings;
    private final MeetingScheduleService schedule;
    private final HeldMeetingService held;
    private final ConnectionService connections;
    private final EndorsementService endorsements;
    private final ContactService contacts;
    private final DSLContext sql;
    private final Clock clock;

    DemoCompletedEvent(EventService events, AccountService accounts, ProfileService profiles,
                       RegistrationService registrations, MeetingRequestService meetings,
                       MeetingScheduleService schedule, HeldMeetingService held, ConnectionService connections,
                       EndorsementService endorsements, ContactService contacts,
                       DSLContext sql, Clock clock) {
        this.events = events;
        this.accounts = accounts;
        this.profiles = profiles;
        this.registrations = registrations;
        this.meetings = meetings;
        this.schedule = schedule;
        this.held = held;
        this.connections = connections;
        this.endorsements = endorsements;
        this.contacts = contacts;
        this.sql = sql;
        this.clock = clock;
    }

    /** Seeds the event with the demo people and generated guests; runs in the caller's transaction. */
    EventId seed(AccountId organizer, List<AccountId> demoPeople, SharedPassword password) {
        var random = new Random(2026);
        var start = clock.instant().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.HOURS);
        var event = events.create(organizer, new EventInput(TITLE,
                "Founders, engineers, investors and policy people over breakfast: short introductions, then an hour "
                        + "of one-to-one conversations.", start, start.plus(Duration.ofHours(3)), "Europe/Berlin",
                "Silent Green, Wedding", 80, null, false, 0.5, null, null, List.of("founders", "investors"), "Berlin",
                false)).id();
        events.publish(organizer, event);
        List<AccountId> people = new ArrayList<>(demoPeople);
        for (int i = 0; i < GUESTS; i++) {
            people.add(guest(i, random, password));
        }
        for (AccountId person : people) {
            registrations.register(person, event);
        }
        registrations.cancel(people.get(people.size() - 1), event);
        registrations.cancel(people.get(people.size() - 2), event);
        List<AccountId> present = new ArrayList<>();
        for (AccountId person : people.subList(0, people.size() - 2)) {
            if (person.equals(demoPeople.get(0)) || random.nextDouble() < 0.86) {
                registrations.checkIn(organizer, event, registrations.mineAt(person, event).orElseThrow()
                        .checkInCode());
                present.add(person);
            }
        }
        // An hour of one-to-one conversations after the introductions, at one long table.
        schedule.addSession(organizer, event, new SessionInput("One-to-one conversations",
                start.plus(Duration.ofMinutes(45)), start.plus(Duration.ofMinutes(165)), 20));
        schedule.addTable(organizer, event, new TableInput("Long table", 40));
        Set<Set<AccountId>> asked = new HashSet<>();
        List<AnsweredLater> answers = new ArrayList<>();
        boolean suggested = false;
        for (int i = 0; i < 22; i++) {
            var from = present.get(random.nextInt(present.size()));
            var to = present.get(random.nextInt(present.size()));
            // Only pairs not asked yet: a refused request would mark the seeding transaction for rollback.
            if (!from.equals(to) && asked.add(Set.of(from, to))) {
                var request = meetings.request(from, event, to, null);
                double outcome = random.nextDouble();
                int hoursBefore = 2 + random.nextInt(58);
                if (outcome < 0.55) {
                    meetings.accept(to, event, request.id());
                    answers.add(new AnsweredLater(request.id(), hoursBefore, 20 + random.nextInt(14 * 60)));
                } else if (outcome < 0.8) {
                    meetings.decline(to, event, request.id());
                    answers.add(new AnsweredLater(request.id(), hoursBefore, 60 + random.nextInt(30 * 60)));
                    if (!suggested) {
                        suggested = suggestInstead(request.id(), from, to, present, asked);
                    }
                } else {
                    answers.add(new AnsweredLater(request.id(), hoursBefore, -1)); // left to expire
                }
            }
        }
        List<ConnectionId> made = connect(event, present, demoPeople.get(0), random);
        metFellowDemoPeople(event, present, demoPeople);
        reportOutcomes(event, made);
        followUpToday(demoPeople.get(0));
        Optional<AccountId> keptInTouch = metOverCoffee(event, present, demoPeople, asked);
        // The breakfast took place two weeks ago.
        var shift = Duration.ofDays(15);
        sql.execute("update events set starts_at = starts_at - ?::interval, ends_at = ends_at - ?::interval"
                + " where id = ?", shift.toString(), shift.toString(), event.value());
        sql.execute("update registrations set checked_in_at = (select starts_at from events where id = ?)"
                + " + (random() * interval '40 minutes') where event_id = ? and checked_in_at is not null",
                event.value(), event.value());
        sql.execute("update connections set created_at = (select starts_at from events where id = ?)"
                + " + interval '30 minutes' + (random() * interval '150 minutes') where event_id = ?",
                event.value(), event.value());
        sql.execute("update networking_sessions set starts_at = starts_at - ?::interval,"
                + " ends_at = ends_at - ?::interval where event_id = ?", shift.toString(), shift.toString(),
                event.value());
        sql.execute("update meeting_bookings set starts_at = starts_at - ?::interval,"
                + " ends_at = ends_at - ?::interval where event_id = ?", shift.toString(), shift.toString(),
                event.value());
        sql.execute("update meeting_booking_people set starts_at = starts_at - ?::interval where event_id = ?",
                shift.toString(), event.value());
        answerWhetherMet(event);
        endorse(event, present, demoPeople);
        sql.execute("update meeting_requests set created_at = created_at - ?::interval,"
                + " responded_at = responded_at - ?::interval where event_id = ?",
                shift.toString(), shift.toString(), event.value());
        answerAsPeopleDo(event, answers);
        events.complete(organizer, event);
        // Set once the breakfast's moments have their real times: when it is due follows from them (decision 48).
        keptInTouch.ifPresent(other -> contacts.keepInTouch(demoPeople.get(0), other, KeepInTouchEvery.P30D));
        return event;
    }

    /** A request sent some hours before the breakfast and answered some minutes later, or never ({@code -1}). */
    private record AnsweredLater(MeetingRequestId request, int hoursBefore, int minutesToAnswer) {
    }

    /**
     * Requests were sent in the days before the breakfast and answered after minutes or hours, some never: the report
     * shows a real median time to answer and expired requests. Set in place, as the breakfast's other moments are.
     */
    private void answerAsPeopleDo(EventId event, List<AnsweredLater> answers) {
        for (AnsweredLater answer : answers) {
            String before = Duration.ofHours(answer.hoursBefore()).toString();
            sql.execute("update meeting_requests r set created_at = e.starts_at - ?::interval,"
                    + " expires_at = least(e.starts_at - ?::interval + interval '2 days', e.ends_at)"
                    + " from events e where e.id = r.event_id and r.id = ?", before, before, answer.request().value());
            if (answer.minutesToAnswer() < 0) {
                sql.execute("update meeting_requests set status = 'EXPIRED', responded_at = expires_at where id = ?",
                        answer.request().value());
            } else {
                sql.execute("update meeting_requests set responded_at = created_at + ?::interval where id = ?",
                        Duration.ofMinutes(answer.minutesToAnswer()).toString(), answer.request().value());
            }
        }
    }

    /**
     * The person asked suggested someone else to the sender when declining: a guest at the breakfast neither of them
     * had asked or been asked by. Stored as the decline keeps it, without the live matching model the check consults
     * (the breakfast is over by the time anyone looks).
     */
    private boolean suggestInstead(MeetingRequestId request, AccountId from, AccountId to, List<AccountId> present,
                                   Set<Set<AccountId>> asked) {
        var instead = present.stream().filter(other -> !other.equals(from) && !other.equals(to)
                && !asked.contains(Set.of(from, other))).findFirst();
        instead.ifPresent(other -> sql.execute("insert into meeting_request_suggestions (request_id, suggested_account)"
                + " values (?, ?)", request.value(), other.value()));
        return instead.isPresent();
    }

    /**
     * The demo attendee also held a one-to-one meeting at the breakfast with a fellow demo person they connected with,
     * noted what they talked about, and keeps in touch with them every 30 days: that contact's page shows a timeline
     * of several kinds, and the mixer ahead where both will be.
     */
    private Optional<AccountId> metOverCoffee(EventId event, List<AccountId> present, List<AccountId> demoPeople,
                                              Set<Set<AccountId>> asked) {
        AccountId attendee = demoPeople.get(0);
        var fellow = demoPeople.stream().skip(1).filter(present::contains).limit(2)
                .filter(other -> !asked.contains(Set.of(attendee, other))).findFirst();
        fellow.ifPresent(other -> {
            var request = meetings.request(attendee, event, other, "Coffee after the introductions?");
            meetings.accept(other, event, request.id());
            connections.with(attendee, other).stream().filter(shared -> shared.eventId().equals(event)).findFirst()
                    .filter(shared -> shared.notes().note() == null)
                    .ifPresent(shared -> connections.update(attendee, shared.id(), new NotesPatch(
                            Optional.of("Talked about community energy co-ops; wants an intro to our grid team."),
                            Optional.of(List.of("energy")), null, null, null)));
        });
        return fellow;
    }

    /**
     * Most meetings at the breakfast took place and both said so; in one, the person asked waited in vain; a few were
     * never answered. Answered as the slots end, two weeks ago.
     */
    private void answerWhetherMet(EventId event) {
        var booked = sql.select(MEETING_REQUESTS.ID, MEETING_REQUESTS.FROM_ACCOUNT, MEETING_REQUESTS.TO_ACCOUNT)
                .from(MEETING_BOOKINGS).join(MEETING_REQUESTS).on(MEETING_REQUESTS.ID.eq(MEETING_BOOKINGS.REQUEST_ID))
                .where(MEETING_BOOKINGS.EVENT_ID.eq(event))
                .orderBy(MEETING_BOOKINGS.STARTS_AT, MEETING_REQUESTS.ID)
                .fetch();
        for (int i = 0; i < booked.size(); i++) {
            var meeting = booked.get(i);
            if (i == 1) {
                held.answer(meeting.value3(), event, meeting.value1(), false);
            } else if (i % 4 != 3) {
                held.answer(meeting.value2(), event, meeting.value1(), true);
                held.answer(meeting.value3(), event, meeting.value1(), true);
            }
        }
        sql.execute("update meeting_answers a set answered_at = b.ends_at from meeting_bookings b"
                + " where b.request_id = a.request_id and b.event_id = ?", event.value());
        sql.execute("update meeting_bookings set state_since = ends_at where event_id = ? and state_since is not null",
                event.value());
    }

    private AccountId guest(int i, Random random, SharedPassword password) {
        String first = FIRST.get(i % FIRST.size());
        String last = LAST.get(i / FIRST.size() % LAST.size());
        String email = (first + "." + last).toLowerCase(java.util.Locale.ROOT) + "@example.com";
        var account = accounts.findByEmail(email)
                .orElseGet(() -> accounts.createWithSharedPassword(email, first + " " + last, password)).id();
        List<String> interests = new ArrayList<>();
        for (int n = 0; n < 3 + random.nextInt(2); n++) {
            String interest = INTERESTS.get(Math.min(INTERESTS.size() - 1, (int) Math.floor(Math.exp(
                    random.nextDouble() * Math.log(INTERESTS.size() + 1))) - 1));
            if (!interests.contains(interest)) {
                interests.add(interest);
            }
        }
        profiles.update(account, new ProfileInput(null, "", "", "", INDUSTRIES.get(random.nextInt(INDUSTRIES.size())),
                null, interests, List.of(GOALS.get(random.nextInt(GOALS.size()))),
                List.of(GOALS.get(random.nextInt(GOALS.size()))), List.of(), Map.of()));
        return account;
    }

    /**
     * About two connections per person present, drawn with a pull towards people who share an interest, and five for
     * the demo attendee, whose own report then has something to show.
     */
    private List<ConnectionId> connect(EventId event, List<AccountId> present, AccountId demoAttendee,
                                       Random random) {
        List<ConnectionId> made = new ArrayList<>();
        Set<Set<AccountId>> pairs = new HashSet<>();
        var sources = ConnectionSource.values();
        for (int i = 0; i < present.size() * 2 + 5; i++) {
            var a = i < 5 ? demoAttendee : present.get(random.nextInt(present.size()));
            var b = present.get(random.nextInt(present.size()));
            if (a.equals(b) || !pairs.add(Set.of(a, b))) {
                continue;
            }
            var shared = new HashSet<>(profiles.mine(a).interests());
            shared.retainAll(profiles.mine(b).interests());
            if (shared.isEmpty() && i >= 5 && random.nextDouble() < 0.4) {
                continue;
            }
            made.add(connections.record(a, event, b, sources[random.nextInt(sources.length)]).connection().id());
        }
        return made;
    }

    /**
     * The demo attendee also met two of the other demo people here, who go to the upcoming mixer of the same group:
     * there they show as "people you know are going" and their recommendations say where the two met (decision 42).
     */
    private void metFellowDemoPeople(EventId event, List<AccountId> present, List<AccountId> demoPeople) {
        demoPeople.stream().skip(1).filter(present::contains).limit(2)
                .forEach(other -> connections.record(demoPeople.get(0), event, other, ConnectionSource.CODE));
    }

    /**
     * One of the demo attendee's connections to follow up today, with a note: the network shows it due, and the next
     * check of due follow-ups sends its notice.
     */
    private void followUpToday(AccountId attendee) {
        connections.network(attendee, NetworkFilter.ALL).stream()
                .filter(mine -> mine.notes().followUp() != FollowUp.DONE).findFirst()
                .ifPresent(mine -> connections.update(attendee, mine.id(), new NotesPatch(
                        Optional.of("Send the heat-pump pilot results, as promised over breakfast."), null,
                        Optional.of("TO_CONTACT"), Optional.of(LocalDate.now(clock).toString()), null)));
    }

    /**
     * Endorsements given since the breakfast (decision 46): the demo people present are each endorsed by up to
     * {@value #ENDORSERS} of the people they connected with there, on the first one or two interests those people
     * can see, and have approved them, so person pages show the counts per topic. The demo attendee approved all but
     * the newest, which waits on their endorsements page.
     */
    private void endorse(EventId event, List<AccountId> present, List<AccountId> demoPeople) {
        List<AccountId> endorsed = demoPeople.stream().filter(present::contains).toList();
        int note = 0;
        for (AccountId person : endorsed) {
            List<Endorsement> received = new ArrayList<>();
            var met = connections.network(person, NetworkFilter.ALL).stream()
                    .filter(mine -> mine.eventId().equals(event)).map(mine -> mine.other().accountId())
                    .limit(ENDORSERS).toList();
            for (AccountId endorser : met) {
                // Only interests the endorser can see: the domain refuses others, which would undo the whole seed.
                var topics = profiles.findView(endorser, person).map(ProfileView::interests).orElse(List.of());
                if (topics != null && !topics.isEmpty()) {
                    received.add(endorsements.endorse(endorser, person, event,
                            topics.stream().limit(1 + note % 2).map(Interest::display).toList(),
                            NOTES.get(note++ % NOTES.size())));
                }
            }
            boolean attendee = person.equals(demoPeople.get(0));
            received.stream().limit(attendee ? Math.max(0, received.size() - 1) : received.size())
                    .forEach(endorsement -> endorsements.approve(person, endorsement.id()));
        }
    }

    /** Outcomes reported since, by the person who recorded each connection. */
    private void reportOutcomes(EventId event, List<ConnectionId> made) {
        for (int i = 0; i < OUTCOMES.size() && i < made.size(); i++) {
            var id = made.get(i * 3 % made.size());
            var recorder = sql.select(CONNECTIONS.RECORDED_BY).from(CONNECTIONS).where(CONNECTIONS.ID.eq(id))
                    .fetchSingle(CONNECTIONS.RECORDED_BY);
            connections.update(recorder, id, new NotesPatch(null, null, Optional.of("DONE"), null,
                    Optional.of(OUTCOMES.get(i))));
        }
    }
}
