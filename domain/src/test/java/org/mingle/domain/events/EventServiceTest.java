package org.mingle.domain.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mingle.domain.accounts.Account;
import org.mingle.domain.accounts.AccountService;
import org.mingle.domain.accounts.TestAccounts;
import org.mingle.domain.audit.AuditKind;
import org.mingle.domain.audit.AuditLog;
import org.mingle.domain.personaldata.PersonalDataService;
import org.mingle.domain.shared.AccessDeniedException;
import org.mingle.domain.shared.AccountId;
import org.mingle.domain.shared.FieldError;
import org.mingle.domain.shared.InvalidInputException;
import org.mingle.domain.shared.PageRequest;
import org.mingle.testsupport.MicronautPostgres;

@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventServiceTest implements MicronautPostgres {

    @Inject
    EventService events;
    @Inject
    AccountService accounts;
    @Inject
    AuditLog audit;
    @Inject
    PersonalDataService personalData;

    private final Instant nextWeek = Instant.now().plus(Duration.ofDays(7)).truncatedTo(ChronoUnit.MINUTES);
    private AccountId owner;
    private Account coOrganizer;
    private Account staff;
    private AccountId stranger;

    @BeforeAll
    void people() {
        owner = TestAccounts.signUp(accounts, "Olga Owner").id();
        coOrganizer = TestAccounts.signUp(accounts, "Cora Organizer");
        staff = TestAccounts.signUp(accounts, "Stan Staff");
        stranger = TestAccounts.signUp(accounts, "Sam Stranger").id();
    }

    @Test
    void createsADraftThatOnlyItsTeamSees() {
        var draft = teamEvent("Founders breakfast");

        assertThat(draft.status()).isEqualTo(EventStatus.DRAFT);
        assertThat(events.get(Optional.of(owner), draft.id())).isEqualTo(draft);
        assertThat(events.get(Optional.of(coOrganizer.id()), draft.id())).isEqualTo(draft);
        assertThat(events.get(Optional.of(staff.id()), draft.id())).isEqualTo(draft);
        assertThatThrownBy(() -> events.get(Optional.of(stranger), draft.id())).isInstanceOf(EventNotFoundException.class);
        assertThatThrownBy(() -> events.get(Optional.empty(), draft.id())).isInstanceOf(EventNotFoundException.class);
    }

    @Test
    void storesEveryDetailExactly() {
        var input = new EventInput("Design leaders circle", "Bring a question.", nextWeek,
                nextWeek.plus(Duration.ofMinutes(150)), "America/New_York", "Brooklyn Navy Yard", 42,
                nextWeek.minus(Duration.ofHours(2)), true, 0.8);

        var created = events.create(owner, input);
        var loaded = events.get(Optional.of(owner), created.id());

        assertThat(loaded.details()).isEqualTo(created.details());
        assertThat(loaded.details().timeZone().getId()).isEqualTo("America/New_York");
        assertThat(loaded.ownerId()).isEqualTo(owner);
        assertThat(events.roleOf(Optional.of(owner), created.id())).contains(EventRole.OWNER);
    }

    @Test
    void organizersPublishOnceAndTheEventBecomesPublic() {
        var draft = teamEvent("Open source night");

        var published = events.publish(coOrganizer.id(), draft.id());

        assertThat(published.status()).isEqualTo(EventStatus.PUBLISHED);
        assertThat(events.get(Optional.empty(), draft.id()).status()).isEqualTo(EventStatus.PUBLISHED);
        assertThatThrownBy(() -> events.publish(owner, draft.id())).isInstanceOf(IllegalEventTransitionException.class);
    }

    @Test
    void checkInStaffAndStrangersCannotPublish() {
        var draft = teamEvent("Staffed draft");

        assertThatThrownBy(() -> events.publish(staff.id(), draft.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> events.publish(stranger, draft.id())).isInstanceOf(EventNotFoundException.class);
        events.publish(owner, draft.id());
        assertThatThrownBy(() -> events.publish(stranger, draft.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void onlyTheOwnerChangesTheTeamAndEveryChangeIsAudited() {
        var draft = events.create(owner, EventInputs.valid("Team building", nextWeek));

        var member = events.addToTeam(owner, draft.id(), coOrganizer.email().value(), EventRole.CO_ORGANIZER, "10.9.0.1");
        assertThat(member.role()).isEqualTo(EventRole.CO_ORGANIZER);
        assertThat(member.displayName()).isEqualTo("Cora Organizer");
        assertThatThrownBy(() -> events.addToTeam(coOrganizer.id(), draft.id(), staff.email().value(),
                EventRole.CHECKIN_STAFF, null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> events.addToTeam(stranger, draft.id(), staff.email().value(),
                EventRole.CHECKIN_STAFF, null)).isInstanceOf(EventNotFoundException.class);
        assertThat(events.team(coOrganizer.id(), draft.id())).extracting(TeamMember::role)
                .containsExactly(EventRole.OWNER, EventRole.CO_ORGANIZER);

        events.removeFromTeam(owner, draft.id(), coOrganizer.id(), "10.9.0.1");

        assertThatThrownBy(() -> events.get(Optional.of(coOrganizer.id()), draft.id()))
                .isInstanceOf(EventNotFoundException.class);
        assertThat(audit.about(coOrganizer.id())).extracting(entry -> entry.kind())
                .contains(AuditKind.ROLE_GRANTED, AuditKind.ROLE_REVOKED);
    }

    @Test
    void teamRolesAreForExistingAccountsAndNeverOwner() {
        var draft = events.create(owner, EventInputs.valid("Team rules", nextWeek));

        assertThatThrownBy(() -> events.addToTeam(owner, draft.id(), "nobody@example.com", EventRole.CO_ORGANIZER, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("email"));
        assertThatThrownBy(() -> events.addToTeam(owner, draft.id(), staff.email().value(), EventRole.OWNER, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("role"));
    }

    @Test
    void listsWhatAnAccountOrganizesAndExportsIt() {
        var mine = TestAccounts.signUp(accounts, "Mina Mine");
        var first = events.create(mine.id(), EventInputs.valid("Mina's first", nextWeek));
        var other = events.create(owner, EventInputs.valid("Helped by Mina", nextWeek.plus(Duration.ofDays(1))));
        events.addToTeam(owner, other.id(), mine.email().value(), EventRole.CHECKIN_STAFF, null);

        assertThat(events.listOrganizedBy(mine.id())).extracting(Event::id).containsExactly(other.id(), first.id());
        assertThat(personalData.export(mine.id())).containsKeys("account", "organizedEvents");
        assertThat(personalData.export(mine.id()).get("organizedEvents").toString())
                .contains("Mina's first", "Helped by Mina", "CHECKIN_STAFF", "OWNER");
    }

    @Test
    void invalidInputIsRefusedAndNothingIsStored() {
        var before = events.listOrganizedBy(owner).size();
        var bad = new EventInput("", null, nextWeek, nextWeek.minusSeconds(1), "Europe/Berlin", null, 10, null, null, null);

        assertThatThrownBy(() -> events.create(owner, bad)).isInstanceOf(InvalidInputException.class);
        assertThat(events.listOrganizedBy(owner)).hasSize(before);
        assertThat(events.listUpcoming(EventSearch.all(), PageRequest.of(0, 100)).items())
                .noneMatch(event -> event.title().isEmpty());
    }

    @Test
    void unknownIdsAreNotFound() {
        assertThatThrownBy(() -> events.get(Optional.empty(), EventId.newId())).isInstanceOf(EventNotFoundException.class);
        assertThatThrownBy(() -> EventId.fromString("not-an-id")).isInstanceOf(EventNotFoundException.class);
    }

    private Event teamEvent(String title) {
        var event = events.create(owner, EventInputs.valid(title, nextWeek));
        events.addToTeam(owner, event.id(), coOrganizer.email().value(), EventRole.CO_ORGANIZER, null);
        events.addToTeam(owner, event.id(), staff.email().value(), EventRole.CHECKIN_STAFF, null);
        return event;
    }
}
