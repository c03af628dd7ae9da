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
 * database is out of reach or the instance is shutting down (decision 59). While migrations run at start-up the port
 * is not open yet, which a load balancer counts as not ready.
 */
@Controller("/api/health")
@Tag(name = "Operations")
class HealthController {

    private final DatabaseHealth database;
    private final ShutdownReadiness shutdown;

    HealthController(DatabaseHealth database, ShutdownReadiness shutdown) {
        this.database = database;
        this.shutdown = shutdown;
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
            description = "503 while the database cannot be reached, and from the moment the instance starts to shut "
                    + "down: a load balancer sends new requests elsewhere.")
    @ApiResponse(responseCode = "200", description = "Ready",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = HealthResponse.class)))
    @ApiResponse(responseCode = "503", description = "Not ready",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = HealthResponse.class)))
    HttpResponse<HealthResponse> ready() {
        var check = database.check();
        String databaseStatus = check.up() ? "UP" : "DOWN";
        boolean ready = check.up() && !shutdown.leaving();
        var body = new HealthResponse(ready ? "UP" : "DOWN",
                new HealthResponse.Component(databaseStatus, check.detail()));
        return HttpResponse.status(ready ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE)
                .body(body)
                .header("Cache-Control", "no-store");
    }
}
