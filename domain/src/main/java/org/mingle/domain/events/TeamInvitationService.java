package org.mingle.domain.events;

import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.mingle.domain.accounts.AccountService;
import org.mingle.domain.accounts.Email;
import org.mingle.domain.audit.AuditKind;
import org.mingle.domain.audit.AuditLog;
import org.mingle.domain.mail.MailOutbox;
import org.mingle.domain.mail.MailWords;
import org.mingle.domain.mail.SignedLinks;
import org.mingle.domain.shared.AccountId;
import org.mingle.domain.shared.ConflictException;
import org.mingle.domain.shared.InvalidInputException;
import org.mingle.domain.shared.PublicUrl;
import org.mingle.domain.shared.RuleViolationException;

/**
 * Adding people to an event's team by email address, also people without a Mingle account yet. An address with an
 * account joins at once ({@link EventService#addToTeam}); any other gets a mail with a signed link that works for 14
 * days. The link's page leads through sign-up (or log-in) with that address, and accepting then gives the role. One
 * invitation is pending per event and address: inviting again refreshes it and mails a new link. Only the owner
 * invites, sees pending invitations and withdraws them; at most {@value #MAILS_PER_HOUR} mails per event and hour.
 */
@Singleton
public class TeamInvitationService {

    /** The page the mail's link opens, with the link as its {@code token} parameter. */
    public static final String PAGE = "team-invitation";
    /** How long an invitation works after its last mail. */
    public static final Duration VALID_FOR = SignedLinks.Purpose.TEAM_INVITATION.validFor();
    /** Invitation mails per event and hour: enough for staffing a big event, too few for a spam run. */
    public static final int MAILS_PER_HOUR = 20;

    /** What a link leads to now, shown before anything is done with it. */
    public enum State {
        /** It can be accepted. */
        OPEN,
        /** Someone accepted it already. */
        ACCEPTED,
        /** The owner withdrew it. */
        REVOKED,
        /** Its two weeks are over. */
        EXPIRED
    }

    /**
     * An invitation as the page its link opens shows it. {@code accountExists}: an active account has the invited
     * address now (the person signed up meanwhile), so the page offers log-in rather than sign-up.
     */
    public record Preview(TeamInvitation invitation, String eventTitle, State state, boolean accountExists) {
    }

    /** The team an accepted invitation joined, and the role there. */
    public record Joined(EventId event, EventRole role) {
    }

    private final Events events;
    private final EventTeam team;
    private final TeamInvitations invitations;
    private final EventService eventService;
    private final AccountService accounts;
    private final SignedLinks links;
    private final MailOutbox mail;
    private final Provider<PublicUrl> publicUrl;
    private final AuditLog audit;
    private final Clock clock;

    TeamInvitationService(Events events, EventTeam team, TeamInvitations invitations, EventService eventService,
                          AccountService accounts, SignedLinks links, MailOutbox mail, Provider<PublicUrl> publicUrl,
                          AuditLog audit, Clock clock) {
        this.events = events;
        this.team = team;
        this.invitations = invitations;
        this.eventService = eventService;
        this.accounts = accounts;
        this.links = links;
        this.mail = mail;
        this.publicUrl = publicUrl;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Gives the address's account the role at once, or mails the address an invitation when it has no account.
     * Only the owner may.
     *
     * @throws InvalidInputException         when the role is OWNER or missing, or the address is no address
     * @throws TeamInvitationLimitException  past {@value #MAILS_PER_HOUR} invitation mails of the event in an hour
     */
    @Transactional
    public TeamAddition addOrInvite(AccountId actor, EventId id, String emailText, EventRole role,
                                    String clientAddress) {
        var event = ownedBy(actor, id);
        if (role == null || role == EventRole.OWNER) {
            throw InvalidInputException.of("role", "must be CO_ORGANIZER or CHECKIN_STAFF");
        }
        var email = Email.parse(emailText).orElseThrow(() -> InvalidInputException.of("email",
                emailText == null || emailText.isBlank() ? "is required" : "must be a valid email address"));
        if (accounts.findByEmail(email.value()).isPresent()) {
            var member = eventService.addToTeam(actor, id, email.value(), role, clientAddress);
            // They signed up some other way meanwhile: the invitation has done its work.
            invitations.findPending(id, email.value())
                    .ifPresent(pending -> invitations.accept(pending.id(), member.account(), now()));
            return new TeamAddition.Added(member);
        }
        return new TeamAddition.Invited(invite(actor, event, email, role, clientAddress));
    }

    private TeamInvitation invite(AccountId actor, Event event, Email email, EventRole role, String clientAddress) {
        invitations.lockEvent(event.id());
        var now = now();
        audit.oldestOfLast(AuditKind.TEAM_INVITATION_SENT, event.id().value(), now.minus(Duration.ofHours(1)),
                MAILS_PER_HOUR).ifPresent(oldest -> {
                    throw new TeamInvitationLimitException(MAILS_PER_HOUR,
                            Duration.between(now, oldest.plus(Duration.ofHours(1))));
                });
        var expiresAt = now.plus(VALID_FOR);
        var id = invitations.findPending(event.id(), email.value()).map(TeamInvitation::id).orElse(null);
        if (id == null) {
            id = TeamInvitationId.newId();
            invitations.insert(id, event.id(), email.value(), role, actor, now, expiresAt);
        } else {
            invitations.refresh(id, role, actor, now, expiresAt);
        }
        var invitation = invitations.find(id).orElseThrow();
        // The invited have no account, so no language of their own: the mail speaks the inviter's, who invites
        // people they run events with.
        Locale language = accounts.writtenLanguagesOf(List.of(actor)).getOrDefault(actor, Locale.ENGLISH);
        String inviter = invitation.inviterName()
                .orElseGet(() -> MailWords.text(language, "teamInvitation.anOrganizer"));
        mail.queue(TeamInvitationMail.of(invitation, event, inviter, publicUrl.get().link(path(id)), language));
        audit.record(AuditKind.TEAM_INVITATION_SENT, null, actor, event.id().value(), clientAddress, role.name());
        return invitation;
    }

    /** The path of the page a mail's link opens, signed for this invitation. */
    String path(TeamInvitationId id) {
        return PAGE + "?token=" + links.sign(SignedLinks.Purpose.TEAM_INVITATION, id.toString());
    }

    /** The event's pending invitations, expired ones included (they may be sent again), for its owner. */
    @ReadOnly
    public List<TeamInvitation> pending(AccountId actor, EventId id) {
        ownedBy(actor, id);
        return invitations.pendingOf(id);
    }

    /**
     * Withdraws a pending invitation: its link then says so. Withdrawing one that is not pending (any more), or of
     * another event, changes nothing. Only the owner may.
     *
     * @throws ConflictException when it was accepted: the person is on the team, to be removed there
     */
    @Transactional
    public void revoke(AccountId actor, EventId id, TeamInvitationId invitation, String clientAddress) {
        ownedBy(actor, id);
        if (invitations.revoke(invitation, id, now())) {
            audit.record(AuditKind.TEAM_INVITATION_REVOKED, null, actor, id.value(), clientAddress, null);
            return;
        }
        invitations.find(invitation)
                .filter(found -> found.event().equals(id) && found.status() == TeamInvitationStatus.ACCEPTED)
                .ifPresent(accepted -> {
                    throw new ConflictException("This invitation was accepted: remove the member from the team "
                            + "instead.");
                });
    }

    /**
     * What a link would do, for anyone holding it: the page shows it before sign-up or log-in.
     *
     * @throws InvalidInputException for {@code token} when the link is damaged or its two weeks are over, or its
     *                               invitation no longer exists
     */
    @ReadOnly
    public Preview preview(String token) {
        var invitation = invitationOf(token);
        var state = switch (invitation.status()) {
            case ACCEPTED -> State.ACCEPTED;
            case REVOKED -> State.REVOKED;
            case PENDING -> invitation.expiredAt(clock.instant()) ? State.EXPIRED : State.OPEN;
        };
        var title = events.find(invitation.event()).map(Event::title).orElseThrow(TeamInvitationService::gone);
        return new Preview(invitation, title, state, accounts.findByEmail(invitation.email()).isPresent());
    }

    /**
     * Accepts the link's invitation for the signed-in account, which must have the invited address: the account gets
     * the role, and the invitation is used up. Accepting again by the same account answers the same.
     *
     * @throws InvalidInputException  for {@code token} when the link is damaged, expired, withdrawn or used by another
     * @throws RuleViolationException when the account's address is not the invited one
     */
    @Transactional
    public Joined accept(AccountId account, String token) {
        var id = invitationOf(token).id();
        var invitation = invitations.findForUpdate(id).orElseThrow(TeamInvitationService::gone);
        var now = now();
        switch (invitation.status()) {
            case ACCEPTED -> {
                var joined = invitation.event();
                var held = team.roleOf(joined, account);
                if (held.isPresent()) {
                    return new Joined(joined, held.get());
                }
                throw InvalidInputException.of("token", "This invitation was already accepted: each works once.");
            }
            case REVOKED -> throw InvalidInputException.of("token", "The organizer withdrew this invitation.");
            case PENDING -> {
                if (invitation.expiredAt(now)) {
                    throw InvalidInputException.of("token", "This invitation has expired: invitations work for "
                            + VALID_FOR.toDays() + " days. Ask the organizer who invited you to invite you again.");
                }
            }
        }
        var email = accounts.findActive(account).map(found -> found.email().value()).orElse("");
        if (!email.equals(invitation.email())) {
            throw new RuleViolationException("This invitation is for " + invitation.email() + ", and you are "
                    + "signed in as " + email + ". Log in or sign up with " + invitation.email() + " to join.");
        }
        var role = team.roleOf(invitation.event(), account);
        if (role.filter(r -> r == EventRole.OWNER).isEmpty()) {
            team.put(invitation.event(), account, invitation.role());
            audit.record(AuditKind.ROLE_GRANTED, account, invitation.invitedBy().orElse(account),
                    invitation.event().value(), null, invitation.role().name() + " by invitation");
        }
        invitations.accept(id, account, now);
        return new Joined(invitation.event(), team.roleOf(invitation.event(), account).orElseThrow());
    }

    private TeamInvitation invitationOf(String token) {
        var subject = links.verify(token, SignedLinks.Purpose.TEAM_INVITATION).subject();
        return TeamInvitationId.parse(subject.get(0)).flatMap(invitations::find)
                .orElseThrow(TeamInvitationService::gone);
    }

    private static InvalidInputException gone() {
        return InvalidInputException.of("token", "This invitation no longer exists: the organizer may have "
                + "withdrawn it. Ask them to invite you again.");
    }

    /** The event, for its owner only; others are refused as {@link EventAccess} says. */
    private Event ownedBy(AccountId actor, EventId id) {
        var event = events.find(id).orElseThrow(() -> new EventNotFoundException(id));
        var role = team.roleOf(id, actor);
        EventAccess.require(EventAccess.canManageTeam(role), event, role,
                "Only the event's owner can change its team.");
        return event;
    }

    /** PostgreSQL keeps microseconds: values returned equal values read back later. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
