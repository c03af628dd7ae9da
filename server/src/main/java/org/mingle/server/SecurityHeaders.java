package org.mingle.server;

import java.security.SecureRandom;
import java.util.Base64;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Puts the security headers on every response of the server, for the UI, the API and errors alike: a Content-Security-
 * Policy that fits what is answered ({@link ContentSecurityPolicy}), {@code nosniff}, no referrer, no framing, a
 * permissions policy that leaves only the camera to Mingle itself, and HSTS when the request came over HTTPS
 * (directly, or through a trusted proxy: {@code mingle.server.trust-forwarded-headers}).
 *
 * <p>A request customizer rather than a handler or servlet filter: Jetty runs it on every request before any handler,
 * so errors that Jetty answers inside the servlet context (an unknown file) carry the headers too. It must come after
 * the {@code ForwardedRequestCustomizer}, which decides whether a proxied request was HTTPS. A request that Jetty
 * refuses before the customizers run (an ambiguous path) is answered by the server's error handler, which
 * {@link #onErrors} wraps.
 *
 * <p>Pages of the UI get a fresh script nonce with every response, in the policy and as the request attribute
 * {@value #CSP_NONCE_ATTRIBUTE}, from where the UI puts it on the scripts of its bootstrap page.
 */
final class SecurityHeaders implements HttpConfiguration.Customizer {

    /** The request attribute with the script nonce of this response's policy (a String), for pages of the UI. */
    static final String CSP_NONCE_ATTRIBUTE = "org.mingle.csp-nonce";

    static final String PERMISSIONS_POLICY = "camera=(self), microphone=(), geolocation=(), payment=(), usb=(), "
            + "serial=(), midi=(), display-capture=(), accelerometer=(), gyroscope=(), magnetometer=()";
    /** A year; subdomains are left to whoever runs them. */
    static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000";

    private static final SecureRandom RANDOM = new SecureRandom();

    /** The server's error handler, adding the headers to the errors it answers before any customizer ran. */
    static Request.Handler onErrors(Request.Handler errors) {
        return new Request.Handler() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) throws Exception {
                apply(request, response.getHeaders());
                return errors.handle(request, response, callback);
            }
        };
    }

    @Override
    public Request customize(Request request, HttpFields.Mutable responseHeaders) {
        apply(request, responseHeaders);
        return request;
    }

    private static void apply(Request request, HttpFields.Mutable responseHeaders) {
        String path = request.getHttpURI().getPath();
        responseHeaders.put("Content-Security-Policy", policyFor(path == null ? "" : path, request));
        responseHeaders.put("X-Content-Type-Options", "nosniff");
        responseHeaders.put("Referrer-Policy", "no-referrer");
        responseHeaders.put("X-Frame-Options", "DENY");
        responseHeaders.put("Permissions-Policy", PERMISSIONS_POLICY);
        if (request.isSecure()) {
            responseHeaders.put("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
        }
    }

    private static String policyFor(String path, Request request) {
        if (path.equals("/api/docs") || path.startsWith("/api/docs/")) {
            return ContentSecurityPolicy.API_DOCS;
        }
        if (path.equals("/api") || path.startsWith("/api/")) {
            return ContentSecurityPolicy.API;
        }
        if (path.startsWith("/p/")) {
            return ContentSecurityPolicy.PUBLIC_PAGE;
        }
        String nonce = newNonce();
        request.setAttribute(CSP_NONCE_ATTRIBUTE, nonce);
        return ContentSecurityPolicy.ui(nonce);
    }

    private static String newNonce() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
