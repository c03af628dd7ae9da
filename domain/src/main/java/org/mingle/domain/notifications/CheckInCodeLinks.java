package org.mingle.domain.notifications;

import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.UUID;
import org.mingle.domain.accounts.AccountService;
import org.mingle.domain.events.EventId;
import org.mingle.domain.events.EventService;
import org.mingle.domain.mail.SignedLinks;
import org.mingle.domain.registration.RegistrationService;
import org.mingle.domain.registration.RegistrationStatus;
import org.mingle.domain.shared.AccountId;
import org.mingle.domain.shared.InvalidInputException;

/**
 * "Show my check-in code" in a confirmation mail: a signed link that opens the attendee's code without logging in,
 * at the door, on a phone that may not be signed in. It works as often as needed for 90 days, and shows the code only
 * while the registration is confirmed.
 */
@Singleton
public class CheckInCodeLinks {

    /** The page the mail's link opens, with the link's secret as its {@code token} parameter. */
    public static final String PAGE = "check-in-code";

    /** What the page shows: the code and whose it is. */
    public record Shown(String eventTitle, String attendeeName, String code, boolean checkedIn) {
    }

    private final SignedLinks links;
    private final RegistrationService registrations;
    private final EventService events;
    private final AccountService accounts;

    CheckInCodeLinks(SignedLinks links, RegistrationService registrations, EventService events,
                     AccountService accounts) {
        this.links = links;
        this.registrations = registrations;
        this.events = events;
        this.accounts = accounts;
    }

    /** The path of the page that shows this attendee's code for this event. */
    String path(AccountId attendee, EventId event) {
        return "/" + PAGE + "?token=" + links.sign(SignedLinks.Purpose.CHECK_IN_CODE, attendee.toString(),
                event.toString());
    }

    /**
     * @throws InvalidInputException for {@code token} when the link is damaged or expired, or the registration is no
     *                               longer confirmed (cancelled, or the account deleted)
     */
    public Shown show(String token) {
        var subject = links.verify(token, SignedLinks.Purpose.CHECK_IN_CODE).subject();
        var attendee = new AccountId(UUID.fromString(subject.get(0)));
        var event = new EventId(UUID.fromString(subject.get(1)));
        var account = accounts.findActive(attendee).orElseThrow(CheckInCodeLinks::notConfirmed);
        var registration = registrations.mineAt(attendee, event)
                .filter(mine -> mine.status() == RegistrationStatus.CONFIRMED)
                .orElseThrow(CheckInCodeLinks::notConfirmed);
        return new Shown(events.get(Optional.of(attendee), event).title(), account.displayName(),
                registration.checkInCode(), registration.checkedIn());
    }

    private static InvalidInputException notConfirmed() {
        return InvalidInputException.of("token", "This registration is no longer confirmed, so it has no check-in "
                + "code. Log in to Mingle to see where it stands.");
    }
}
