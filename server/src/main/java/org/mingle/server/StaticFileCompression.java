package org.mingle.server;

import java.util.List;
import org.eclipse.jetty.compression.gzip.GzipCompression;
import org.eclipse.jetty.compression.server.CompressionConfig;
import org.eclipse.jetty.compression.server.CompressionHandler;
import org.eclipse.jetty.server.Handler;

/**
 * Gzip for the static text files a browser loads (scripts, style sheets, SVG, the web app manifest), compressed as
 * they are sent to a browser that accepts gzip (decision 33).
 *
 * <ul>
 *   <li>A response that is already encoded passes as it is: the UI's production bundle comes with brotli files made
 *       when it was built, which the UI serves to browsers that accept brotli.</li>
 *   <li>Pages and JSON (the UI's bootstrap page and its client-server messages, the API) are never compressed: they
 *       carry secrets (the UI's CSRF token, access tokens) beside text an attacker may choose, which is what BREACH
 *       reads through the compressed length.</li>
 *   <li>Request bodies are never decompressed: the API's body limit counts what arrives.</li>
 * </ul>
 *
 * <p>Every response says {@code Vary: Accept-Encoding}, so no cache hands a compressed file to a browser that did not
 * ask for one.
 */
final class StaticFileCompression {

    /** The types compressed; the rest of what Jetty knows is either compressed already or must not be. */
    private static final List<String> COMPRESSED_TYPES = List.of("text/javascript", "application/javascript",
            "text/css", "image/svg+xml", "application/manifest+json");

    private StaticFileCompression() {
    }

    static Handler around(Handler handler) {
        var config = CompressionConfig.builder().decompressExcludePath("/*");
        COMPRESSED_TYPES.forEach(config::compressIncludeMimeType);
        var compression = new CompressionHandler(handler);
        compression.putCompression(new GzipCompression());
        compression.putConfiguration("/", config.build());
        return compression;
    }
}
