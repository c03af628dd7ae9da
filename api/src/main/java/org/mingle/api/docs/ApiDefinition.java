package org.mingle.api.docs;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.mingle.api.accounts.ApiSecurity;

/**
 * The title and description of the OpenAPI document that micronaut-openapi generates while compiling this module
 * (to {@code META-INF/swagger/mingle.yml}, see the module's POM), served at {@code /api/openapi.yml}, and its one
 * security scheme: bearer tokens from {@code POST /api/auth/login}.
 */
@OpenAPIDefinition(info = @Info(
        title = "Mingle API",
        version = "1",
        description = """
                REST API of Mingle, the self-hostable platform for networking events.

                Authentication: log in with `POST /api/auth/login` and send the `access_token` it answers as \
                `Authorization: Bearer <token>`. Tokens are valid for an hour; log in again afterwards. Operations \
                marked with the lock need a token; a request that sends an invalid or expired token is refused with \
                401 even where a token is optional.

                Errors are RFC 9457 problem details (`application/problem+json`) with `type`, `title`, `status`, \
                `detail`, and for invalid input an `errors` array of `{field, message}`. Problem types: \
                `about:blank` (the status says it all), `urn:mingle:problem:malformed-request` (no valid JSON, \
                a field of the wrong type or format, an unknown field), `urn:mingle:problem:invalid-input`, \
                `urn:mingle:problem:unauthenticated` (401, with `WWW-Authenticate: Bearer`), \
                `urn:mingle:problem:forbidden`, `urn:mingle:problem:not-found`, `urn:mingle:problem:conflict`, \
                `urn:mingle:problem:rule-violated`, `urn:mingle:problem:meeting-rule` (422: the event's attendee \
                categories keep the two apart), `urn:mingle:problem:idempotency-key-reused` (422), \
                `urn:mingle:problem:too-many-requests` (429, with \
                `Retry-After` in seconds), `urn:mingle:problem:server-error` (with a `correlationId`). Every \
                operation with parameters or a body can answer 400, every one with a body 413 (over 1 MiB; a photo \
                over 5 MiB) and 415 (not JSON; for a photo, not an image), every one that takes a token 401. Before any operation runs, a request whose request \
                line and headers exceed 8 KiB is refused with 414 (URI too long) or 431 (headers too large).

                Idempotency: the creating `POST`s (`/api/events`, `/api/events/{id}/registrations`, \
                `/api/events/{id}/team`, `/api/events/{id}/check-ins`, `/api/events/{id}/meeting-requests`, \
                `/api/events/{id}/rounds`, `/api/events/{id}/rounds/announcements`, `/api/events/{id}/sessions`, \
                `/api/events/{id}/tables`, `/api/events/{id}/meetings/{mid}/proposal`, \
                `/api/events/{id}/connections`, `/api/events/{id}/webhooks`, `/api/events/{id}/messages`, \
                `/api/events/{id}/abuse-reports`, `/api/groups`, `/api/groups/{id}/members`, \
                `/api/groups/{id}/series`, `/api/series/{id}/extend`, \
                `/api/me/connections/{cid}/endorsements`) accept an `Idempotency-Key` header. A retry \
                with the same key and body answers the first answer again (same status and body, with \
                `Idempotent-Replayed: true`) and changes nothing; the same key with another body answers 422. Keys \
                are per account and remembered for 24 hours.""",
        license = @License(name = "See the project's licence")))
@SecurityScheme(name = ApiSecurity.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT",
        description = "The access_token from POST /api/auth/login, valid for an hour.")
interface ApiDefinition {
}
