package org.mingle.domain.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mingle.db.jooq.Tables.OUTGOING_MAIL;
import static org.mingle.db.jooq.Tables.TEAM_INVITATIONS;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mingle.domain.accounts.Account;
import org.mingle.domain.accounts.AccountService;
import org.mingle.domain.accounts.SignUp;
import org.mingle.domain.accounts.TestAccounts;
import org.mingle.domain.notifications.NotificationKind;
import org.mingle.domain.notifications.NotificationService;
import org.mingle.domain.personaldata.PersonalDataService;
import org.mingle.domain.shared.AccessDeniedException;
import org.mingle.domain.shared.AccountId;
import org.mingle.domain.shared.ConflictException;
import org.mingle.domain.shared.FieldError;
import org.mingle.domain.shared.InvalidInputException;
import org.mingle.domain.shared.PageRequest;
import org.mingle.domain.shared.RuleViolationException;
import org.mingle.testsupport.MicronautPostgres;

@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TeamInvitationServiceTest implements MicronautPostgres {

    @Inject
    TeamInvitationService invitations;
    @Inject
    EventService events;
    @Inject
    AccountService accounts;
    @Inject
    NotificationService notifications;
    @Inject
    PersonalDataService personalData;
    @Inject
    TeamInvitationCleanup cleanup;
    @Inject
    DSLContext sql;

    private final Instant nextWeek = Instant.now().plus(Duration.ofDays(7)).truncatedTo(ChronoUnit.MINUTES);
    private Account owner;
    private Account cora;
    private Account stranger;

    @BeforeAll
    void people() {
        owner = TestAccounts.signUp(accounts, "Olga Owner");
        cora = TestAccounts.signUp(accounts, "Cora Organizer");
        stranger = TestAccounts.signUp(accounts, "Sam Stranger");
    }

    @Test
    void anAddressWithAnAccountJoinsAtOnceAndIsToldInTheApp() {
        var event = newEvent();

        var added = invitations.addOrInvite(owner.id(), event, " " + cora.email().value().toUpperCase() + " ",
                EventRole.CO_ORGANIZER, "10.1.0.1");

        assertThat(added).isInstanceOfSatisfying(TeamAddition.Added.class,
                a -> assertThat(a.member().account()).isEqualTo(cora.id()));
        assertThat(events.roleOf(Optional.of(cora.id()), event)).contains(EventRole.CO_ORGANIZER);
        var notice = notifications.list(cora.id(), true, PageRequest.of(0, 50)).items().stream()
                .filter(n -> n.kind() == NotificationKind.TEAM_INVITATION && n.event().equals(Optional.of(event)))
                .findFirst().orElseThrow();
        assertThat(notice.title()).isEqualTo("You're on the team of Team night");
        assertThat(notice.body()).contains("Olga Owner added you", "as co-organizer");
        assertThat(notice.link()).contains("/events/" + event + "/manage");
        assertThat(invitations.pending(owner.id(), event)).isEmpty();
    }

    @Test
    void anAddressWithoutAnAccountGetsAMailWithALinkThatJoinsThroughSignUp() {
        var event = newEvent();
        String email = unique("grace");

        var invited = invitations.addOrInvite(owner.id(), event, email, EventRole.CHECKIN_STAFF, "10.1.0.1");

        var invitation = ((TeamAddition.Invited) invited).invitation();
        assertThat(invitation.email()).isEqualTo(email);
        assertThat(invitation.status()).isEqualTo(TeamInvitationStatus.PENDING);
        assertThat(invitation.expiresAt()).isBetween(Instant.now().plus(Duration.ofDays(13)),
                Instant.now().plus(Duration.ofDays(15)));
        var mail = mailTo(email);
        assertThat(mail.getSubject()).isEqualTo("Olga Owner invites you to the team of Team night");
        assertThat(mail.getAccountId()).isNull();
        assertThat(mail.getUnsubscribeUrl()).isNull();
        assertThat(mail.getTextBody()).contains("as check-in staff", "(" + email + ")", "14 days");
        String token = tokenIn(mail.getTextBody());

        var preview = invitations.preview(token);
        assertThat(preview.state()).isEqualTo(TeamInvitationService.State.OPEN);
        assertThat(preview.eventTitle()).isEqualTo("Team night");
        assertThat(preview.invitation().inviterName()).contains("Olga Owner");
        assertThat(preview.accountExists()).isFalse();
        assertThatThrownBy(() -> events.get(Optional.empty(), event)).isInstanceOf(EventNotFoundException.class);

        var grace = accounts.signUp(new SignUp(email, TestAccounts.PASSWORD, "Grace Newcomer"), "10.1.0.2");
        assertThat(invitations.preview(token).accountExists()).isTrue();
        var joined = invitations.accept(grace.id(), token);

        assertThat(joined).isEqualTo(new TeamInvitationService.Joined(event, EventRole.CHECKIN_STAFF));
        assertThat(events.roleOf(Optional.of(grace.id()), event)).contains(EventRole.CHECKIN_STAFF);
        assertThat(invitations.preview(token).state()).isEqualTo(TeamInvitationService.State.ACCEPTED);
        assertThat(invitations.pending(owner.id(), event)).isEmpty();
        assertThat(invitations.accept(grace.id(), token)).as("accepting twice answers the same").isEqualTo(joined);
        assertThatThrownBy(() -> invitations.accept(cora.id(), token))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors().get(0).message())
                        .startsWith("This invitation was already accepted"));
    }

    @Test
    void onlyTheInvitedAddressCanAccept() {
        var event = newEvent();
        String email = unique("hopper");
        String token = invite(event, email, EventRole.CO_ORGANIZER);

        assertThatThrownBy(() -> invitations.accept(stranger.id(), token))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("This invitation is for " + email)
                .hasMessageContaining("signed in as " + stranger.email().value());
        assertThat(events.roleOf(Optional.of(stranger.id()), event)).isEmpty();
        assertThat(invitations.preview(token).state()).isEqualTo(TeamInvitationService.State.OPEN);
    }

    @Test
    void invitingAgainRefreshesThePendingInvitationAndMailsAgain() {
        var event = newEvent();
        String email = unique("again");
        String first = invite(event, email, EventRole.CHECKIN_STAFF);
        sql.update(TEAM_INVITATIONS).set(TEAM_INVITATIONS.EXPIRES_AT, Instant.now().minus(Duration.ofMinutes(1)))
                .where(TEAM_INVITATIONS.EMAIL.eq(email)).execute();
        assertThat(invitations.preview(first).state()).isEqualTo(TeamInvitationService.State.EXPIRED);

        String second = invite(event, email.toUpperCase(), EventRole.CO_ORGANIZER);

        assertThat(second).isNotEqualTo(first);
        var pending = invitations.pending(owner.id(), event);
        assertThat(pending).singleElement().satisfies(invitation -> {
            assertThat(invitation.role()).isEqualTo(EventRole.CO_ORGANIZER);
            assertThat(invitation.expiredAt(Instant.now())).isFalse();
        });
        assertThat(sql.fetchCount(OUTGOING_MAIL, OUTGOING_MAIL.RECIPIENT.eq(email))).isEqualTo(2);
        assertThat(invitations.preview(first).state()).as("both links lead to the one invitation")
                .isEqualTo(TeamInvitationService.State.OPEN);
    }

    @Test
    void anExpiredInvitationCannotBeAccepted() {
        var event = newEvent();
        String email = unique("late");
        String token = invite(event, email, EventRole.CO_ORGANIZER);
        sql.update(TEAM_INVITATIONS).set(TEAM_INVITATIONS.EXPIRES_AT, Instant.now().minus(Duration.ofMinutes(1)))
                .where(TEAM_INVITATIONS.EMAIL.eq(email)).execute();
        var late = accounts.signUp(new SignUp(email, TestAccounts.PASSWORD, "Lee Late"), "10.1.0.3");

        assertThatThrownBy(() -> invitations.accept(late.id(), token))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors().get(0).message())
                        .startsWith("This invitation has expired"));
        assertThat(events.roleOf(Optional.of(late.id()), event)).isEmpty();
    }

    @Test
    void theOwnerSeesAndWithdrawsPendingInvitations() {
        var event = newEvent();
        String email = unique("withdrawn");
        String token = invite(event, email, EventRole.CHECKIN_STAFF);
        var invitation = invitations.pending(owner.id(), event).get(0);

        invitations.revoke(owner.id(), event, invitation.id(), "10.1.0.1");

        assertThat(invitations.pending(owner.id(), event)).isEmpty();
        assertThat(invitations.preview(token).state()).isEqualTo(TeamInvitationService.State.REVOKED);
        var would = accounts.signUp(new SignUp(email, TestAccounts.PASSWORD, "Wes Withdrawn"), "10.1.0.4");
        assertThatThrownBy(() -> invitations.accept(would.id(), token))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors().get(0).message())
                        .isEqualTo("The organizer withdrew this invitation."));
        invitations.revoke(owner.id(), event, invitation.id(), null); // again: nothing to do
        invitations.revoke(owner.id(), event, TeamInvitationId.newId(), null);
    }

    @Test
    void anAcceptedInvitationIsNotWithdrawnButTheMemberIsRemovedFromTheTeam() {
        var event = newEvent();
        String email = unique("accepted");
        String token = invite(event, email, EventRole.CHECKIN_STAFF);
        var id = invitations.pending(owner.id(), event).get(0).id();
        var member = accounts.signUp(new SignUp(email, TestAccounts.PASSWORD, "Ada Accepted"), "10.1.0.5");
        invitations.accept(member.id(), token);

        assertThatThrownBy(() -> invitations.revoke(owner.id(), event, id, null))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void onlyTheOwnerInvitesSeesAndWithdrawsInvitations() {
        var event = newEvent();
        invitations.addOrInvite(owner.id(), event, cora.email().value(), EventRole.CO_ORGANIZER, null);
        invite(event, unique("secret"), EventRole.CHECKIN_STAFF);
        var id = invitations.pending(owner.id(), event).get(0).id();

        assertThatThrownBy(() -> invitations.addOrInvite(cora.id(), event, unique("x"), EventRole.CHECKIN_STAFF,
                null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> invitations.pending(cora.id(), event)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> invitations.revoke(cora.id(), event, id, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> invitations.pending(stranger.id(), event))
                .isInstanceOf(EventNotFoundException.class);
        assertThat(invitations.pending(owner.id(), event)).hasSize(1);
    }

    @Test
    void rolesAndAddressesAreCheckedBeforeAnythingIsSent() {
        var event = newEvent();

        assertThatThrownBy(() -> invitations.addOrInvite(owner.id(), event, unique("o"), EventRole.OWNER, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("role"));
        assertThatThrownBy(() -> invitations.addOrInvite(owner.id(), event, "not an address",
                EventRole.CO_ORGANIZER, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .containsExactly(new FieldError("email", "must be a valid email address")));
        assertThatThrownBy(() -> invitations.addOrInvite(owner.id(), event, " ", EventRole.CO_ORGANIZER, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .containsExactly(new FieldError("email", "is required")));
        assertThat(invitations.pending(owner.id(), event)).isEmpty();
    }

    @Test
    void anEventMailsAtMostTwentyInvitationsAnHour() {
        var event = newEvent();
        for (int i = 0; i < TeamInvitationService.MAILS_PER_HOUR; i++) {
            invite(event, unique("crowd" + i), EventRole.CHECKIN_STAFF);
        }

        assertThatThrownBy(() -> invitations.addOrInvite(owner.id(), event, unique("one.more"),
                EventRole.CHECKIN_STAFF, null))
                .isInstanceOfSatisfying(TeamInvitationLimitException.class, e -> assertThat(e.retryAfter())
                        .isBetween(Duration.ofMinutes(55), Duration.ofHours(1)));
        assertThat(invitations.addOrInvite(owner.id(), event, cora.email().value(), EventRole.CO_ORGANIZER, null))
                .as("people with an account get no mail, so no limit").isInstanceOf(TeamAddition.Added.class);
        invite(newEvent(), unique("elsewhere"), EventRole.CHECKIN_STAFF);
    }

    @Test
    void aDamagedLinkSaysSo() {
        assertThatThrownBy(() -> invitations.preview("made.up"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors().get(0).field())
                        .isEqualTo("token"));
        assertThatThrownBy(() -> invitations.accept(cora.id(), null)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void erasingTheInviterWithdrawsTheirPendingInvitationsAndErasingTheInviteeForgetsTheirs() {
        var inviter = TestAccounts.signUp(accounts, "Ingrid Inviter");
        var event = events.create(inviter.id(), EventInputs.valid("Ingrid's night", nextWeek)).id();
        String pendingEmail = unique("pending");
        String pendingToken = invite(inviter.id(), event, pendingEmail, EventRole.CHECKIN_STAFF);
        String acceptedEmail = unique("joined");
        String acceptedToken = invite(inviter.id(), event, acceptedEmail, EventRole.CO_ORGANIZER);
        var joined = accounts.signUp(new SignUp(acceptedEmail, TestAccounts.PASSWORD, "Jo Joined"), "10.1.0.6");
        invitations.accept(joined.id(), acceptedToken);
        assertThat(personalData.export(inviter.id()).get("teamInvitations").toString())
                .contains(pendingEmail, acceptedEmail);
        assertThat(personalData.export(joined.id()).get("teamInvitations").toString()).contains(acceptedEmail);

        accounts.erase(inviter.id(), null);

        assertThatThrownBy(() -> invitations.preview(pendingToken)).isInstanceOf(InvalidInputException.class);
        var accepted = invitations.preview(acceptedToken);
        assertThat(accepted.invitation().invitedBy()).isEmpty();
        assertThat(accepted.invitation().inviterName()).isEmpty();

        accounts.erase(joined.id(), null);

        assertThat(sql.fetchCount(TEAM_INVITATIONS, TEAM_INVITATIONS.EVENT_ID.eq(event))).isZero();
    }

    @Test
    void answeredAndExpiredInvitationsAreDeletedAfterThirtyDays() {
        var event = newEvent();
        invite(event, unique("old"), EventRole.CHECKIN_STAFF);
        invite(event, unique("recent"), EventRole.CHECKIN_STAFF);
        sql.update(TEAM_INVITATIONS).set(TEAM_INVITATIONS.EXPIRES_AT, Instant.now().minus(Duration.ofDays(31)))
                .where(TEAM_INVITATIONS.EVENT_ID.eq(event).and(TEAM_INVITATIONS.EMAIL.startsWith("old"))).execute();

        cleanup.purge();

        assertThat(invitations.pending(owner.id(), event)).extracting(TeamInvitation::email)
                .singleElement().asString().startsWith("recent");
    }

    private EventId newEvent() {
        return events.create(owner.id(), EventInputs.valid("Team night", nextWeek)).id();
    }

    private String invite(EventId event, String email, EventRole role) {
        return invite(owner.id(), event, email, role);
    }

    private String invite(AccountId inviter, EventId event, String email, EventRole role) {
        var invited = invitations.addOrInvite(inviter, event, email, role, "10.1.0.1");
        assertThat(invited).isInstanceOf(TeamAddition.Invited.class);
        return tokenIn(mailTo(email.strip().toLowerCase()).getTextBody());
    }

    private org.mingle.db.jooq.tables.records.OutgoingMailRecord mailTo(String email) {
        return sql.selectFrom(OUTGOING_MAIL).where(OUTGOING_MAIL.RECIPIENT.eq(email))
                .orderBy(OUTGOING_MAIL.CREATED_AT.desc()).limit(1).fetchOne();
    }

    private static String tokenIn(String text) {
        String prefix = TeamInvitationService.PAGE + "?token=";
        int start = text.indexOf(prefix);
        assertThat(start).as("%s in %s", prefix, text).isNotNegative();
        return text.substring(start + prefix.length()).split("\\s")[0];
    }

    private static String unique(String name) {
        return name + "." + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }
}
