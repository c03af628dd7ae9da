package org.mingle.api.connections;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** The caller's personal connect code, and the address of the page that opens it (for a QR code). */
@Serdeable.Serializable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "ConnectCode", requiredProperties = {"code", "url"})
public record ConnectCodeResponse(
        @Schema(minLength = 8, maxLength = 8, pattern = "^[0-9A-HJKMNP-TV-Z]{8}$", example = "7K3M9QXA",
                description = "eight characters without look-alikes, to show, read out or type")
        String code,
        @Schema(format = "uri", example = "https://mingle.example/connect/7K3M9QXA",
                description = "the absolute address of the connect page for this code, on Mingle's public address")
        String url) {
}
