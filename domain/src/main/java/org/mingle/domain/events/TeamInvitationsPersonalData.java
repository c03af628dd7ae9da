package org.mingle.domain.events;

import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.mingle.domain.accounts.AccountService;
import org.mingle.domain.personaldata.PersonalDataSection;
import org.mingle.domain.shared.AccountId;

/**
 * Invitations to events' teams in the personal-data export: those addressed to the person's email or accepted by
 * them, and those they sent (with the addresses they typed). Erasure deletes the first kind and the pending ones the
 * person sent; the others they sent stay for their event, no longer naming who sent them.
 */
@Singleton
class TeamInvitationsPersonalData implements PersonalDataSection {

    private final TeamInvitations invitations;
    private final AccountService accounts;

    TeamInvitationsPersonalData(TeamInvitations invitations, AccountService accounts) {
        this.invitations = invitations;
        this.accounts = accounts;
    }

    @Override
    public String name() {
        return "teamInvitations";
    }

    @Override
    public int order() {
        return 11;
    }

    @Override
    public Object export(AccountId account) {
        Map<String, Object> section = new LinkedHashMap<>();
        section.put("received", invitations.concerning(account, emailOf(account)).stream()
                .map(TeamInvitationsPersonalData::item).toList());
        section.put("sent", invitations.sentBy(account).stream().map(TeamInvitationsPersonalData::item).toList());
        return section;
    }

    @Override
    public void erase(AccountId account) {
        invitations.erase(account, emailOf(account));
    }

    /** Read before the erasure clears it: the accounts feature erases its own row after every section. */
    private Optional<String> emailOf(AccountId account) {
        return accounts.findActive(account).map(found -> found.email().value());
    }

    private static Map<String, Object> item(TeamInvitation invitation) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("eventId", invitation.event().toString());
        item.put("email", invitation.email());
        item.put("role", invitation.role().name());
        item.put("status", invitation.status().name());
        item.put("sentAt", invitation.sentAt().toString());
        item.put("expiresAt", invitation.expiresAt().toString());
        return item;
    }
}
