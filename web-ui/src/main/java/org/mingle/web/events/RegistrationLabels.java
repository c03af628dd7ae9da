package org.mingle.web.events;

import static org.mingle.web.shell.Translations.translate;

import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.mingle.domain.registration.Registration;
import org.mingle.domain.registration.RegistrationStatus;

/** How the UI names a registration's status: as words for its owner, as short words and Lumo badges for lists. */
public final class RegistrationLabels {

    private RegistrationLabels() {
    }

    /** Short: "Confirmed", "Waitlist #3", "Pending approval" (in the page's language). */
    public static String status(Registration registration) {
        return switch (registration.status()) {
            case CONFIRMED -> translate(registration.checkedInAt() == null ? "registrations.status.confirmed"
                    : "registrations.status.checked-in");
            case WAITLISTED -> registration.waitlistPosition() == null ? translate("registrations.status.waitlisted")
                    : translate("registrations.status.waitlist-position", registration.waitlistPosition());
            case PENDING_APPROVAL -> translate("registrations.status.pending");
            case CANCELLED -> translate("registrations.status.cancelled");
            case DECLINED -> translate("registrations.status.declined");
        };
    }

    public static String status(RegistrationStatus status) {
        return switch (status) {
            case CONFIRMED -> translate("registrations.status.confirmed");
            case WAITLISTED -> translate("registrations.status.waitlisted");
            case PENDING_APPROVAL -> translate("registrations.status.pending");
            case CANCELLED -> translate("registrations.status.cancelled");
            case DECLINED -> translate("registrations.status.declined");
        };
    }

    /** Addressed to the person registered: "You're confirmed", "On the waitlist, position 2". */
    public static String forRegistrant(Registration registration) {
        return switch (registration.status()) {
            case CONFIRMED -> translate("registrations.you.confirmed");
            case WAITLISTED -> registration.waitlistPosition() == null ? translate("registrations.you.waitlisted")
                    : translate("registrations.you.waitlist-position", registration.waitlistPosition());
            case PENDING_APPROVAL -> translate("registrations.you.pending");
            case CANCELLED -> translate("registrations.you.cancelled");
            case DECLINED -> translate("registrations.you.declined");
        };
    }

    /** A badge for the status: green when confirmed, grey while waiting, red when it no longer applies. */
    public static Span badge(Registration registration) {
        var badge = new Span(status(registration));
        badge.getElement().getThemeList().addAll(switch (registration.status()) {
            case CONFIRMED -> registration.checkedInAt() == null ? List.of("badge", "success")
                    : List.of("badge", "success", "primary");
            case WAITLISTED, PENDING_APPROVAL -> List.of("badge", "contrast");
            case CANCELLED, DECLINED -> List.of("badge", "error");
        });
        return badge;
    }
}
