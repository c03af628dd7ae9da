package org.mingle.api.notifications;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.LinkedHashMap;
import java.util.Map;
import org.mingle.domain.notifications.Delivery;
import org.mingle.domain.notifications.NotificationCategory;

/** How each category of notification reaches the caller. */
@Serdeable.Serializable
@Schema(name = "NotificationSettings", requiredProperties = {"categories"})
public record NotificationSettingsResponse(
        @Schema(description = """
                every category (REGISTRATION, MEETINGS, EVENT_UPDATES, REMINDERS, FOLLOW_UPS, GROUPS, ENDORSEMENTS, \
                NETWORK) with its delivery: IMMEDIATE (a mail each), DAILY_DIGEST (one mail a day) or IN_APP_ONLY; \
                NETWORK (someone from one's network registered for an event one attends) is OFF until chosen. \
                Security mail (password reset) is always sent.""",
                example = "{\"REGISTRATION\": \"IMMEDIATE\", \"FOLLOW_UPS\": \"DAILY_DIGEST\"}")
        Map<String, String> categories) {

    static NotificationSettingsResponse of(Map<NotificationCategory, Delivery> settings) {
        var categories = new LinkedHashMap<String, String>();
        settings.forEach((category, delivery) -> categories.put(category.name(), delivery.name()));
        return new NotificationSettingsResponse(categories);
    }
}
