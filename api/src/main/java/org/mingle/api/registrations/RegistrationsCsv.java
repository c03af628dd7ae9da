package org.mingle.api.registrations;

import io.micronaut.core.io.Writable;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.function.Consumer;
import org.mingle.domain.registration.Registration;

/** The domain's registrations CSV as a streamed response body (always UTF-8, as the Content-Type says). */
final class RegistrationsCsv {

    static final String MEDIA_TYPE = "text/csv; charset=utf-8; header=present";

    private RegistrationsCsv() {
    }

    /**
     * The CSV as a body that Micronaut writes to the response.
     *
     * @param rows calls its argument once per registration, in order (the domain's streaming query)
     * @param zone the event's time zone, in which times are written
     */
    static Writable writable(Consumer<Consumer<Registration>> rows, ZoneId zone) {
        return new Writable() {
            @Override
            public void writeTo(Writer out) throws IOException {
                org.mingle.domain.registration.RegistrationsCsv.write(out, rows, zone);
            }

            @Override
            public void writeTo(OutputStream out, Charset ignored) throws IOException {
                var writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
                org.mingle.domain.registration.RegistrationsCsv.write(writer, rows, zone);
            }
        };
    }
}
