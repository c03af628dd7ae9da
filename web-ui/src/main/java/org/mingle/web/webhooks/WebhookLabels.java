package org.mingle.web.webhooks;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.mingle.domain.webhooks.DeliveryState;
import org.mingle.domain.webhooks.WebhookType;

/** How the webhook pages name kinds of change, delivery states and times. */
final class WebhookLabels {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM, HH:mm:ss 'UTC'",
            Locale.ENGLISH);

    private WebhookLabels() {
    }

    static String describe(WebhookType type) {
        String what = switch (type) {
            case REGISTRATION_CREATED -> "someone registers";
            case REGISTRATION_PROMOTED -> "someone moves up from the waitlist";
            case REGISTRATION_CANCELLED -> "a registration is cancelled";
            case CHECKIN_CREATED -> "someone is checked in";
            case CONNECTION_CREATED -> "two attendees connect";
            case MEETING_ACCEPTED -> "a meeting request is accepted";
            case EVENT_UPDATED -> "the event changes";
        };
        return what + " (" + type.wireName() + ")";
    }

    static String state(DeliveryState state) {
        return switch (state) {
            case QUEUED -> "Waiting";
            case DELIVERED -> "Delivered";
            case FAILED -> "Failed";
        };
    }

    static String when(Instant instant) {
        return WHEN.format(instant.atZone(ZoneOffset.UTC));
    }
}
