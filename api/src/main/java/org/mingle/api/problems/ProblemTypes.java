package org.mingle.api.problems;

/**
 * The problem types of the API. {@link #ABOUT_BLANK} when the HTTP status alone explains the problem (unknown path,
 * wrong method, unsupported content type); a specific type where a client may want to react to the kind of problem.
 */
public final class ProblemTypes {

    /** RFC 9457's default: the problem has no more meaning than its HTTP status. */
    public static final String ABOUT_BLANK = "about:blank";
    /** 400: the body is no valid JSON, a field has the wrong JSON type or format, or a field is unknown. */
    public static final String MALFORMED_REQUEST = "urn:mingle:problem:malformed-request";
    /** 400: the request is well-formed but some fields break the rules; see {@code errors}. */
    public static final String INVALID_INPUT = "urn:mingle:problem:invalid-input";
    /** 401: not signed in: no access token, a refused one, or a failed log-in. */
    public static final String UNAUTHENTICATED = "urn:mingle:problem:unauthenticated";
    /** 403: the caller may not do this. */
    public static final String FORBIDDEN = "urn:mingle:problem:forbidden";
    /** 404: no such object, or the caller may not see it. */
    public static final String NOT_FOUND = "urn:mingle:problem:not-found";
    /** 409: the request conflicts with the object's current state. */
    public static final String CONFLICT = "urn:mingle:problem:conflict";
    /** 422: a business rule refused a well-formed, valid request (for example, registration has closed). */
    public static final String RULE_VIOLATED = "urn:mingle:problem:rule-violated";
    /**
     * 422: the sender has as many unanswered meeting requests out at the event as its organizers allow; the detail
     * says when a place frees up at the latest.
     */
    public static final String REQUEST_ALLOWANCE = "urn:mingle:problem:request-allowance";
    /**
     * 422: the organizers' rules keep the two apart at this event: their attendee categories may not meet. The detail
     * names the sender's category and whom it may meet.
     */
    public static final String MEETING_RULE = "urn:mingle:problem:meeting-rule";
    /** 422: the {@code Idempotency-Key} was used before for a request with another method, path or body. */
    public static final String IDEMPOTENCY_KEY_REUSED = "urn:mingle:problem:idempotency-key-reused";
    /** 429: too many attempts; the {@code Retry-After} header says how many seconds to wait. */
    public static final String TOO_MANY_REQUESTS = "urn:mingle:problem:too-many-requests";
    /**
     * 503: the server could not serve the request just now (overloaded, or its database connection dropped); nothing
     * was changed, and the same request may be sent again after {@code Retry-After} seconds.
     */
    public static final String UNAVAILABLE = "urn:mingle:problem:unavailable";
    /** 500: a fault on the server; the body carries a correlation id to quote. */
    public static final String SERVER_ERROR = "urn:mingle:problem:server-error";

    private ProblemTypes() {
    }
}
