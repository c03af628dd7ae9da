package org.mingle.domain.agenda;

import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.mingle.domain.accounts.Account;
import org.mingle.domain.accounts.AccountService;
import org.mingle.domain.events.Event;
import org.mingle.domain.events.EventAccess;
import org.mingle.domain.events.EventId;
import org.mingle.domain.events.EventService;
import org.mingle.domain.events.TeamMember;
import org.mingle.domain.registration.RegistrationService;
import org.mingle.domain.shared.AccessDeniedException;
import org.mingle.domain.shared.AccountId;
import org.mingle.domain.shared.ConflictException;
import org.mingle.domain.shared.FieldError;
import org.mingle.domain.shared.InvalidInputException;
import org.mingle.domain.shared.Page;
import org.mingle.domain.shared.PageRequest;
import org.mingle.domain.shared.RuleViolationException;

/**
 * The agenda feature's entry point for the API and the UI: an event's organizers put talks on its agenda, with
 * speakers who are Mingle accounts or named guests; whoever may see the event reads the agenda (drafts and private
 * groups' events stay hidden from others, as the events feature decides) and takes a talk into their calendar. Talks
 * at public events make up the speakers' record ({@link #talksGivenBy}).
 */
@Singleton
public class AgendaService {

    private static final DateTimeFormatter CLOCK_TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final JdbcTalks talks;
    private final EventService events;
    private final AccountService accounts;
    private final RegistrationService registrations;
    private final Clock clock;

    AgendaService(JdbcTalks talks, EventService events, AccountService accounts, RegistrationService registrations,
                  Clock clock) {
        this.talks = talks;
        this.events = events;
        this.accounts = accounts;
        this.registrations = registrations;
        this.clock = clock;
    }

    /** One page of the event's agenda in order of time, for whoever may see the event. */
    @ReadOnly
    public Page<Talk> agenda(Optional<AccountId> viewer, EventId event, PageRequest page) {
        events.get(viewer, event);
        var found = talks.ofEvent(event, page);
        return new Page<>(named(found.items()), found.page(), found.size(), found.total());
    }

    /** The event's whole agenda (at most {@value AgendaRules#TALKS_MAX} talks), for the event page. */
    @ReadOnly
    public List<Talk> wholeAgenda(Optional<AccountId> viewer, EventId event) {
        events.get(viewer, event);
        return named(talks.ofEvent(event));
    }

    /** One talk, for whoever may see the event. */
    @ReadOnly
    public Talk talk(Optional<AccountId> viewer, EventId event, TalkId id) {
        events.get(viewer, event);
        return named(List.of(talks.find(event, id).orElseThrow(TalkNotFoundException::new))).get(0);
    }

    /** Whether the viewer may change the event's agenda: what the pages offer depends on it. */
    @ReadOnly
    public boolean mayEdit(Optional<AccountId> viewer, EventId event) {
        return EventAccess.canManage(events.roleOf(viewer, event));
    }

    /**
     * Puts a talk on the agenda.
     *
     * @throws InvalidInputException  naming every refused field, a speaker id without an active account among them
     * @throws AccessDeniedException  when the actor is not an organizer (OWNER or CO_ORGANIZER) of the event
     * @throws ConflictException      when the room holds another talk for part of the time
     * @throws RuleViolationException when the agenda holds {@value AgendaRules#TALKS_MAX} talks already
     */
    @Transactional
    public Talk create(AccountId actor, EventId eventId, TalkInput input) {
        var event = requireOrganizer(actor, eventId);
        var checked = check(event, input);
        talks.lockAgenda(eventId);
        if (talks.count(eventId) >= AgendaRules.TALKS_MAX) {
            throw new RuleViolationException("An agenda holds at most " + AgendaRules.TALKS_MAX + " talks.");
        }
        requireRoomFree(event, Optional.empty(), checked);
        var id = TalkId.newId();
        talks.insert(id, eventId, checked, now());
        return named(List.of(talks.find(eventId, id).orElseThrow())).get(0);
    }

    /**
     * Replaces a talk's fields and speakers (what is missing is cleared, as a form sends it whole).
     *
     * @throws TalkNotFoundException when the event has no such talk
     * @see #create for the other refusals
     */
    @Transactional
    public Talk update(AccountId actor, EventId eventId, TalkId id, TalkInput input) {
        var event = requireOrganizer(actor, eventId);
        var checked = check(event, input);
        talks.lockAgenda(eventId);
        requireRoomFree(event, Optional.of(id), checked);
        if (!talks.replace(id, eventId, checked, now())) {
            throw new TalkNotFoundException();
        }
        return named(List.of(talks.find(eventId, id).orElseThrow())).get(0);
    }

    /**
     * Takes a talk off the agenda.
     *
     * @throws TalkNotFoundException when the event has no such talk
     */
    @Transactional
    public void delete(AccountId actor, EventId eventId, TalkId id) {
        requireOrganizer(actor, eventId);
        talks.lockAgenda(eventId);
        if (!talks.delete(id, eventId)) {
            throw new TalkNotFoundException();
        }
    }

    /** The talk as an RFC 5545 calendar, for "Add to calendar": for whoever may see the event. */
    @ReadOnly
    public String calendar(Optional<AccountId> viewer, EventId eventId, TalkId id) {
        var event = events.get(viewer, eventId);
        var talk = named(List.of(talks.find(eventId, id).orElseThrow(TalkNotFoundException::new))).get(0);
        return AgendaCalendar.render(talk, event, clock.instant());
    }

    /**
     * The talks the account gives or gave at events anyone may see and find: published or completed, listed, and
     * not of a private group. Latest first. For the speaker's public record; says nothing of drafts, cancelled,
     * unlisted or private events.
     */
    @ReadOnly
    public List<SpokenTalk> talksGivenBy(AccountId speaker) {
        var spoken = talks.spokenBy(speaker);
        Map<EventId, Event> shown = events.publicAmong(spoken.stream().map(Talk::eventId).toList());
        return spoken.stream().filter(talk -> shown.containsKey(talk.eventId())).map(talk -> {
            var event = shown.get(talk.eventId());
            return new SpokenTalk(talk.id(), talk.title(), event.id(), event.title(), talk.startsAt(), talk.endsAt(),
                    event.details().timeZone());
        }).toList();
    }

    /** The event's team and confirmed attendees, by name: whom the agenda form offers as speakers. */
    @ReadOnly
    public List<SpeakerChoice> speakerChoices(AccountId actor, EventId eventId) {
        requireOrganizer(actor, eventId);
        Map<AccountId, String> choices = new LinkedHashMap<>();
        for (TeamMember member : events.team(actor, eventId)) {
            choices.put(member.account(), member.displayName());
        }
        var attendees = registrations.confirmedAttendees(eventId).stream()
                .filter(account -> !choices.containsKey(account)).toList();
        accounts.activeAmong(attendees).values().forEach(account -> choices.put(account.id(), account.displayName()));
        return choices.entrySet().stream().map(e -> new SpeakerChoice(e.getKey(), e.getValue()))
                .sorted((a, b) -> a.name().compareToIgnoreCase(b.name())).toList();
    }

    /** The account with this email address, to pick a speaker from outside the event; for organizers. */
    @ReadOnly
    public Optional<SpeakerChoice> speakerByEmail(AccountId actor, EventId eventId, String email) {
        requireOrganizer(actor, eventId);
        return accounts.findByEmail(email == null ? "" : email.strip())
                .map(account -> new SpeakerChoice(account.id(), account.displayName()));
    }


    private Event requireOrganizer(AccountId actor, EventId eventId) {
        var event = events.get(Optional.of(actor), eventId);
        var role = events.roleOf(Optional.of(actor), eventId);
        EventAccess.require(EventAccess.canManage(role), event, role,
                "Only the event's organizers can change its agenda.");
        return event;
    }

    private AgendaRules.Checked check(Event event, TalkInput input) {
        var checked = AgendaRules.validate(input, event.details().startsAt(), event.details().endsAt());
        var active = accounts.activeAmong(checked.accounts());
        var unknown = checked.accounts().stream().filter(id -> !active.containsKey(id)).toList();
        if (!unknown.isEmpty()) {
            throw new InvalidInputException(unknown.stream()
                    .map(id -> new FieldError("speakerIds", "no Mingle account has the id " + id)).toList());
        }
        return checked;
    }

    private void requireRoomFree(Event event, Optional<TalkId> except, AgendaRules.Checked talk) {
        AgendaRules.roomTaken(talks.ofEvent(event.id()), except, talk.room(), talk.startsAt(), talk.endsAt())
                .ifPresent(taken -> {
                    var zone = event.details().timeZone();
                    throw new ConflictException(taken.room() + " holds \"" + taken.title() + "\" from "
                            + CLOCK_TIME.format(taken.startsAt().atZone(zone)) + " to "
                            + CLOCK_TIME.format(taken.endsAt().atZone(zone)) + ": pick another room or time.");
                });
    }

    /** The talks with their speakers' current names; speakers whose accounts are gone are left out. */
    private List<Talk> named(Collection<Talk> found) {
        var ids = found.stream().flatMap(talk -> talk.speakers().stream())
                .flatMap(speaker -> speaker.account().stream()).distinct().toList();
        Map<AccountId, String> names = ids.isEmpty() ? Map.of() : accounts.activeAmong(ids).values().stream()
                .collect(Collectors.toMap(Account::id, Account::displayName));
        return found.stream().map(talk -> new Talk(talk.id(), talk.eventId(), talk.title(), talk.abstractText(),
                talk.startsAt(), talk.endsAt(), talk.room(), talk.speakers().stream()
                        .filter(s -> s.isGuest() || names.containsKey(s.account().get()))
                        .map(s -> s.isGuest() ? s : Speaker.member(s.account().get(), names.get(s.account().get())))
                        .toList())).toList();
    }

    /** PostgreSQL keeps microseconds: values returned equal values read back later. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
