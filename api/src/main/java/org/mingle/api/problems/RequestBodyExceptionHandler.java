package org.mingle.api.problems;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.codec.CodecException;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import java.util.List;
import org.mingle.api.requests.MalformedFieldsException;

/**
 * A request body that could not be decoded: no valid JSON, a field of the wrong JSON type or format, or a field the
 * request type does not know (request types reject unknown fields, see the request records). Answers 400, naming the
 * field when it is known.
 */
@Singleton
@Produces(Problems.MEDIA_TYPE)
public class RequestBodyExceptionHandler implements ExceptionHandler<CodecException, HttpResponse<Problem>> {

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, CodecException exception) {
        if (request.getContentLength() == 0) {
            return Problems.response(missingBody());
        }
        return Problems.response(toProblem(exception));
    }

    static Problem missingBody() {
        return Problems.of(ProblemTypes.MALFORMED_REQUEST, "Malformed request", HttpStatus.BAD_REQUEST,
                "The request needs a JSON body.");
    }

    static Problem toProblem(Throwable exception) {
        if (exception instanceof MalformedFieldsException malformed) {
            var errors = malformed.errors().stream()
                    .map(error -> new Problem.FieldProblem(error.field(), error.message()))
                    .toList();
            return Problems.invalid(ProblemTypes.MALFORMED_REQUEST, "Malformed request", errors);
        }
        var field = RequestProblems.fieldOf(exception);
        if (field.isPresent()) {
            return Problems.invalid(ProblemTypes.MALFORMED_REQUEST, "Malformed request", List.of(field.get()));
        }
        String detail = RequestProblems.isJsonSyntax(exception) ? RequestProblems.INVALID_JSON
                : "The request body does not have the expected shape; send a JSON object.";
        return Problems.of(ProblemTypes.MALFORMED_REQUEST, "Malformed request", HttpStatus.BAD_REQUEST, detail);
    }
}
