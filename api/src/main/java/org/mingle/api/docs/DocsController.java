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
 *
 * <p>Every file goes through the one {@code /{file}} route and its table: a separate {@code /docs.js} route beside it
 * matched the same path, and for the Accept header browsers send with a script (any type) Micronaut chose
 * {@code /{file}}, which answered 404, so the page stayed blank.
 */
@Controller("/api/docs")
@Hidden
class DocsController {

    private static final String OWN = "org/mingle/api/docs/";
    private static final String JAVASCRIPT = "text/javascript;charset=utf-8";
    private static final String NO_CACHE = "no-cache";
    private static final String CACHE_STATIC = "public, max-age=86400";

    /** A file the page may load: where it lives on the class path, its media type and how long to cache it. */
    private record DocsFile(String resource, String mediaType, String cacheControl) {
    }

    private final Map<String, DocsFile> files;

    DocsController() {
        String swaggerUi = "META-INF/resources/webjars/swagger-ui/" + swaggerUiVersion() + "/";
        files = Map.of(
                "docs.js", new DocsFile(OWN + "docs.js", JAVASCRIPT, NO_CACHE),
                "swagger-ui.css", new DocsFile(swaggerUi + "swagger-ui.css", "text/css;charset=utf-8", CACHE_STATIC),
                "swagger-ui-bundle.js", new DocsFile(swaggerUi + "swagger-ui-bundle.js", JAVASCRIPT, CACHE_STATIC),
                "swagger-ui-standalone-preset.js",
                new DocsFile(swaggerUi + "swagger-ui-standalone-preset.js", JAVASCRIPT, CACHE_STATIC),
                "favicon-32x32.png", new DocsFile(swaggerUi + "favicon-32x32.png", "image/png", CACHE_STATIC),
                "favicon-16x16.png", new DocsFile(swaggerUi + "favicon-16x16.png", "image/png", CACHE_STATIC));
    }

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<byte[]> page() {
        return HttpResponse.ok(read(OWN + "index.html")).contentType(MediaType.TEXT_HTML + ";charset=utf-8")
                .header("Cache-Control", NO_CACHE);
    }

    @Get(uri = "/{file}", produces = MediaType.ALL)
    HttpResponse<byte[]> file(@PathVariable String file) {
        DocsFile known = files.get(file);
        if (known == null) {
            throw new HttpStatusException(HttpStatus.NOT_FOUND, "no such documentation file");
        }
        return HttpResponse.ok(read(known.resource())).contentType(known.mediaType())
                .header("Cache-Control", known.cacheControl());
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
