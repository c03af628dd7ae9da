package org.mingle.api.connections;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.mingle.api.profiles.ProfileViewResponse;
import org.mingle.api.responses.Times;
import org.mingle.domain.connections.ConnectionSource;
import org.mingle.domain.connections.FollowUp;
import org.mingle.domain.connections.MyConnection;
import org.mingle.domain.connections.Outcome;
import org.mingle.domain.connections.PrivateNotes;

/**
 * A connection in the caller's network: the other person as far as they let the caller see them, where and when the
 * two met, and the caller's own private notes. The notes come only from the caller's own entry: the other person's
 * notes on the same connection are never part of it.
 */
@Serdeable.Serializable
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Connection", requiredProperties = {"id", "eventId", "eventTitle", "accountId", "displayName",
        "connectedAt", "source", "person", "tags", "followUp"},
        description = """
                A connection in the caller's network. `person` is the other person's profile as far as they let the \
                caller see it. `note`, `tags`, `followUp`, `remindAt` and `outcome` are the caller's private notes: \
                nobody else ever sees them, and the other person keeps notes of their own on the same connection. \
                `note`, `remindAt` and `outcome` are absent when not set.""")
public record ConnectionResponse(
        @Schema(format = "uuid", description = "the same id in both people's networks") String id,
        @Schema(format = "uuid", description = "the event where the two met") String eventId,
        String eventTitle,
        @Schema(format = "uuid", description = "the other person") String accountId,
        @Schema(example = "Grace Hopper") String displayName,
        @Schema(format = "date-time", example = "2026-12-03T19:42:10.123456Z",
                description = "when the connection was first recorded, in UTC") String connectedAt,
        @Schema(allOf = ConnectionSource.class, description = """
                how it was first recorded: a connect code, "We met" on a meeting or a round, or the attendee list""")
        String source,
        ProfileViewResponse person,
        @Schema(maxLength = 2000, description = "the caller's private note") @Nullable String note,
        @ArraySchema(maxItems = 20, schema = @Schema(maxLength = 40, example = "hiring"),
                arraySchema = @Schema(description = "the caller's private tags; empty when none"))
        List<String> tags,
        @Schema(allOf = FollowUp.class,
                description = "where the caller stands in following up; NONE until set")
        String followUp,
        @Schema(format = "date", example = "2026-12-10",
                description = "when to remind the caller; the follow-up is due from that day until DONE")
        @Nullable String remindAt,
        @Schema(allOf = Outcome.class,
                description = "what the connection led to, as the caller reports it")
        @Nullable String outcome) {

    public static ConnectionResponse of(MyConnection connection) {
        var other = connection.other();
        PrivateNotes notes = connection.notes();
        return new ConnectionResponse(
                connection.id().toString(),
                connection.eventId().toString(),
                connection.eventTitle(),
                other.accountId().toString(),
                other.displayName(),
                Times.utc(connection.connectedAt()),
                connection.source().name(),
                ProfileViewResponse.of(other),
                notes.note(),
                List.copyOf(notes.tags()),
                notes.followUp().name(),
                notes.remindAt() == null ? null : notes.remindAt().toString(),
                notes.outcome() == null ? null : notes.outcome().name());
    }
}
