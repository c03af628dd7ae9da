package org.mingle.domain.events;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.mingle.domain.mail.MailLayout;
import org.mingle.domain.mail.MailToSend;
import org.mingle.domain.shared.TextRules;

/**
 * The mail that invites someone without an account to an event's team. It goes to an address that never asked
 * Mingle for anything, so it says who invited them, to what, what happens on the link, and that ignoring it is fine.
 * No unsubscribe link: nothing is subscribed; the hourly limit per event keeps it from becoming a flood.
 */
final class TeamInvitationMail {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm",
            Locale.ENGLISH);

    private TeamInvitationMail() {
    }

    static MailToSend of(TeamInvitation invitation, Event event, String inviterName, String link) {
        var headline = EventHeadline.of(event);
        String when = WHEN.format(headline.localStart()) + " (" + headline.timeZone().getId() + ")"
                + (headline.venue().isBlank() ? "" : " at " + headline.venue());
        // A long name and a long title together would pass the outbox's 300 characters.
        String subject = TextRules.truncate(inviterName + " invites you to the team of " + event.title(), 300);
        var layout = new MailLayout(subject,
                List.of(inviterName + " invites you to help run " + event.title() + " on Mingle, as "
                                + invitation.role().inWords() + ". It takes place " + when + ".",
                        "The link leads you through creating a Mingle account with this address ("
                                + invitation.email() + "); then you are on the team. It works for "
                                + TeamInvitationService.VALID_FOR.toDays() + " days."),
                List.of(new MailLayout.Action("See the invitation", link)),
                List.of("If you do not know " + inviterName + " or do not want to join, ignore this mail: nothing "
                        + "happens without you, and Mingle keeps your address only until the invitation ends."));
        return new MailToSend(Optional.empty(), invitation.email(), subject, layout.text(), layout.html(),
                Optional.empty());
    }
}
