package org.mingle.web.webhooks;

import static org.mingle.web.shell.Translations.translate;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.mingle.domain.webhooks.DeliveryState;
import org.mingle.domain.webhooks.WebhookType;
import org.mingle.web.shell.Formats;

/** How the webhook pages name kinds of change, delivery states and times. */
final class WebhookLabels {

    private WebhookLabels() {
    }

    static String describe(WebhookType type) {
        String what = switch (type) {
            case REGISTRATION_CREATED -> translate("webhooks.type.registration-created");
            case REGISTRATION_PROMOTED -> translate("webhooks.type.registration-promoted");
            case REGISTRATION_CANCELLED -> translate("webhooks.type.registration-cancelled");
            case CHECKIN_CREATED -> translate("webhooks.type.checkin-created");
            case CONNECTION_CREATED -> translate("webhooks.type.connection-created");
            case MEETING_ACCEPTED -> translate("webhooks.type.meeting-accepted");
            case EVENT_UPDATED -> translate("webhooks.type.event-updated");
        };
        // The wire name stays as it is in every language: it is what the receiver reads.
        return what + " (" + type.wireName() + ")";
    }

    static String state(DeliveryState state) {
        return switch (state) {
            case QUEUED -> translate("webhooks.state.queued");
            case DELIVERED -> translate("webhooks.state.delivered");
            case FAILED -> translate("webhooks.state.failed");
        };
    }

    /** A moment in UTC, to the second, as the page's language writes it: deliveries retry within minutes. */
    static String when(Instant instant) {
        return DateTimeFormatter.ofPattern(translate("format.day-and-seconds-utc"), Formats.locale())
                .format(instant.atZone(ZoneOffset.UTC));
    }
}
