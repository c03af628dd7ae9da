package org.mingle.domain.shared;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;

/**
 * The address people reach Mingle at, as whoever runs it configured it: the base of every link Mingle hands out
 * (connect-code pages and their QR codes, later mail and webhooks). Links are never built from a request's
 * {@code Host} or {@code X-Forwarded-Host}: any client can send those, and a link built from them could point at
 * someone else's server.
 *
 * <p>An absolute {@code http} or {@code https} address with a host, optionally a port and a path prefix (when a proxy
 * serves Mingle under one), without user information, query or fragment. A trailing slash is dropped.
 */
public final class PublicUrl {

    private final String base;

    private PublicUrl(String base) {
        this.base = base;
    }

    /**
     * @throws IllegalArgumentException with the reason, when the text is no such address
     */
    public static PublicUrl parse(String text) {
        Objects.requireNonNull(text, "text");
        URI uri;
        try {
            uri = new URI(text.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("it is not a valid address (" + e.getReason() + ")");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("it must start with http:// or https://");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new IllegalArgumentException("it must name a host, such as https://mingle.example.org");
        }
        if (uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException("it must not contain a user name or password");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalArgumentException("it must not have a query (?) or fragment (#)");
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        if (path.contains("//") || path.matches(".*/\\.\\.?(/.*)?")) {
            throw new IllegalArgumentException("its path must not contain empty, . or .. segments");
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
        return new PublicUrl(scheme + "://" + host + port + path.replaceAll("/+$", ""));
    }

    /** The address of a server on this machine, for when none is configured. */
    public static PublicUrl localhost(int port) {
        return parse("http://localhost:" + port);
    }

    /** The absolute address of a page of Mingle, given its path ({@code connect/7K3M9QXA}). */
    public String link(String path) {
        return base + "/" + (path.startsWith("/") ? path.substring(1) : path);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PublicUrl that && base.equals(that.base);
    }

    @Override
    public int hashCode() {
        return base.hashCode();
    }

    /** The address itself, without a trailing slash. */
    @Override
    public String toString() {
        return base;
    }
}
