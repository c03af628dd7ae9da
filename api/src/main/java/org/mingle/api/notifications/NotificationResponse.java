package org.mingle.api.notifications;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import org.mingle.api.responses.Times;
import org.mingle.domain.notifications.Notification;
import org.mingle.domain.notifications.NotificationKind;
import org.mingle.domain.shared.PublicUrl;

/** One notification. */
@Serdeable.Serializable
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Notification", requiredProperties = {"id", "kind", "title", "body", "createdAt"})
public record NotificationResponse(
        @Schema(format = "uuid") String id,
        @Schema(allOf = NotificationKind.class) String kind,
        String title,
        String body,
        @Schema(format = "uri", description = "the page of Mingle it is about, on the configured public address")
        @Nullable String link,
        @Schema(format = "uuid", description = "the event it concerns, if any") @Nullable String eventId,
        @Schema(format = "date-time", example = "2026-11-29T10:15:30Z") String createdAt,
        @Schema(format = "date-time", description = "absent while unread") @Nullable String readAt) {

    static NotificationResponse of(Notification notification, PublicUrl publicUrl) {
        return new NotificationResponse(notification.id().toString(), notification.kind().name(),
                notification.title(), notification.body(), notification.link().map(publicUrl::link).orElse(null),
                notification.event().map(Object::toString).orElse(null), Times.utc(notification.createdAt()),
                notification.readAt().map(Times::utc).orElse(null));
    }
}
