package org.mingle.api.docs;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.swagger.v3.oas.annotations.Hidden;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Serves the OpenAPI document generated at compile time. */
@Controller("/api")
@Hidden
class OpenApiController {

    static final String DOCUMENT = "META-INF/swagger/mingle.yml";
    static final String YAML = "application/yaml";

    private volatile byte[] document;

    @Get(uri = "/openapi.yml", produces = YAML)
    HttpResponse<byte[]> openApi() {
        return HttpResponse.ok(document()).contentType(YAML + ";charset=utf-8").header("Cache-Control", "no-cache");
    }

    private byte[] document() {
        byte[] loaded = document;
        if (loaded == null) {
            try (var in = OpenApiController.class.getClassLoader().getResourceAsStream(DOCUMENT)) {
                if (in == null) {
                    throw new IllegalStateException("The generated OpenAPI document is missing: " + DOCUMENT);
                }
                loaded = in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            document = loaded;
        }
        return loaded;
    }
}
