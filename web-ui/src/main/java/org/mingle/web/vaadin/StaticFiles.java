package org.mingle.web.vaadin;

import com.vaadin.flow.server.StaticFileServer;
import com.vaadin.flow.server.VaadinService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Vaadin's static file server with caching that fits each file (decision 33). A file whose address names its content
 * never changes, so browsers keep it a year without asking again: the production bundle under {@value #BUNDLE}, whose
 * names carry a hash of their content, and Vaadin's own files, which it links with the hash of its build in
 * {@code ?}{@value #VERSION_PARAMETER}. Any other file (Mingle's style sheet, icons, the web app manifest) is asked
 * about on every use: it may change with the next deployment, and an unchanged one costs a {@code 304} against its
 * {@code Last-Modified}.
 */
final class StaticFiles extends StaticFileServer {

    private static final String BUNDLE = "/VAADIN/build/";
    private static final String VERSION_PARAMETER = "v";
    private static final String IMMUTABLE = "public, max-age=31536000, immutable";
    private static final String REVALIDATE = "no-cache";

    StaticFiles(VaadinService service) {
        super(service);
    }

    @Override
    public boolean serveStaticResource(HttpServletRequest request, HttpServletResponse response) throws IOException {
        return super.serveStaticResource(request, new CacheControlled(response, cacheControl(request)));
    }

    private static String cacheControl(HttpServletRequest request) {
        String path = request.getPathInfo() == null ? request.getServletPath() : request.getPathInfo();
        boolean namedByContent = path.startsWith(BUNDLE)
                || path.startsWith("/VAADIN/") && request.getParameter(VERSION_PARAMETER) != null;
        return namedByContent ? IMMUTABLE : REVALIDATE;
    }

    /** The response with this server's {@code Cache-Control} in place of the one Vaadin writes. */
    private static final class CacheControlled extends HttpServletResponseWrapper {

        private final String cacheControl;

        CacheControlled(HttpServletResponse response, String cacheControl) {
            super(response);
            this.cacheControl = cacheControl;
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, "Cache-Control".equalsIgnoreCase(name) ? cacheControl : value);
        }
    }
}
