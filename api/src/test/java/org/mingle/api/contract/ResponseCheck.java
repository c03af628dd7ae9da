package org.mingle.api.contract;

import static org.mingle.api.contract.OpenApiDescription.map;

import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mingle.api.contract.OpenApiDescription.Operation;

/**
 * Whether an answer keeps the description's promise for its operation: no server error; a status the operation lists;
 * a media type listed for that status; a body valid against the listed schema (a problem document whose
 * {@code status} is the HTTP status); no body where the description has no content. Bodies
 * of other media types (CSV, vCard, iCalendar) are checked for their media type only.
 */
final class ResponseCheck {

    private final SchemaValidator schemas;
    private final JsonMapper json;

    ResponseCheck(OpenApiDescription description, JsonMapper json) {
        this.schemas = new SchemaValidator(description);
        this.json = json;
    }

    /** What is wrong with the answer; empty when it keeps the promise. */
    List<String> check(Operation operation, RawHttp.Response response) {
        var findings = new ArrayList<String>();
        int status = response.status();
        if (status >= 500) {
            return List.of("server error " + status + ": " + RawHttp.abbreviated(response.body()));
        }
        var described = operation.responses().get(String.valueOf(status));
        if (described == null) {
            findings.add("status " + status + " is not in the description (it lists " + operation.responses().keySet()
                    + "): " + RawHttp.abbreviated(response.body()));
            return findings;
        }
        var content = map(described.get("content"));
        if (content.isEmpty()) {
            if (!response.body().isEmpty()) {
                findings.add("status " + status + " has a body, but the description gives it no content");
            }
            return findings;
        }
        String contentType = response.header("Content-Type");
        String mediaType = contentType == null ? "" : contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
        if (!content.containsKey(mediaType)) {
            findings.add("status " + status + " came as '" + contentType + "', the description lists "
                    + content.keySet());
            return findings;
        }
        if (mediaType.equals("application/json") || mediaType.endsWith("+json")) {
            findings.addAll(jsonBody(status, mediaType, map(map(content.get(mediaType)).get("schema")), response));
        }
        return findings;
    }

    private List<String> jsonBody(int status, String mediaType, Map<String, Object> schema,
                                  RawHttp.Response response) {
        Object body;
        try {
            body = json.readValue(response.body(), Object.class);
        } catch (IOException | RuntimeException notJson) {
            return List.of("status " + status + " as " + mediaType + " is not JSON: "
                    + RawHttp.abbreviated(response.body()));
        }
        var findings = new ArrayList<String>();
        for (String error : schemas.validate(body, schema)) {
            findings.add("status " + status + " body is off the description at " + error);
        }
        if (mediaType.equals("application/problem+json") && body instanceof Map<?, ?> problem
                && !Integer.valueOf(status).equals(problem.get("status"))) {
            findings.add("status " + status + " carries a problem with status " + problem.get("status"));
        }
        return findings;
    }
}
