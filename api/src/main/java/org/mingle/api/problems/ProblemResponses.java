package org.mingle.api.problems;

/**
 * References to the problem responses shared by many operations of the OpenAPI description, defined once in
 * {@code src/main/openapi/problem-responses.yml} (merged into the generated description at build time). A controller
 * writes {@code @ApiResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)} and keeps its own
 * {@code description} only where the operation gives the status a meaning of its own.
 */
public final class ProblemResponses {

    private static final String PREFIX = "#/components/responses/";

    /** 400: malformed or invalid input; every operation with parameters or a body can answer it. */
    public static final String BAD_REQUEST = PREFIX + "BadRequest";
    /** 401: not signed in; every operation that takes a token can answer it. */
    public static final String UNAUTHENTICATED = PREFIX + "Unauthenticated";
    /** 403: the caller may see this but not do it. */
    public static final String FORBIDDEN = PREFIX + "Forbidden";
    /** 404: no such thing, or not visible to the caller; every operation with a path parameter can answer it. */
    public static final String NOT_FOUND = PREFIX + "NotFound";
    /** 409: conflicts with the current state. */
    public static final String CONFLICT = PREFIX + "Conflict";
    /** 413: the body is over the server's limit; every operation with a body can answer it. */
    public static final String CONTENT_TOO_LARGE = PREFIX + "ContentTooLarge";
    /** 415: the body's media type is not accepted; every operation with a body can answer it. */
    public static final String UNSUPPORTED_MEDIA_TYPE = PREFIX + "UnsupportedMediaType";
    /** 422: a business rule refused the request, or an Idempotency-Key was reused with another body. */
    public static final String RULE_VIOLATED = PREFIX + "RuleViolated";
    /** 403: the caller is not the event's owner or a co-organizer, who run it. */
    public static final String NOT_ORGANIZER = PREFIX + "NotOrganizer";
    /** 403: the caller is not on the event's team (owner, co-organizer or check-in staff). */
    public static final String NOT_ON_TEAM = PREFIX + "NotOnTeam";
    /** 403: the caller is not a confirmed attendee of the event. */
    public static final String NOT_CONFIRMED_ATTENDEE = PREFIX + "NotConfirmedAttendee";
    /** 422: the event is over or cancelled, so its schedule no longer changes. */
    public static final String EVENT_OVER = PREFIX + "EventOver";
    /** 422: the Idempotency-Key was used before with another body (the operation has no rule of its own to refuse). */
    public static final String IDEMPOTENCY_KEY_REUSED = PREFIX + "IdempotencyKeyReused";
    /** 429: too many attempts, with Retry-After. */
    public static final String TOO_MANY_REQUESTS = PREFIX + "TooManyRequests";

    private ProblemResponses() {
    }
}
