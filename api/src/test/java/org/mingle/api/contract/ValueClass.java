package org.mingle.api.contract;

/** The kinds of input a probe sends; every invalid kind goes at least once into each parameter and field it fits. */
enum ValueClass {
    /** A value built from the schema: example, enum, default or format, or a real id of the test's world. */
    VALID,
    /** Text with a NUL character. */
    NUL,
    /** Text with other control characters (U+0001, U+001F). */
    CONTROL_CHAR,
    /** Text with an unpaired UTF-16 surrogate (a JSON {@code \ud800} escape; its CESU bytes in URLs and headers). */
    LONE_SURROGATE,
    /** Bytes that are not UTF-8, percent-encoded in URLs, raw in headers and bodies. */
    MALFORMED_UTF8,
    /** A broken percent escape in a URL ({@code %G1}, a lone {@code %}). */
    MALFORMED_PERCENT,
    /** 100,000 characters in a body field; 4,000 in a URL or header (request lines over 8 KiB answer 414). */
    LONG_STRING,
    /** The empty string. */
    EMPTY,
    /** A number far beyond any integer or double the API reads. */
    HUGE_NUMBER,
    /** -1. */
    NEGATIVE_NUMBER,
    /** 0. */
    ZERO,
    /** Instants PostgreSQL or {@code java.time} cannot hold: +294277, -999999999 and +10000 as years. */
    FAR_INSTANT,
    /** A JSON value of another type: a number for a string, an object for an array, a string for a boolean. */
    WRONG_TYPE,
    /** A word that is none of an enum's values. */
    UNKNOWN_ENUM,
    /** JSON null. */
    NULL,
    /** A required body field left out. */
    MISSING_REQUIRED,
    /** A body field the operation does not know. */
    UNKNOWN_FIELD,
    /** A well-formed id that names nothing. */
    UNKNOWN_ID,
    /** An id that is no id at all. */
    MALFORMED_ID,
    /** A body that is not JSON, empty, JSON null or an array instead of an object. */
    NOT_JSON,
    /** A body sent as text/plain. */
    WRONG_MEDIA_TYPE,
    /** A body over the server's limit: 1 MiB for JSON, 5 MiB for an upload. */
    TOO_LARGE,
    /** An upload that is not the image it should be: text, empty, cut short, or claiming more pixels than it has. */
    NOT_AN_IMAGE,
    /** A bearer token that is no token. */
    INVALID_TOKEN
}
