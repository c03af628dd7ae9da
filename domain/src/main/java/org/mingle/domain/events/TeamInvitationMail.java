package org.mingle.domain.events;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.mingle.domain.mail.MailLayout;
import org.mingle.domain.mail.MailToSend;
import org.mingle.domain.mail.MailWords;
import org.mingle.domain.shared.TextRules;

/**
 * The mail that invites someone without an account to an event's team. It goes to an address that never asked
 * Mingle for anything, so it says who invited them, to what, what happens on the link, and that ignoring it is fine.
 * No unsubscribe link: nothing is subscribed; the hourly limit per event keeps it from becoming a flood.
 */
final class TeamInvitationMail {

    private TeamInvitationMail() {
    }

    static MailToSend of(TeamInvitation invitation, Event event, String inviterName, String link, Locale language) {
        var headline = EventHeadline.of(event);
        String zone = headline.timeZone().getId();
        String when = headline.venue().isBlank()
                ? MailWords.text(language, "event.when", MailWords.when(language, headline.localStart()), zone)
                : MailWords.text(language, "event.whenAndWhere", MailWords.when(language, headline.localStart()), zone,
                        headline.venue());
        String role = MailWords.text(language, "role." + invitation.role().name());
        // A long name and a long title together would pass the outbox's 300 characters.
        String subject = TextRules.truncate(MailWords.text(language, "teamInvitation.subject", inviterName,
                event.title()), 300);
        var layout = new MailLayout(subject,
                List.of(MailWords.text(language, "teamInvitation.body", inviterName, event.title(), role, when),
                        MailWords.text(language, "teamInvitation.account", invitation.email(),
                                TeamInvitationService.VALID_FOR.toDays())),
                List.of(new MailLayout.Action(MailWords.text(language, "teamInvitation.action"), link)),
                List.of(MailWords.text(language, "teamInvitation.ignore", inviterName)));
        return new MailToSend(Optional.empty(), invitation.email(), subject, layout.text(), layout.html(),
                Optional.empty());
    }
}
