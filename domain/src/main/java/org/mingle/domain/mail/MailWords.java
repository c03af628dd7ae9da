package org.mingle.domain.mail;

import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mingle.domain.shared.LanguageFiles;

/**
 * The words of Mingle's mail and notifications in each language Mingle speaks (decision 63): English in
 * {@code mail/messages.properties}, every other language in a file beside it named by its ISO 639 code
 * ({@code messages_de.properties}), found when Mingle starts, as the pages' translations are. A text takes its values
 * by position, {@code {0}}, {@code {1}}: numbers written the language's way, a {@link Words} in the same language,
 * anything else as it is; an apostrophe is only an apostrophe. Dates follow the patterns {@code format.when} and
 * {@code format.time} of the language's file.
 */
public final class MailWords {

    static final String BUNDLE = "mail/messages";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");
    private static final LanguageFiles FILES = new LanguageFiles(BUNDLE, MailWords.class.getClassLoader());

    private MailWords() {
    }

    /** English first, then every language with a file of its own. */
    public static List<Locale> languages() {
        return FILES.languages();
    }

    /** The language Mingle writes to someone who chose this one (an account's {@code language}): it, or English. */
    public static Locale spoken(Optional<Locale> chosen) {
        return chosen.map(FILES::spoken).orElse(Locale.ENGLISH);
    }

    /** {@link #spoken(Optional)} of a language code as kept with an account, which may be missing. */
    public static Locale spoken(String code) {
        return spoken(Optional.ofNullable(code).filter(c -> !c.isBlank()).map(Locale::forLanguageTag));
    }

    /** The text of the key in the language, its values filled in; a key missing in the language is English's. */
    public static String text(Locale language, String key, Object... values) {
        Locale spoken = spoken(Optional.ofNullable(language));
        String text = FILES.text(spoken, key)
                .orElseThrow(() -> new IllegalArgumentException("no mail text " + key));
        return fill(text, spoken, values);
    }

    /** "Thursday 10 December 2026, 18:30" or "Donnerstag, 10. Dezember 2026, 18:30": a moment in its own zone. */
    public static String when(Locale language, TemporalAccessor moment) {
        Locale spoken = spoken(Optional.ofNullable(language));
        return DateTimeFormatter.ofPattern(text(spoken, "format.when"), spoken).format(moment);
    }

    /** "18:30": the time of day of a moment in its own zone. */
    public static String timeOfDay(Locale language, TemporalAccessor moment) {
        Locale spoken = spoken(Optional.ofNullable(language));
        return DateTimeFormatter.ofPattern(text(spoken, "format.time"), spoken).format(moment);
    }

    static String fill(String text, Locale language, Object... values) {
        if (values == null || values.length == 0) {
            return text;
        }
        Matcher placeholder = PLACEHOLDER.matcher(text);
        var filled = new StringBuilder();
        while (placeholder.find()) {
            int index = Integer.parseInt(placeholder.group(1));
            Object value = index < values.length ? values[index] : placeholder.group();
            String shown = value instanceof Words words ? words.in(language)
                    : value instanceof Number number ? NumberFormat.getInstance(language).format(number)
                    : String.valueOf(value);
            placeholder.appendReplacement(filled, Matcher.quoteReplacement(shown));
        }
        placeholder.appendTail(filled);
        return filled.toString();
    }
}
