package org.mingle.api.reports;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Objects;
import org.mingle.domain.reports.NetworkPicture;

/** An event's connection network, for drawing: its most connected people as dots and their connections as lines. */
@Serdeable.Serializable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "NetworkPicture", requiredProperties = {"shownOf", "people", "connections"}, description = """
        The most connected people of the event, placed in the unit square by a force layout (connected people pull \
        together) that draws the same network the same way every time, and the connections among them.""")
public record NetworkPictureResponse(
        @Schema(minimum = "0", description = """
                how many people with a connection there are in all; more than `people` holds when the picture \
                is limited""")
        int shownOf,
        @Schema(description = "at most as many as asked for, most connected first") List<NetworkPersonResponse> people,
        @Schema(example = "[[0, 1], [0, 3]]", description = """
                the connections among `people`, each a pair of zero-based indexes into `people`""")
        List<List<Integer>> connections) {

    static NetworkPictureResponse of(NetworkPicture picture) {
        return new NetworkPictureResponse(picture.shownOf(),
                picture.people().stream().map(NetworkPersonResponse::of).toList(),
                picture.connections().stream().map(pair -> List.of(pair[0], pair[1])).toList());
    }

    /** A person on the picture. */
    @Serdeable.Serializable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "NetworkPerson", requiredProperties = {"accountId", "name", "connections", "x", "y"})
    public record NetworkPersonResponse(
            @Schema(format = "uuid") String accountId,
            @Schema(example = "Grace Hopper") String name,
            @Schema(example = "Software", description = """
                    the industry the person shows attendees, for colouring; absent when hidden or empty""")
            @Nullable String industry,
            @Schema(minimum = "1", description = "the person's connections at the event") int connections,
            @Schema(minimum = "0", maximum = "1", example = "0.4187") double x,
            @Schema(minimum = "0", maximum = "1", example = "0.7321") double y) {

        static NetworkPersonResponse of(NetworkPicture.Dot dot) {
            var person = dot.person();
            String industry = person.industry() == null || person.industry().isBlank() ? null : person.industry();
            return new NetworkPersonResponse(person.account().toString(), Objects.requireNonNullElse(dot.name(), ""),
                    industry, person.connections(), dot.x(), dot.y());
        }
    }
}
