package org.mingle.api.reports;

import io.micronaut.core.io.Writable;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.ZoneId;
import java.util.Locale;
import java.util.function.Consumer;
import org.mingle.domain.reports.ConnectionRow;
import org.mingle.domain.reports.ReportCsv;

/** The domain's connections CSV as a streamed response body (always UTF-8, as the Content-Type says). */
final class ConnectionsCsv {

    static final String MEDIA_TYPE = ReportCsv.MEDIA_TYPE + "; charset=utf-8; header=present";

    private static final int SLUG_MAX = 60;

    private ConnectionsCsv() {
    }

    /**
     * The CSV as a body that Micronaut writes to the response.
     *
     * @param zone the event's time zone, in which times are written
     * @param rows calls its argument once per connection, in order (the domain's streaming query)
     */
    static Writable writable(ZoneId zone, Consumer<Consumer<ConnectionRow>> rows) {
        return new Writable() {
            @Override
            public void writeTo(Writer out) throws IOException {
                ReportCsv.write(out, zone, rows);
            }

            @Override
            public void writeTo(OutputStream out, Charset ignored) throws IOException {
                var writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
                ReportCsv.write(writer, zone, rows);
                writer.flush();
            }
        };
    }

    /**
     * The download's file name: {@code <event-title-slug>-connections.csv}, the slug being the title in lower-case
     * ASCII letters and digits joined by hyphens (accents dropped, at most 60 characters), {@code event} when nothing
     * is left. Safe inside a quoted {@code Content-Disposition} file name.
     */
    static String fileName(String eventTitle) {
        String ascii = Normalizer.normalize(eventTitle == null ? "" : eventTitle, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > SLUG_MAX) {
            slug = slug.substring(0, SLUG_MAX).replaceAll("-+$", "");
        }
        return (slug.isEmpty() ? "event" : slug) + "-connections.csv";
    }
}
