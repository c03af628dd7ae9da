package org.mingle.domain.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mingle.domain.accounts.AccountService;
import org.mingle.domain.accounts.TestAccounts;
import org.mingle.domain.accounts.TestPeople;
import org.mingle.domain.events.EventId;
import org.mingle.domain.events.EventInput;
import org.mingle.domain.events.EventRole;
import org.mingle.domain.events.EventService;
import org.mingle.domain.shared.AccessDeniedException;
import org.mingle.domain.shared.AccountId;
import org.mingle.domain.shared.InvalidInputException;
import org.mingle.domain.shared.RuleViolationException;
import org.mingle.testsupport.MicronautPostgres;

/** Approving and declining several registrations at once, and organizers adding people by hand. */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegistrationBulkTest implements MicronautPostgres {

    @Inject
    RegistrationService registrations;
    @Inject
    HandRegistrations byHand;
    @Inject
    EventService events;
    @Inject
    AccountService accounts;
    @Inject
    DSLContext sql;

    private final Instant nextWeek = Instant.now().plus(Duration.ofDays(7)).truncatedTo(ChronoUnit.MINUTES);
    private AccountId organizer;
    private AccountId staff;
    private List<AccountId> people;

    @BeforeAll
    void world() {
        organizer = TestAccounts.signUp(accounts, "Bulk Organizer").id();
        staff = TestAccounts.signUp(accounts, "Bulk Staff").id();
        people = TestPeople.create(sql, 8, "Pending");
    }

    @Test
    void approvesWhatFitsEarliestRegisteredFirstAndTheRestStayPending() {
        var event = approvalEvent(3);
        var pending = people.subList(0, 5).stream().map(person -> registrations.register(person, event)).toList();
        var chosen = new ArrayList<>(pending.stream().map(Registration::id).toList());
        Collections.reverse(chosen); // the order picked does not matter: registration order does

        var outcome = registrations.approveAll(organizer, event, chosen);

        assertThat(outcome.done()).extracting(Registration::id).containsExactly(pending.get(0).id(),
                pending.get(1).id(), pending.get(2).id());
        assertThat(outcome.done()).allMatch(r -> r.status() == RegistrationStatus.CONFIRMED);
        assertThat(outcome.stillPending()).extracting(Registration::id).containsExactly(pending.get(3).id(),
                pending.get(4).id());
        assertThat(outcome.skipped()).isZero();
        assertThat(registrations.counts(organizer, event)).isEqualTo(new RegistrationCounts(3, 0, 2, 0));
        // Each approved person is told, in the same transaction, exactly as one approval tells them.
        for (int i = 0; i < 5; i++) {
            assertThat(notices(people.get(i), event, "REGISTRATION_APPROVED")).isEqualTo(i < 3 ? 1 : 0);
        }
    }

    @Test
    void aFullEventApprovesNobodyAndRegistrationsAlreadyHandledAreSkipped() {
        var event = approvalEvent(1);
        var first = registrations.register(people.get(0), event);
        var second = registrations.register(people.get(1), event);
        var third = registrations.register(people.get(2), event);
        registrations.approve(organizer, event, first.id());
        registrations.decline(organizer, event, second.id());

        var outcome = registrations.approveAll(organizer, event,
                List.of(first.id(), second.id(), third.id(), new RegistrationId(UUID.randomUUID())));

        assertThat(outcome.done()).isEmpty();
        assertThat(outcome.stillPending()).extracting(Registration::id).containsExactly(third.id());
        assertThat(outcome.skipped()).isEqualTo(3);
        assertThat(registrations.counts(organizer, event)).isEqualTo(new RegistrationCounts(1, 0, 1, 0));
    }

    @Test
    void declinesThePendingAmongTheChosenAndTellsEach() {
        var event = approvalEvent(5);
        var first = registrations.register(people.get(3), event);
        var second = registrations.register(people.get(4), event);
        var kept = registrations.register(people.get(5), event);
        registrations.approve(organizer, event, first.id());

        var outcome = registrations.declineAll(organizer, event, List.of(first.id(), second.id(), kept.id()));

        assertThat(outcome.done()).extracting(Registration::id, Registration::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple(second.id(), RegistrationStatus.DECLINED),
                org.assertj.core.groups.Tuple.tuple(kept.id(), RegistrationStatus.DECLINED));
        assertThat(outcome.skipped()).isEqualTo(1);
        assertThat(registrations.counts(organizer, event)).isEqualTo(new RegistrationCounts(1, 0, 0, 0));
        assertThat(notices(people.get(4), event, "REGISTRATION_DECLINED")).isEqualTo(1);
        assertThat(notices(people.get(3), event, "REGISTRATION_DECLINED")).isZero();
    }

    @Test
    void onlyOrganizersActInBulkAndTheChoiceIsBounded() {
        var event = approvalEvent(5);
        var registration = registrations.register(people.get(6), event);
        events.addToTeam(organizer, event, accounts.get(staff).email().value(), EventRole.CHECKIN_STAFF, null);

        assertThatThrownBy(() -> registrations.approveAll(staff, event, List.of(registration.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> registrations.declineAll(staff, event, List.of(registration.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> registrations.approveAll(organizer, event, List.of()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("registrations");
        var tooMany = java.util.stream.Stream.generate(() -> new RegistrationId(UUID.randomUUID()))
                .limit(RegistrationService.BULK_MAX + 1).toList();
        assertThatThrownBy(() -> registrations.declineAll(organizer, event, tooMany))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("at most 200");
        assertThat(registrations.counts(organizer, event).pending()).isEqualTo(1);
    }

    @Test
    void aPersonAddedByHandIsConfirmedThenWaitlistedAndToldAsIfTheyRegistered() {
        var event = approvalEvent(1);
        var walkIn = TestAccounts.signUp(accounts, "Walk In");
        var caller = TestAccounts.signUp(accounts, "Phone Caller");

        var seated = byHand.add(organizer, event, " " + walkIn.email().value().toUpperCase(java.util.Locale.ROOT));
        var waiting = byHand.add(organizer, event, caller.email().value());

        assertThat(seated).isInstanceOfSatisfying(HandRegistration.Registered.class, added ->
                assertThat(added.registration().status()).isEqualTo(RegistrationStatus.CONFIRMED));
        assertThat(waiting).isInstanceOfSatisfying(HandRegistration.Registered.class, added -> {
            assertThat(added.registration().status()).isEqualTo(RegistrationStatus.WAITLISTED);
            assertThat(added.registration().waitlistPosition()).isEqualTo(1);
        });
        assertThat(notices(walkIn.id(), event, "REGISTRATION_CONFIRMED")).isEqualTo(1);
        assertThat(notices(caller.id(), event, "REGISTRATION_WAITLISTED")).isEqualTo(1);
        assertThatThrownBy(() -> byHand.add(organizer, event, walkIn.email().value()))
                .isInstanceOf(AlreadyRegisteredException.class)
                .hasMessage("Walk In is already registered (confirmed).");
    }

    @Test
    void anAddressWithoutAccountRegistersNobodyAndBadInputIsRefused() {
        var event = approvalEvent(3);

        assertThat(byHand.add(organizer, event, "nobody.here@example.com"))
                .isEqualTo(new HandRegistration.NoAccount(new org.mingle.domain.accounts.Email(
                        "nobody.here@example.com")));
        assertThatThrownBy(() -> byHand.add(organizer, event, "not an address"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("email");
        assertThatThrownBy(() -> byHand.add(organizer, event, " "))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("email");
        assertThatThrownBy(() -> byHand.add(people.get(7), event, "nobody.here@example.com"))
                .isInstanceOf(RuntimeException.class).isNotInstanceOf(InvalidInputException.class);
        assertThat(registrations.counts(organizer, event)).isEqualTo(new RegistrationCounts(0, 0, 0, 0));
    }

    @Test
    void nobodyIsAddedToADraft() {
        var draft = events.create(organizer, input(3)).id();
        var person = TestAccounts.signUp(accounts, "Too Early");

        assertThatThrownBy(() -> byHand.add(organizer, draft, person.email().value()))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("draft");
    }

    private int notices(AccountId account, EventId event, String kind) {
        return sql.fetchCount(DSL.table("notifications"), DSL.field("account_id").eq(account.value())
                .and(DSL.field("event_id").eq(event.value())).and(DSL.field("kind").eq(kind)));
    }

    private EventId approvalEvent(int capacity) {
        var event = events.create(organizer, input(capacity));
        return events.publish(organizer, event.id()).id();
    }

    private EventInput input(int capacity) {
        return new EventInput("Bulk test", "", nextWeek, nextWeek.plus(Duration.ofHours(2)), "Europe/Berlin",
                "Room 2", capacity, null, true, 0.5);
    }
}
