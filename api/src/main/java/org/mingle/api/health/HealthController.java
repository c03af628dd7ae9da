package org.mingle.api.health;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.mingle.domain.health.DatabaseHealth;

/** For load balancers and orchestrators: 200 when the service can work, 503 when the database is out of reach. */
@Controller("/api/health")
@Tag(name = "Operations")
class HealthController {

    private final DatabaseHealth database;

    HealthController(DatabaseHealth database) {
        this.database = database;
    }

    @Get
    @Operation(operationId = "getHealth", summary = "Service health")
    @ApiResponse(responseCode = "200", description = "Up",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = HealthResponse.class)))
    @ApiResponse(responseCode = "503", description = "Down",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = HealthResponse.class)))
    HttpResponse<HealthResponse> health() {
        var check = database.check();
        String status = check.up() ? "UP" : "DOWN";
        var body = new HealthResponse(status, new HealthResponse.Component(status, check.detail()));
        return HttpResponse.status(check.up() ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE)
                .body(body)
                .header("Cache-Control", "no-store");
    }
}
