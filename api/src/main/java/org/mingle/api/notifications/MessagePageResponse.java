package org.mingle.api.notifications;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.mingle.domain.notifications.MessageDelivery;
import org.mingle.domain.shared.PageRequest;

/** One page of an event's messages from its organizers, newest first. */
@Serdeable.Serializable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "OrganizerMessagePage")
public record MessagePageResponse(List<MessageResponse> items, int page, int size, long total) {

    static MessagePageResponse of(List<MessageDelivery> messages, PageRequest request) {
        var items = messages.stream().skip(request.offset()).limit(request.size()).map(MessageResponse::of).toList();
        return new MessagePageResponse(items, request.page(), request.size(), messages.size());
    }
}
