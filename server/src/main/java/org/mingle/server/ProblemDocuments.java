package org.mingle.server;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.eclipse.jetty.http.HttpStatus;

/**
 * RFC 9457 problem documents for the API errors that the server answers before Micronaut sees the request, in the
 * shape and with the types of the API's own problems ({@code org.mingle.api.problems}; the API's tests hold both to
 * the same types), and like them with the request's id ({@link RequestIds}) as the extension member
 * {@code requestId}.
 */
final class ProblemDocuments {

    static final String MEDIA_TYPE = "application/problem+json";
    static final String CONTENT_TYPE = MEDIA_TYPE + ";charset=utf-8";
    static final String ABOUT_BLANK = "about:blank";
    static final String MALFORMED_REQUEST = "urn:mingle:problem:malformed-request";
    static final String INVALID_INPUT = "urn:mingle:problem:invalid-input";

    private static final JsonFactory JSON = new JsonFactory();

    private ProblemDocuments() {
    }

    /** One refused field, named as the client sent it. */
    record FieldProblem(String field, String message) {
    }

    /** A problem document before it is sent; {@link #send} adds the request's id. */
    record Document(String type, String title, int status, String detail, List<FieldProblem> errors) {
    }

    /** A problem whose status says it all: its title is the status's reason phrase (RFC 9110's). */
    static Document ofStatus(int status, String detail) {
        String title = status == 413 ? "Content Too Large" : HttpStatus.getMessage(status);
        return new Document(ABOUT_BLANK, title, status, detail, List.of());
    }

    /** A 400 with a malformed request: no valid percent-encoding, UTF-8 or JSON. */
    static Document malformed(String detail) {
        return new Document(MALFORMED_REQUEST, "Malformed request", 400, detail, List.of());
    }

    /** A 400 naming each refused field. */
    static Document invalid(List<FieldProblem> errors) {
        String detail = errors.size() == 1
                ? "The field " + errors.get(0).field() + " " + errors.get(0).message() + "."
                : errors.size() + " fields are invalid; see errors.";
        return new Document(INVALID_INPUT, "Invalid input", 400, detail, errors);
    }

    /** Sends the document as the whole response, with the id {@link RequestIds} gave the request. */
    static void send(HttpServletResponse response, int status, Document document) throws IOException {
        byte[] bytes = json(document, response.getHeader(RequestIds.HEADER));
        response.setStatus(status);
        response.setContentType(CONTENT_TYPE);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    /** The document as JSON; {@code requestId} (may be null) as the extension member {@code requestId}. */
    static byte[] json(Document document, String requestId) {
        return json(document.type(), document.title(), document.status(), document.detail(), document.errors(),
                requestId);
    }

    private static byte[] json(String type, String title, int status, String detail, List<FieldProblem> errors,
                               String requestId) {
        var bytes = new ByteArrayOutputStream();
        try (JsonGenerator json = JSON.createGenerator(bytes)) {
            json.writeStartObject();
            json.writeStringField("type", type);
            json.writeStringField("title", title);
            json.writeNumberField("status", status);
            json.writeStringField("detail", detail);
            if (!errors.isEmpty()) {
                json.writeArrayFieldStart("errors");
                for (FieldProblem error : errors) {
                    json.writeStartObject();
                    json.writeStringField("field", error.field());
                    json.writeStringField("message", error.message());
                    json.writeEndObject();
                }
                json.writeEndArray();
            }
            if (requestId != null) {
                json.writeStringField("requestId", requestId);
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // writing to memory does not fail
        }
        return bytes.toByteArray();
    }
}
