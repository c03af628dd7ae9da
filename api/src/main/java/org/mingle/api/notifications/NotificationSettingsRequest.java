package org.mingle.api.notifications;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.mingle.domain.notifications.Delivery;
import org.mingle.domain.notifications.NotificationCategory;
import org.mingle.domain.shared.FieldError;
import org.mingle.domain.shared.InvalidInputException;

/** The body of {@code PUT /api/me/notification-settings}: the categories to change; the others keep theirs. */
@Serdeable.Deserializable
@JsonIgnoreProperties(ignoreUnknown = false)
@Schema(name = "NotificationSettingsChange", requiredProperties = {"categories"})
public record NotificationSettingsRequest(
        @Schema(description = """
                category to IMMEDIATE, DAILY_DIGEST or IN_APP_ONLY; OFF only for NETWORK, which people opt into \
                (it is OFF until they choose)""",
                example = "{\"MEETINGS\": \"IN_APP_ONLY\"}")
        @Nullable Map<String, String> categories) {

    /**
     * @throws InvalidInputException naming each unknown category ({@code categories.X}) and unknown delivery
     */
    Map<NotificationCategory, Delivery> changes() {
        if (categories == null) {
            throw InvalidInputException.of("categories", "is required");
        }
        var errors = new ArrayList<FieldError>();
        var changes = new EnumMap<NotificationCategory, Delivery>(NotificationCategory.class);
        categories.forEach((name, delivery) -> {
            var category = Arrays.stream(NotificationCategory.values()).filter(c -> c.name().equals(name)).findFirst();
            var chosen = Arrays.stream(Delivery.values()).filter(d -> d.name().equals(delivery)).findFirst();
            if (category.isEmpty()) {
                errors.add(new FieldError("categories." + name, "is no category; the categories are "
                        + names(NotificationCategory.values())));
            } else if (chosen.isEmpty()) {
                errors.add(new FieldError("categories." + name, "must be " + names(Delivery.values())));
            } else {
                changes.put(category.get(), chosen.get());
            }
        });
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return changes;
    }

    private static String names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.joining(", "));
    }
}
