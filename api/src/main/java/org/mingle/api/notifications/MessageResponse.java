package org.mingle.api.notifications;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import org.mingle.api.responses.Times;
import org.mingle.domain.notifications.Audience;
import org.mingle.domain.notifications.MessageDelivery;
import org.mingle.domain.notifications.OrganizerMessage;

/** A message from the organizers and where its delivery stands. */
@Serdeable.Serializable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "OrganizerMessage")
public record MessageResponse(
        @Schema(format = "uuid") String id,
        String subject,
        String body,
        @Schema(allOf = Audience.class) String audience,
        @Schema(description = "the registrants it was sent to") int recipients,
        @Schema(format = "date-time") String sentAt,
        @Schema(description = "mails the mail server took") int mailed,
        @Schema(description = "mails still waiting to go out") int waiting,
        @Schema(description = "mails that failed for good") int failed) {

    static MessageResponse sent(OrganizerMessage message) {
        return new MessageResponse(message.id().toString(), message.subject(), message.body(),
                message.audience().name(), message.recipients(), Times.utc(message.sentAt()), 0, 0, 0);
    }

    static MessageResponse of(MessageDelivery delivery) {
        var message = delivery.message();
        return new MessageResponse(message.id().toString(), message.subject(), message.body(),
                message.audience().name(), message.recipients(), Times.utc(message.sentAt()), delivery.mailed(),
                delivery.waiting(), delivery.failed());
    }
}
