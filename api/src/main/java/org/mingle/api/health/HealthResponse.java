package org.mingle.api.health;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** Whether the service and what it depends on can do their work. */
@Serdeable.Serializable
@Schema(name = "Health", requiredProperties = {"status", "database"})
public record HealthResponse(
        @Schema(allowableValues = {"UP", "DOWN"}) String status,
        Component database) {

    /** One dependency. */
    @Serdeable.Serializable
    @Schema(name = "HealthComponent", requiredProperties = {"status", "detail"})
    public record Component(
            @Schema(allowableValues = {"UP", "DOWN"}) String status,
            @Schema(example = "reachable") String detail) {
    }
}
