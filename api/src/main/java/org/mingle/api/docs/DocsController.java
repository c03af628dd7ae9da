package org.mingle.api.docs;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.exceptions.HttpStatusException;
import io.swagger.v3.oas.annotations.Hidden;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;

/**
 * The browsable API documentation at {@code /api/docs}: a small page that points Swagger UI (from the
 * {@code org.webjars:swagger-ui} jar) at {@code /api/openapi.yml}. Only the named files are served, so no request can
 * reach anything else on the class path.
 */
@Controller("/api/docs")
@Hidden
class DocsController {

    private static final String OWN = "org/mingle/api/docs/";
    private static final String CACHE_STATIC = "public, max-age=86400";

    /** File name to media type, for the files taken from the Swagger UI web jar. */
    private static final Map<String, String> SWAGGER_UI_FILES = Map.of(
            "swagger-ui.css", "text/css;charset=utf-8",
            "swagger-ui-bundle.js", "text/javascript;charset=utf-8",
            "swagger-ui-standalone-preset.js", "text/javascript;charset=utf-8",
            "favicon-32x32.png", "image/png",
            "favicon-16x16.png", "image/png");

    private final String swaggerUiFolder = "META-INF/resources/webjars/swagger-ui/" + swaggerUiVersion() + "/";

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<byte[]> page() {
        return HttpResponse.ok(read(OWN + "index.html")).contentType(MediaType.TEXT_HTML + ";charset=utf-8")
                .header("Cache-Control", "no-cache");
    }

    @Get(uri = "/docs.js", produces = "text/javascript")
    HttpResponse<byte[]> script() {
        return HttpResponse.ok(read(OWN + "docs.js")).contentType("text/javascript;charset=utf-8")
                .header("Cache-Control", "no-cache");
    }

    @Get(uri = "/{file}", produces = MediaType.ALL)
    HttpResponse<byte[]> swaggerUi(@PathVariable String file) {
        String type = SWAGGER_UI_FILES.get(file);
        if (type == null) {
            throw new HttpStatusException(HttpStatus.NOT_FOUND, "no such documentation file");
        }
        return HttpResponse.ok(read(swaggerUiFolder + file)).contentType(type).header("Cache-Control", CACHE_STATIC);
    }

    private static byte[] read(String resource) {
        try (InputStream in = DocsController.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing documentation resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String swaggerUiVersion() {
        var properties = new Properties();
        try (InputStream in = DocsController.class.getClassLoader()
                .getResourceAsStream("META-INF/maven/org.webjars/swagger-ui/pom.properties")) {
            if (in == null) {
                throw new IllegalStateException("org.webjars:swagger-ui is not on the class path");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version");
    }
}
