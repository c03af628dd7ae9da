package org.mingle.api.connections;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.mingle.domain.connections.MyConnection;
import org.mingle.domain.shared.PageRequest;

/** One page of the caller's network, and how many follow-ups are due across all of it. */
@Serdeable.Serializable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "ConnectionPage", requiredProperties = {"items", "page", "size", "total", "dueFollowUps"})
public record ConnectionPageResponse(
        List<ConnectionResponse> items,
        int page,
        int size,
        @Schema(description = "how many connections match the filters") long total,
        @Schema(description = """
                how many of the caller's follow-ups are due (reminder today or earlier, not DONE), across the whole \
                network whatever the filters""")
        int dueFollowUps) {

    static ConnectionPageResponse of(List<MyConnection> network, PageRequest request, int dueFollowUps) {
        var items = network.stream().skip(request.offset()).limit(request.size())
                .map(ConnectionResponse::of).toList();
        return new ConnectionPageResponse(items, request.page(), request.size(), network.size(), dueFollowUps);
    }
}
