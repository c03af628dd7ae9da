package org.mingle.web.publicprofiles;

import io.micronaut.context.BeanProvider;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import org.mingle.domain.publicprofiles.PublicProfile;
import org.mingle.domain.publicprofiles.PublicProfileService;
import org.mingle.domain.shared.PublicUrl;
import org.mingle.web.shell.Translations;

/**
 * Serves the public profile page {@code /p/{handle}} as plain HTML, and its style sheet (decision 45). Not a Vaadin
 * view: a link preview reads only the first HTML and runs no script, and a page that costs one service call and a
 * string is what keeps a much-shared link cheap to serve.
 *
 * <p>Caching: a page may be kept a minute by browsers and shared caches ({@code public, max-age=60}) and revalidated
 * with its {@code ETag} (a hash of the page, so every instance gives the same tag); it varies with
 * {@code Accept-Language}. The 404 page is revalidated every time, so a page just turned on shows at once. The style
 * sheet's address carries a hash of its content and is kept a year.
 */
final class PublicProfileServlet extends HttpServlet {

    static final String MAPPING = "/p/*";
    static final String PAGE_CACHE = "public, max-age=60";

    private final BeanProvider<PublicProfileService> publicProfiles;
    private final Translations translations;
    private final BeanProvider<PublicUrl> publicUrl;
    private final byte[] css;
    private final String cssName;
    private volatile PublicProfilePage page;

    PublicProfileServlet(BeanProvider<PublicProfileService> publicProfiles, Translations translations,
                         BeanProvider<PublicUrl> publicUrl) {
        this.publicProfiles = publicProfiles;
        this.translations = translations;
        this.publicUrl = publicUrl;
        this.css = stylesheet();
        this.cssName = "style-" + hash(css).substring(0, 10) + ".css";
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        if (path.equals(cssName)) {
            response.setContentType("text/css;charset=utf-8");
            response.setHeader("Cache-Control", "public, max-age=31536000, immutable");
            response.getOutputStream().write(css);
            return;
        }
        Locale language = language(request);
        Optional<PublicProfile> found = path.contains("/") ? Optional.empty() : publicProfiles.get().find(path);
        response.setHeader("Vary", "Accept-Language");
        response.setContentType("text/html;charset=utf-8");
        if (found.isEmpty()) {
            byte[] body = page().notFound(language).getBytes(StandardCharsets.UTF_8);
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            response.setHeader("Cache-Control", "no-cache");
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
            return;
        }
        byte[] body = page().render(found.get(), language).getBytes(StandardCharsets.UTF_8);
        String etag = "\"" + hash(body).substring(0, 24) + "\"";
        response.setHeader("ETag", etag);
        response.setHeader("Cache-Control", PAGE_CACHE);
        if (matches(request.getHeader("If-None-Match"), etag)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** Built on first use: the public address is known once the server listens. */
    private PublicProfilePage page() {
        if (page == null) {
            page = new PublicProfilePage(translations, publicUrl.get(), "/p/" + cssName);
        }
        return page;
    }

    /** The visitor's first language that Mingle speaks (Accept-Language), else English. */
    private Locale language(HttpServletRequest request) {
        for (Locale wanted : Collections.list(request.getLocales())) {
            for (Locale spoken : translations.getProvidedLocales()) {
                if (spoken.getLanguage().equals(wanted.getLanguage())) {
                    return spoken;
                }
            }
        }
        return Locale.ENGLISH;
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        return ifNoneMatch != null && Arrays.stream(ifNoneMatch.split(","))
                .map(tag -> tag.strip().replaceFirst("^W/", ""))
                .anyMatch(tag -> tag.equals(etag) || tag.equals("*"));
    }

    private static byte[] stylesheet() {
        try (InputStream in = PublicProfileServlet.class.getResourceAsStream("public-profile.css")) {
            if (in == null) {
                throw new IllegalStateException("public-profile.css is missing from the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String hash(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
