package org.mingle.domain.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mingle.domain.accounts.AccountService;
import org.mingle.domain.accounts.TestAccounts;
import org.mingle.domain.accounts.TestPeople;
import org.mingle.domain.events.EventId;
import org.mingle.domain.events.EventInput;
import org.mingle.domain.events.EventPatch;
import org.mingle.domain.events.EventRole;
import org.mingle.domain.events.EventService;
import org.mingle.domain.personaldata.PersonalDataService;
import org.mingle.domain.shared.AccessDeniedException;
import org.mingle.domain.shared.AccountId;
import org.mingle.domain.shared.ConflictException;
import org.mingle.domain.shared.PageRequest;
import org.mingle.domain.shared.RuleViolationException;
import org.mingle.testsupport.MicronautPostgres;

@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegistrationServiceTest implements MicronautPostgres {

    @Inject
    RegistrationService registrations;
    @Inject
    EventService events;
    @Inject
    AccountService accounts;
    @Inject
    PersonalDataService personalData;
    @Inject
    DSLContext sql;

    private final Instant nextWeek = Instant.now().plus(Duration.ofDays(7)).truncatedTo(ChronoUnit.MINUTES);
    private AccountId organizer;
    private AccountId staff;
    private List<AccountId> people;

    @BeforeAll
    void world() {
        organizer = TestAccounts.signUp(accounts, "Orla Organizer").id();
        var staffAccount = TestAccounts.signUp(accounts, "Stig Staff");
        staff = staffAccount.id();
        people = TestPeople.create(sql, 12, "Person");
    }

    @Test
    void confirmsThenWaitlistsInArrivalOrder() {
        var event = publishedEvent(2, false);

        var first = registrations.register(people.get(0), event);
        var second = registrations.register(people.get(1), event);
        var third = registrations.register(people.get(2), event);
        var fourth = registrations.register(people.get(3), event);

        assertThat(first.status()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(second.status()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(third.status()).isEqualTo(RegistrationStatus.WAITLISTED);
        assertThat(third.waitlistPosition()).isEqualTo(1);
        assertThat(fourth.waitlistPosition()).isEqualTo(2);
        assertThat(first.checkInCode()).hasSize(10).isNotEqualTo(second.checkInCode());
        assertThat(counts(event)).isEqualTo(new RegistrationCounts(2, 2, 0, 0));
    }

    @Test
    void aConfirmedCancellationPromotesTheFirstWaitingAtOnce() {
        var event = publishedEvent(1, false);
        registrations.register(people.get(0), event);
        registrations.register(people.get(1), event);
        registrations.register(people.get(2), event);

        var cancelled = registrations.cancel(people.get(0), event);

        assertThat(cancelled.status()).isEqualTo(RegistrationStatus.CANCELLED);
        assertThat(registrations.mineAt(people.get(1), event)).hasValueSatisfying(r -> {
            assertThat(r.status()).isEqualTo(RegistrationStatus.CONFIRMED);
            assertThat(r.waitlistPosition()).isNull();
        });
        assertThat(registrations.mineAt(people.get(2), event).orElseThrow().waitlistPosition()).isEqualTo(1);
        assertThat(counts(event)).isEqualTo(new RegistrationCounts(1, 1, 0, 0));
    }

    @Test
    void leavingTheWaitlistClosesTheGap() {
        var event = publishedEvent(1, false);
        for (int i = 0; i < 4; i++) {
            registrations.register(people.get(i), event);
        }

        registrations.cancel(people.get(2), event);

        assertThat(registrations.mineAt(people.get(1), event).orElseThrow().waitlistPosition()).isEqualTo(1);
        assertThat(registrations.mineAt(people.get(3), event).orElseThrow().waitlistPosition()).isEqualTo(2);
        assertThat(counts(event)).isEqualTo(new RegistrationCounts(1, 2, 0, 0));
    }

    @Test
    void registeringTwiceIsAConflictButRegisteringAgainAfterCancellingIsFine() {
        var event = publishedEvent(5, false);
        registrations.register(people.get(0), event);

        assertThatThrownBy(() -> registrations.register(people.get(0), event))
                .isInstanceOf(AlreadyRegisteredException.class);
        registrations.cancel(people.get(0), event);
        assertThat(registrations.register(people.get(0), event).status()).isEqualTo(RegistrationStatus.CONFIRMED);
    }

    @Test
    void onlyPublishedEventsWithOpenRegistrationTakeRegistrations() {
        var draft = events.create(organizer, input(5, false, null)).id();
        assertThatThrownBy(() -> registrations.register(organizer, draft)).isInstanceOf(RuleViolationException.class);

        var closed = events.create(organizer, input(5, false, Instant.now().plusSeconds(2)));
        events.publish(organizer, closed.id());
        sql.execute("update events set registration_closes_at = now() - interval '1 minute' where id = '"
                + closed.id() + "'");
        assertThatThrownBy(() -> registrations.register(people.get(0), closed.id()))
                .isInstanceOf(RuleViolationException.class).hasMessage("Registration for this event has closed.");

        var cancelled = publishedEvent(5, false);
        events.cancel(organizer, cancelled);
        assertThatThrownBy(() -> registrations.register(people.get(0), cancelled))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void approvalRespectsCapacityAndSaysWhereThePersonWent() {
        var event = publishedEvent(1, true);
        var first = registrations.register(people.get(0), event);
        var second = registrations.register(people.get(1), event);
        var third = registrations.register(people.get(2), event);
        assertThat(first.status()).isEqualTo(RegistrationStatus.PENDING_APPROVAL);
        assertThat(counts(event)).isEqualTo(new RegistrationCounts(0, 0, 3, 0));

        assertThat(registrations.approve(organizer, event, first.id()).status()).isEqualTo(RegistrationStatus.CONFIRMED);
        var waiting = registrations.approve(organizer, event, second.id());
        assertThat(waiting.status()).isEqualTo(RegistrationStatus.WAITLISTED);
        assertThat(waiting.waitlistPosition()).isEqualTo(1);
        assertThat(registrations.decline(organizer, event, third.id()).status()).isEqualTo(RegistrationStatus.DECLINED);
        assertThat(registrations.latestAt(people.get(2), event)).hasValueSatisfying(
                r -> assertThat(r.status()).isEqualTo(RegistrationStatus.DECLINED));
        assertThatThrownBy(() -> registrations.register(people.get(2), event))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("The organizers declined your registration for this event.");
        assertThatThrownBy(() -> registrations.approve(organizer, event, first.id())).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> registrations.approve(staff, event, third.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(counts(event)).isEqualTo(new RegistrationCounts(1, 1, 0, 0));
    }

    @Test
    void checkInIsForConfirmedCodesAndHarmlessTwice() {
        var event = publishedEvent(1, false);
        var confirmed = registrations.register(people.get(0), event);
        var waitlisted = registrations.register(people.get(1), event);

        var first = registrations.checkIn(staff, event, confirmed.checkInCode().toLowerCase());
        var again = registrations.checkIn(staff, event, confirmed.checkInCode());

        assertThat(first.alreadyCheckedIn()).isFalse();
        assertThat(first.registration().checkedInAt()).isNotNull();
        assertThat(again.alreadyCheckedIn()).isTrue();
        assertThat(again.registration().checkedInAt()).isEqualTo(first.registration().checkedInAt());
        assertThatThrownBy(() -> registrations.checkIn(staff, event, waitlisted.checkInCode()))
                .isInstanceOfSatisfying(RegistrationNotConfirmedException.class,
                        e -> assertThat(e.registration().status()).isEqualTo(RegistrationStatus.WAITLISTED));
        assertThatThrownBy(() -> registrations.checkIn(staff, event, "NOPE234567"))
                .isInstanceOf(CheckInCodeNotFoundException.class);
        assertThatThrownBy(() -> registrations.checkIn(people.get(5), event, confirmed.checkInCode()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(counts(event).checkedIn()).isEqualTo(1);
    }

    @Test
    void aCheckedInRegistrationStaysWhenItsPersonCancelsOrIsErased() {
        var event = publishedEvent(3, false);
        var came = TestAccounts.signUp(accounts, "Cleo Came").id();
        var cameAndLeft = TestAccounts.signUp(accounts, "Erin Erased").id();
        registrations.checkIn(staff, event, registrations.register(came, event).checkInCode());
        registrations.checkIn(staff, event, registrations.register(cameAndLeft, event).checkInCode());

        assertThatThrownBy(() -> registrations.cancel(came, event)).isInstanceOf(CheckedInRegistrationException.class);
        accounts.erase(cameAndLeft, null);

        assertThat(registrations.mineAt(came, event).orElseThrow().status()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(counts(event)).isEqualTo(new RegistrationCounts(2, 0, 0, 2));
    }

    @Test
    void theTeamListsAndFiltersRegistrations() {
        var event = publishedEvent(1, false);
        var zelda = TestAccounts.signUp(accounts, "Zelda Quill").id();
        registrations.register(people.get(0), event);
        registrations.register(zelda, event);

        var waitlisted = registrations.list(staff, event, new RegistrationFilter(RegistrationStatus.WAITLISTED, null),
                PageRequest.of(0, 20));
        var byName = registrations.list(organizer, event, new RegistrationFilter(null, "quill ZEL"), PageRequest.of(0, 20));

        assertThat(waitlisted.items()).extracting(Registration::accountId).containsExactly(zelda);
        assertThat(byName.items()).extracting(Registration::displayName).containsExactly("Zelda Quill");
        assertThatThrownBy(() -> registrations.list(people.get(0), event, RegistrationFilter.all(), PageRequest.of(0, 20)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void raisingTheCapacityConfirmsTheWaitingAndLoweringItBelowTheConfirmedIsRefused() {
        var event = publishedEvent(1, false);
        for (int i = 0; i < 4; i++) {
            registrations.register(people.get(i), event);
        }

        var bigger = events.update(organizer, event, capacity(3));

        assertThat(bigger.confirmedCount()).isEqualTo(3);
        assertThat(bigger.waitlistCount()).isEqualTo(1);
        assertThat(registrations.mineAt(people.get(3), event).orElseThrow().waitlistPosition()).isEqualTo(1);
        assertThatThrownBy(() -> events.update(organizer, event, capacity(2)))
                .isInstanceOf(org.mingle.domain.events.CapacityBelowConfirmedException.class)
                .hasMessage("The capacity cannot be lower than the 3 people already confirmed.");
    }

    @Test
    void erasureFreesTheSeatAndExportsRegistrations() {
        var event = publishedEvent(1, false);
        var leaving = TestAccounts.signUp(accounts, "Leah Leaving").id();
        registrations.register(leaving, event);
        registrations.register(people.get(6), event);
        assertThat(personalData.export(leaving).get("registrations").toString()).contains(event.toString(), "CONFIRMED");

        accounts.erase(leaving, null);

        assertThat(registrations.mineAt(people.get(6), event).orElseThrow().status())
                .isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(counts(event)).isEqualTo(new RegistrationCounts(1, 0, 0, 0));
    }

    @Test
    void theCalendarCarriesTheEventInItsZone() {
        var event = publishedEvent(5, false);

        var ics = events.calendar(Optional.empty(), event);

        assertThat(ics).contains("BEGIN:VCALENDAR", "BEGIN:VTIMEZONE", "TZID:Europe/Berlin", "BEGIN:VEVENT",
                "UID:" + event + "@mingle", "DTSTAMP:", "DTSTART;TZID=Europe/Berlin:", "DTEND;TZID=Europe/Berlin:",
                "SUMMARY:Registration test", "LOCATION:Room 1", "END:VCALENDAR");
    }

    private RegistrationCounts counts(EventId event) {
        return registrations.counts(organizer, event);
    }

    private EventId publishedEvent(int capacity, boolean approval) {
        var event = events.create(organizer, input(capacity, approval, null));
        events.addToTeam(organizer, event.id(), accounts.get(staff).email().value(), EventRole.CHECKIN_STAFF, null);
        return events.publish(organizer, event.id()).id();
    }

    private EventInput input(int capacity, boolean approval, Instant closes) {
        return new EventInput("Registration test", "", nextWeek, nextWeek.plus(Duration.ofHours(2)), "Europe/Berlin",
                "Room 1", capacity, closes, approval, 0.5);
    }

    private static EventPatch capacity(int capacity) {
        return new EventPatch(null, null, null, null, null, null, capacity, null, false, null, null);
    }
}
