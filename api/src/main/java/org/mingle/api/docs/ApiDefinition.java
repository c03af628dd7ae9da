package org.mingle.api.docs;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;

/**
 * The title and description of the OpenAPI document that micronaut-openapi generates while compiling this module
 * (to {@code META-INF/swagger/mingle.yml}, see the module's POM), served at {@code /api/openapi.yml}.
 */
@OpenAPIDefinition(info = @Info(
        title = "Mingle API",
        version = "1",
        description = """
                REST API of Mingle, the self-hostable platform for networking events.

                Errors are RFC 9457 problem details (`application/problem+json`) with `type`, `title`, `status`, \
                `detail`, and for invalid input an `errors` array of `{field, message}`. Problem types: \
                `about:blank` (the status says it all), `urn:mingle:problem:malformed-request` (no valid JSON, \
                a field of the wrong type or format, an unknown field), `urn:mingle:problem:invalid-input`, \
                `urn:mingle:problem:forbidden`, `urn:mingle:problem:not-found`, `urn:mingle:problem:conflict`, \
                `urn:mingle:problem:rule-violated`, `urn:mingle:problem:server-error` (with a `correlationId`).""",
        license = @License(name = "See the project's licence")))
interface ApiDefinition {
}
