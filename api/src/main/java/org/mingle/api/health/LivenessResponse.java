package org.mingle.api.health;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** The process answers; says nothing about what it depends on. */
@Serdeable.Serializable
@Schema(name = "Liveness", requiredProperties = {"status"})
public record LivenessResponse(@Schema(allowableValues = {"UP"}) String status) {
}
