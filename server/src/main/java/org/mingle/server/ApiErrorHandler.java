package org.mingle.server;

import java.io.IOException;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Errors that Jetty answers itself, before any servlet runs: a path it cannot decode, a URI or headers too long, a
 * malformed request line. Under {@code /api/} they become problem documents like every other API error, and so do
 * requests Jetty refused before it could read their path (it cannot tell whether they were meant for the API).
 * Elsewhere Jetty's page stays, without stack traces or exception messages.
 */
final class ApiErrorHandler extends ErrorHandler {

    ApiErrorHandler() {
        setShowStacks(false);
        setShowCauses(false);
        setShowMessageInTitle(false);
    }

    /** Every method gets a body: Jetty's default answers PUT, PATCH and DELETE errors with none. */
    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) throws IOException {
        if (answersWithProblem(request)) {
            writeProblem(request, response, code, callback);
        } else {
            super.generateResponse(request, response, code, null, null, callback);
        }
    }

    /** API requests, and requests Jetty refused before reading their path and headers. */
    static boolean answersWithProblem(Request request) {
        String path = request.getHttpURI().getPath();
        boolean api = path != null && (path.equals("/api") || path.startsWith("/api/"));
        return api || request.getHeaders().size() == 0;
    }

    static void writeProblem(Request request, Response response, int code, Callback callback) {
        String requestId = RequestIds.of(request);
        response.getHeaders().put(RequestIds.HEADER, requestId);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, ProblemDocuments.CONTENT_TYPE);
        response.write(true, ByteBuffer.wrap(ProblemDocuments.json(ProblemDocuments.ofStatus(code, detail(code)),
                requestId)), callback);
    }

    private static String detail(int code) {
        if (code >= 500) {
            return "The server failed to answer this request.";
        }
        return switch (code) {
            case HttpStatus.BAD_REQUEST_400 ->
                    "The request is malformed: check the percent-encoding of its path and its headers.";
            case HttpStatus.PAYLOAD_TOO_LARGE_413 -> "The request body is too large.";
            case HttpStatus.URI_TOO_LONG_414 -> "The request URI is too long.";
            case HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE_431 -> "The request headers are too large.";
            default -> HttpStatus.getMessage(code) + ".";
        };
    }

    /**
     * The same answers for errors inside the servlet context, such as an exception no servlet caught; Jetty's
     * servlet error page would otherwise show the exception's message.
     */
    static final class InContext extends org.eclipse.jetty.ee10.servlet.ErrorHandler {

        InContext() {
            setShowStacks(false);
            setShowCauses(false);
            setShowMessageInTitle(false);
        }

        @Override
        public boolean errorPageForMethod(String method) {
            return true;
        }

        @Override
        protected void generateResponse(Request request, Response response, int code, String message,
                                        Throwable cause, Callback callback) throws IOException {
            if (answersWithProblem(request)) {
                writeProblem(request, response, code, callback);
            } else {
                super.generateResponse(request, response, code, null, null, callback);
            }
        }
    }
}
