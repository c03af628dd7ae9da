package org.mingle.domain.mail;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;

/**
 * A small text file a mail carries beside its text and HTML, such as an event's calendar; sent as UTF-8.
 *
 * @param contentType its MIME type with any parameters but the charset, such as {@code text/calendar; method=PUBLISH}
 */
public record MailAttachment(String filename, String contentType, String text) {

    /** The most an attachment holds (the outbox's limit): a calendar of one event needs a few kilobytes. */
    public static final int MAX_BYTES = 256 * 1024;

    public MailAttachment {
        Objects.requireNonNull(filename, "filename");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(text, "text");
        if (filename.isBlank() || filename.length() > 100 || filename.contains("/")) {
            throw new IllegalArgumentException("an attachment needs a plain file name");
        }
        if (!contentType.startsWith("text/") || contentType.toLowerCase(Locale.ROOT).contains("charset")) {
            throw new IllegalArgumentException("an attachment is text, its charset UTF-8: " + contentType);
        }
        if (text.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new IllegalArgumentException("an attachment holds at most " + MAX_BYTES + " bytes");
        }
    }
}
