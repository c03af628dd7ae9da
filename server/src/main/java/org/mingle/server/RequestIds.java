package org.mingle.server;

import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.MDC;

/**
 * Gives every request an id: the caller's {@value #HEADER} when it is a sane one ({@code [A-Za-z0-9-]{1,64}}, as a
 * load balancer or client may send to follow a request across services), otherwise a fresh one. The id is answered
 * in the {@value #HEADER} response header, stands in the log's MDC as {@value #MDC_KEY} while the request is handled,
 * and reaches every problem document: the application sees the request with exactly this id in its
 * {@value #HEADER} header, so a refused value never travels further than this class.
 *
 * <p>The outermost handler, so everything below it (metrics, the API, the UI) logs with the id. Requests that Jetty
 * refuses before any handler runs are answered by the server's error handler, which {@link #onErrors} wraps.
 */
final class RequestIds extends Handler.Wrapper {

    /** The request and response header. */
    static final String HEADER = "X-Request-Id";
    /** The MDC key under which log lines carry the id. */
    static final String MDC_KEY = "requestId";
    /** The request attribute with the id (a String), for errors answered outside the servlets. */
    static final String ATTRIBUTE = "org.mingle.request-id";

    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9-]{1,64}");
    private static final HexFormat HEX = HexFormat.of();

    RequestIds(Handler handler) {
        super(handler);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String incoming = request.getHeaders().get(HEADER);
        String id = idFor(incoming);
        request.setAttribute(ATTRIBUTE, id);
        response.getHeaders().put(HEADER, id);
        Request withId = id.equals(incoming) ? request : new WithId(request, id);
        MDC.put(MDC_KEY, id);
        try {
            return super.handle(withId, response, callback);
        } finally {
            MDC.remove(MDC_KEY);
        }
    }

    /** The server's error handler, giving an id to the errors it answers before any handler ran. */
    static Request.Handler onErrors(Request.Handler errors) {
        return new Request.Handler() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) throws Exception {
                String id = of(request);
                request.setAttribute(ATTRIBUTE, id);
                response.getHeaders().put(HEADER, id);
                return errors.handle(request, response, callback);
            }
        };
    }

    /** The id of a request, given one by this class or (refused before it ran) taken from the caller or fresh. */
    static String of(Request request) {
        return request.getAttribute(ATTRIBUTE) instanceof String id ? id : idFor(request.getHeaders().get(HEADER));
    }

    private static String idFor(String incoming) {
        return incoming != null && SANE.matcher(incoming).matches() ? incoming : newId();
    }

    /** 128 random bits in hex: unique enough to find a request's lines, and cheap (no secure random needed). */
    static String newId() {
        var random = ThreadLocalRandom.current();
        return HEX.toHexDigits(random.nextLong()) + HEX.toHexDigits(random.nextLong());
    }

    /** The request as the application sees it: with its id in the header, whatever the caller sent there. */
    private static final class WithId extends Request.Wrapper {

        private final HttpFields headers;

        WithId(Request request, String id) {
            super(request);
            this.headers = HttpFields.build(request.getHeaders()).put(HEADER, id).asImmutable();
        }

        @Override
        public HttpFields getHeaders() {
            return headers;
        }
    }
}
