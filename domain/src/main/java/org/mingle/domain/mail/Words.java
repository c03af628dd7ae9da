package org.mingle.domain.mail;

import java.time.temporal.TemporalAccessor;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A text to be written in its reader's language once the reader is known: a key of {@link MailWords} with its
 * values, a moment, or a literal (what a person wrote, such as an organizer's subject, stays as written).
 */
@FunctionalInterface
public interface Words {

    String in(Locale language);

    /** The key's text; a value that is itself {@link Words} is written in the same language. */
    static Words of(String key, Object... values) {
        return new Keyed(key, List.of(Arrays.stream(values).map(v -> v == null ? "" : v).toArray()));
    }

    /** Words that are the same in every language. */
    static Words literal(String text) {
        Objects.requireNonNull(text, "text");
        return new Literal(text);
    }

    /** A moment in its zone, as the language writes a date and time. */
    static Words when(TemporalAccessor moment) {
        return language -> MailWords.when(language, moment);
    }

    /** The time of day of a moment in its zone. */
    static Words timeOfDay(TemporalAccessor moment) {
        return language -> MailWords.timeOfDay(language, moment);
    }

    /** These words, each in the reader's language, one after the other. */
    static Words joined(Words... parts) {
        return language -> {
            var text = new StringBuilder();
            for (Words part : parts) {
                text.append(part.in(language));
            }
            return text.toString();
        };
    }

    /** A key and its values. */
    record Keyed(String key, List<Object> values) implements Words {

        public Keyed {
            Objects.requireNonNull(key, "key");
            values = List.copyOf(values);
        }

        @Override
        public String in(Locale language) {
            return MailWords.text(language, key, values.toArray());
        }
    }

    /** Words the same in every language. */
    record Literal(String text) implements Words {

        @Override
        public String in(Locale language) {
            return text;
        }
    }
}
