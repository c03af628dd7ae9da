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

/**
 * For load balancers and orchestrators. {@code /api/health/live}: the process answers (restart it when it does not);
 * {@code /api/health/ready}, and {@code /api/health} as before it: 200 when the service can work, 503 when the
 * database is out of reach. While migrations run at start-up the port is not open yet, which a load balancer counts
 * as not ready.
 */
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
        return ready();
    }

    @Get("/live")
    @Operation(operationId = "getLiveness", summary = "Whether the process is alive",
            description = "Answers without asking the database: a failing database makes the service not ready, "
                    + "not dead.")
    @ApiResponse(responseCode = "200", description = "Alive",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = LivenessResponse.class)))
    HttpResponse<LivenessResponse> live() {
        return HttpResponse.ok(new LivenessResponse("UP")).header("Cache-Control", "no-store");
    }

    @Get("/ready")
    @Operation(operationId = "getReadiness", summary = "Whether the service can take requests",
            description = "503 while the database cannot be reached: a load balancer sends requests elsewhere.")
    @ApiResponse(responseCode = "200", description = "Ready",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = HealthResponse.class)))
    @ApiResponse(responseCode = "503", description = "Not ready",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = HealthResponse.class)))
    HttpResponse<HealthResponse> ready() {
        var check = database.check();
        String status = check.up() ? "UP" : "DOWN";
        var body = new HealthResponse(status, new HealthResponse.Component(status, check.detail()));
        return HttpResponse.status(check.up() ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE)
                .body(body)
                .header("Cache-Control", "no-store");
    }
}
