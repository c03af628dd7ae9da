package org.mingle.api.notifications;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** One page of the caller's notifications, newest first, with the number still unread. */
@Serdeable.Serializable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "NotificationPage")
public record NotificationPageResponse(List<NotificationResponse> items, int page, int size, long total,
                                       @Schema(description = "all unread notifications, on every page")
                                       int unreadCount) {
}
