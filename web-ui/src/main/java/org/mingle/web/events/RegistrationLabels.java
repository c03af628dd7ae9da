package org.mingle.web.events;

import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.mingle.domain.registration.Registration;
import org.mingle.domain.registration.RegistrationStatus;

/** How the UI names a registration's status: as words for its owner, as short words and Lumo badges for lists. */
public final class RegistrationLabels {

    private RegistrationLabels() {
    }

    /** Short: "Confirmed", "Waitlist #3", "Pending approval". */
    public static String status(Registration registration) {
        return switch (registration.status()) {
            case CONFIRMED -> registration.checkedInAt() == null ? "Confirmed" : "Checked in";
            case WAITLISTED -> registration.waitlistPosition() == null ? "Waitlisted"
                    : "Waitlist #" + registration.waitlistPosition();
            case PENDING_APPROVAL -> "Pending approval";
            case CANCELLED -> "Cancelled";
            case DECLINED -> "Declined";
        };
    }

    public static String status(RegistrationStatus status) {
        return switch (status) {
            case CONFIRMED -> "Confirmed";
            case WAITLISTED -> "Waitlisted";
            case PENDING_APPROVAL -> "Pending approval";
            case CANCELLED -> "Cancelled";
            case DECLINED -> "Declined";
        };
    }

    /** Addressed to the person registered: "You're confirmed", "On the waitlist, position 2". */
    public static String forRegistrant(Registration registration) {
        return switch (registration.status()) {
            case CONFIRMED -> "You're confirmed";
            case WAITLISTED -> registration.waitlistPosition() == null ? "On the waitlist"
                    : "On the waitlist, position " + registration.waitlistPosition();
            case PENDING_APPROVAL -> "Waiting for the organizers' approval";
            case CANCELLED -> "Your registration is cancelled";
            case DECLINED -> "The organizers declined your registration";
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
