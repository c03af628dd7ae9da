package org.mingle.server;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mingle.server.ProblemDocuments.FieldProblem;
import org.mingle.server.RequestText.MalformedTextException;

/**
 * The one boundary for text coming into the API over HTTP, in front of Micronaut's routing and authentication: a
 * request whose path, query, read headers or JSON body is not well-formed text answers 400 with a problem document
 * naming the part, and never reaches the application (where PostgreSQL would refuse a NUL with a 500).
 *
 * <ul>
 *   <li>Path and query: strict percent-decoding and UTF-8, no control characters at all.</li>
 *   <li>The headers the application reads ({@link #READ_HEADERS}): printable ASCII and spaces only.</li>
 *   <li>A JSON body (or one without a content type, which Micronaut reads as JSON): UTF-8 only, refused rather than
 *       read with replacement characters; every string and field name, escaped or not, without control characters
 *       other than tab and line breaks, and without unpaired surrogates.</li>
 * </ul>
 *
 * <p>It runs after {@link ApiBodyLimitFilter}, whose {@link BufferedBodyRequest} holds the body.
 */
final class InputBoundaryFilter extends HttpFilter {

    /** The request headers the application or Micronaut reads. */
    static final List<String> READ_HEADERS = List.of("Authorization", "Idempotency-Key", "Content-Type", "Accept",
            "Origin", "Host", "Forwarded", "X-Forwarded-For", "X-Forwarded-Host", "X-Forwarded-Proto",
            "X-Forwarded-Port", "Access-Control-Request-Method", "Access-Control-Request-Headers");

    private static final String PRINTABLE_ASCII = "must contain only printable ASCII characters";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!isTextPath(request.getRequestURI())) {
            ProblemDocuments.send(response, 400, ProblemDocuments.malformed(
                    "The request path must be percent-encoded UTF-8 without control characters."));
            return;
        }
        List<FieldProblem> problems = new ArrayList<>();
        checkQuery(request.getQueryString(), problems);
        checkHeaders(request, problems);
        if (!problems.isEmpty()) {
            ProblemDocuments.send(response, 400, ProblemDocuments.invalid(problems));
            return;
        }
        if (request instanceof BufferedBodyRequest buffered && readsAsJson(request.getContentType())) {
            if (!isUtf8OrUnset(request.getCharacterEncoding())) {
                ProblemDocuments.send(response, 415, ProblemDocuments.ofStatus(415,
                        "Send JSON in UTF-8, the only encoding JSON has."));
                return;
            }
            if (!checkJson(buffered.body(), response)) {
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static boolean isTextPath(String rawPath) {
        try {
            return RequestText.characterProblem(RequestText.decodeComponent(rawPath, false), false).isEmpty();
        } catch (MalformedTextException malformed) {
            return false;
        }
    }

    /** Each refused parameter, by name; a name that cannot be read is reported as {@code query}. */
    private static void checkQuery(String rawQuery, List<FieldProblem> problems) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return;
        }
        for (String pair : rawQuery.split("&", -1)) {
            int equals = pair.indexOf('=');
            String rawName = equals < 0 ? pair : pair.substring(0, equals);
            String name;
            try {
                name = RequestText.decodeComponent(rawName, true);
            } catch (MalformedTextException malformed) {
                problems.add(new FieldProblem("query", "must be percent-encoded UTF-8"));
                continue;
            }
            var nameProblem = RequestText.characterProblem(name, false);
            if (nameProblem.isPresent()) {
                problems.add(new FieldProblem("query", "must not have parameter names that "
                        + nameProblem.get().substring("must not ".length())));
                continue;
            }
            if (equals >= 0) {
                try {
                    RequestText.characterProblem(RequestText.decodeComponent(pair.substring(equals + 1), true), false)
                            .ifPresent(message -> problems.add(new FieldProblem(name, message)));
                } catch (MalformedTextException malformed) {
                    problems.add(new FieldProblem(name, "must be percent-encoded UTF-8"));
                }
            }
        }
    }

    private static void checkHeaders(HttpServletRequest request, List<FieldProblem> problems) {
        for (String name : READ_HEADERS) {
            var values = request.getHeaders(name);
            while (values != null && values.hasMoreElements()) {
                if (!isPrintableAscii(values.nextElement())) {
                    problems.add(new FieldProblem(name, PRINTABLE_ASCII));
                    break;
                }
            }
        }
    }

    /** Jetty hands header bytes on as ISO-8859-1 characters; only space to tilde belong in these headers. */
    private static boolean isPrintableAscii(String value) {
        return value.chars().allMatch(c -> c >= ' ' && c < 0x7F);
    }

    /** Whether Micronaut reads a body of this type as JSON: JSON itself, {@code +json} types, and none at all. */
    private static boolean readsAsJson(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return true;
        }
        String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return type.equals("application/json") || type.endsWith("+json");
    }

    private static boolean isUtf8OrUnset(String charset) {
        return charset == null || charset.equalsIgnoreCase("utf-8") || charset.equalsIgnoreCase("utf8");
    }

    /** Whether the body may go on; otherwise the refusal has been sent. */
    private static boolean checkJson(byte[] body, HttpServletResponse response) throws IOException {
        String text;
        try {
            text = RequestText.utf8(body);
        } catch (MalformedTextException notUtf8) {
            ProblemDocuments.send(response, 400, ProblemDocuments.malformed("The request body is not valid UTF-8."));
            return false;
        }
        List<FieldProblem> problems;
        try {
            problems = JsonBodyText.problems(text);
        } catch (JsonBodyText.NotJsonException notJson) {
            ProblemDocuments.send(response, 400, ProblemDocuments.malformed("The request body is not valid JSON."));
            return false;
        }
        if (!problems.isEmpty()) {
            ProblemDocuments.send(response, 400, ProblemDocuments.invalid(problems));
            return false;
        }
        return true;
    }
}
