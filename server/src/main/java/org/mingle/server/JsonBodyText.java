package org.mingle.server;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.mingle.server.ProblemDocuments.FieldProblem;

/**
 * Checks every string of a JSON document, field names included, against the text rule, whether the characters were
 * sent as they are or escaped: a JSON escape can spell a NUL or half of a surrogate pair that no
 * byte-level check would see.
 */
final class JsonBodyText {

    /** Enough to show a client what is wrong without echoing a whole hostile body back. */
    static final int MAX_PROBLEMS = 20;

    private static final JsonFactory JSON = new JsonFactory();

    private JsonBodyText() {
    }

    /** Thrown when the text is no JSON at all. */
    static final class NotJsonException extends Exception {

        NotJsonException(Throwable cause) {
            super(cause);
        }
    }

    /**
     * The refused strings of the document, each named by its path ({@code title}, {@code interests[2]},
     * {@code visibility.bio}); at most {@link #MAX_PROBLEMS}.
     */
    static List<FieldProblem> problems(String json) throws NotJsonException {
        List<FieldProblem> problems = new ArrayList<>();
        try (JsonParser parser = JSON.createParser(json)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null && problems.size() < MAX_PROBLEMS) {
                if (token == JsonToken.FIELD_NAME) {
                    // A name is shown as the path of its object: the name itself cannot be echoed.
                    RequestText.characterProblem(parser.currentName(), false).ifPresent(message -> problems.add(
                            new FieldProblem(path(parser.getParsingContext().getParent()),
                                    "must not have field names that " + message.substring("must not ".length()))));
                } else if (token == JsonToken.VALUE_STRING) {
                    RequestText.characterProblem(parser.getText(), true).ifPresent(message ->
                            problems.add(new FieldProblem(path(parser.getParsingContext()), message)));
                }
            }
        } catch (IOException notJson) {
            throw new NotJsonException(notJson);
        }
        return problems;
    }

    /** Where the parser stands, as the API names fields: {@code a.b[2].c}; {@code body} at the top. */
    private static String path(JsonStreamContext context) {
        var parts = new ArrayDeque<String>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            parts.push(c.inArray() ? "[" + c.getCurrentIndex() + "]" : shown(c.getCurrentName()));
        }
        var path = new StringBuilder();
        for (String part : parts) {
            if (!path.isEmpty() && !part.startsWith("[")) {
                path.append('.');
            }
            path.append(part);
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    /** A field name as a path may show it: a refused name is not echoed. */
    private static String shown(String name) {
        return RequestText.characterProblem(name, false).isPresent() ? "?" : name;
    }
}
