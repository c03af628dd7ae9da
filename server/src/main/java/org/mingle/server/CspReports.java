package org.mingle.server;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Content-Security-Policy violations that browsers report to {@value ContentSecurityPolicy#REPORT_PATH}: counted,
 * and logged at WARN, so a policy that breaks a page shows up in the log (and fails the browser tests).
 *
 * <p>Accepts {@code POST} of {@code application/csp-report} (the {@code report-uri} format: one
 * {@code {"csp-report": {...}}}) and {@code application/reports+json} (the Reporting API: an array of reports) up to
 * {@value #MAX_BODY_BYTES} bytes; anything else is refused with a problem document. Anyone can post here, so at most
 * {@value #LOGGED_PER_MINUTE} violations a minute are logged, every value is cut short and stripped of line breaks,
 * and a document's query string is left out.
 */
@Singleton
public class CspReports {

    static final int MAX_BODY_BYTES = 16 * 1024;
    static final int LOGGED_PER_MINUTE = 30;

    private static final Logger LOG = LoggerFactory.getLogger(CspReports.class);
    private static final int KEPT = 20;

    private final JsonMapper json;
    private final AtomicLong received = new AtomicLong();
    private final Deque<String> recent = new ArrayDeque<>();
    private long minute;
    private int loggedThisMinute;

    CspReports(JsonMapper json) {
        this.json = json;
    }

    /** How many violations browsers have reported since the server started. */
    public long count() {
        return received.get();
    }

    /** The last few violations reported, one line each, newest last. */
    public synchronized List<String> recent() {
        return new ArrayList<>(recent);
    }

    void receive(Request request, Response response, Callback callback) {
        if (!"POST".equals(request.getMethod())) {
            response.getHeaders().put(HttpHeader.ALLOW, "POST");
            problem(response, callback, 405, "Method Not Allowed", "Send reports with POST.");
            return;
        }
        String type = mediaType(request.getHeaders().get(HttpHeader.CONTENT_TYPE));
        if (!type.equals("application/csp-report") && !type.equals("application/reports+json")) {
            problem(response, callback, 415, "Unsupported Media Type",
                    "Send application/csp-report or application/reports+json.");
            return;
        }
        byte[] body;
        try (InputStream in = Content.Source.asInputStream(request)) {
            body = in.readNBytes(MAX_BODY_BYTES + 1);
        } catch (IOException e) {
            problem(response, callback, 400, "Bad Request", "The report could not be read.");
            return;
        }
        if (body.length > MAX_BODY_BYTES) {
            response.getHeaders().put(HttpHeader.CONNECTION, "close");
            problem(response, callback, 413, "Content Too Large",
                    "A report must not be larger than " + MAX_BODY_BYTES + " bytes.");
            return;
        }
        List<String> violations;
        try {
            violations = violations(json.readValue(body, JsonNode.class));
        } catch (IOException | RuntimeException e) {
            violations = List.of();
        }
        if (violations.isEmpty()) {
            problem(response, callback, 400, "Bad Request", "The body is no Content-Security-Policy report.");
            return;
        }
        violations.forEach(this::record);
        response.setStatus(204);
        callback.succeeded();
    }

    /** One line per violation in either format; empty when the JSON is neither. */
    private static List<String> violations(JsonNode document) {
        var found = new ArrayList<String>();
        if (document.isObject() && document.get("csp-report") != null && document.get("csp-report").isObject()) {
            JsonNode report = document.get("csp-report");
            found.add(describe(report, "effective-directive", "violated-directive", "blocked-uri", "document-uri",
                    "source-file", "line-number"));
        } else if (document.isArray()) {
            for (JsonNode report : document.values()) {
                JsonNode body = report.isObject() ? report.get("body") : null;
                if (body != null && body.isObject() && text(report, "type").equals("csp-violation")) {
                    found.add(describe(body, "effectiveDirective", "effectiveDirective", "blockedURL",
                            "documentURL", "sourceFile", "lineNumber"));
                }
            }
        }
        return found;
    }

    private static String describe(JsonNode report, String directive, String fallbackDirective, String blocked,
                                   String document, String source, String line) {
        String directiveText = text(report, directive).isEmpty() ? text(report, fallbackDirective)
                : text(report, directive);
        return "directive " + directiveText + " blocked " + text(report, blocked) + " on "
                + withoutQuery(text(report, document)) + " (" + text(report, source) + ":" + text(report, line) + ")";
    }

    private void record(String violation) {
        received.incrementAndGet();
        boolean log;
        synchronized (this) {
            recent.addLast(violation);
            if (recent.size() > KEPT) {
                recent.removeFirst();
            }
            long now = System.currentTimeMillis() / 60_000;
            if (now != minute) {
                minute = now;
                loggedThisMinute = 0;
            }
            log = loggedThisMinute++ < LOGGED_PER_MINUTE;
        }
        if (log) {
            LOG.warn("Content-Security-Policy violation: {}", violation);
        }
    }

    private static String text(JsonNode object, String field) {
        JsonNode value = object.get(field);
        if (value == null || value.isNull() || value.isContainerNode()) {
            return "";
        }
        String text = value.coerceStringValue().replaceAll("\\p{Cntrl}", " ");
        return text.length() > 200 ? text.substring(0, 200) + "..." : text;
    }

    private static String withoutQuery(String address) {
        int query = address.indexOf('?');
        return query < 0 ? address : address.substring(0, query);
    }

    private static String mediaType(String contentType) {
        if (contentType == null) {
            return "";
        }
        int parameters = contentType.indexOf(';');
        return (parameters < 0 ? contentType : contentType.substring(0, parameters)).strip().toLowerCase(Locale.ROOT);
    }

    private static void problem(Response response, Callback callback, int status, String title, String detail) {
        String body = "{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + detail + "\"}";
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/problem+json;charset=utf-8");
        response.write(true, ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8)), callback);
    }
}
