package org.mingle.server;

/**
 * The Content-Security-Policy of each kind of response (see decision 0019 for why each source is there).
 *
 * <ul>
 *   <li>The UI (Vaadin Flow 24): scripts only from Mingle itself or carrying the response's nonce, so an injected
 *       inline script or event-handler attribute does not run. {@code 'unsafe-eval'} stays: Flow's client engine
 *       runs the JavaScript expressions the server sends ({@code executeJs}, event data) as constructed functions.
 *       Inline styles stay: Lumo and the web components set them.</li>
 *   <li>The API documentation (Swagger UI): scripts only from Mingle itself, no eval.</li>
 *   <li>The API: JSON, CSV, calendar and vCard files, which no browser should run or frame anything for.</li>
 *   <li>The public profile page: no script, styles and images from Mingle only.</li>
 * </ul>
 */
final class ContentSecurityPolicy {

    /** Where browsers send violation reports. */
    static final String REPORT_PATH = "/api/csp-reports";

    private static final String SHARED = "object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'; report-uri " + REPORT_PATH;

    static final String API_DOCS = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; " + SHARED;

    static final String API = "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    /**
     * The public profile page ({@code /p/...}, decision 45): plain HTML with Mingle's own style sheet and images and
     * no script at all (its JSON-LD block is data, which no policy needs to allow).
     */
    static final String PUBLIC_PAGE = "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; "
            + "form-action 'none'; frame-ancestors 'none'; report-uri " + REPORT_PATH;

    private ContentSecurityPolicy() {
    }

    static String ui(String nonce) {
        return "default-src 'self'; script-src 'self' 'nonce-" + nonce + "' 'unsafe-eval'; "
                + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
                + "connect-src 'self'; " + SHARED;
    }
}
