package org.mingle.server;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Errors that Jetty answers itself, before any servlet runs (an ambiguous or malformed path, for example). Under
 * {@code /api/} they become problem documents like every other API error; elsewhere Jetty's page stays, without stack
 * traces or exception messages.
 */
final class ApiErrorHandler extends ErrorHandler {

    ApiErrorHandler() {
        setShowStacks(false);
        setShowCauses(false);
        setShowMessageInTitle(false);
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) throws IOException {
        String path = request.getHttpURI().getPath();
        if (path == null || !(path.equals("/api") || path.startsWith("/api/"))) {
            super.generateResponse(request, response, code, null, null, callback);
            return;
        }
        String title = HttpStatus.getMessage(code);
        String json = "{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + code
                + ",\"detail\":\"" + (code >= 500 ? "The server failed to answer this request."
                : "The request could not be processed.") + "\"}";
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/problem+json;charset=utf-8");
        response.write(true, ByteBuffer.wrap(json.getBytes(StandardCharsets.UTF_8)), callback);
    }
}
