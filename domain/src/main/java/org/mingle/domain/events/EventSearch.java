package org.mingle.domain.events;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.mingle.domain.shared.FieldError;
import org.mingle.domain.shared.InvalidInputException;
import org.mingle.domain.shared.SupportedInstants;
import org.mingle.domain.shared.TextRules.Lines;
import org.mingle.domain.shared.TextRules;

/**
 * Filters for the public list of upcoming events. Blank text, topic or city filter nothing; the text is stored
 * stripped and {@code null} when blank, the topic normalised as events store topics.
 *
 * @param from   only events that end after this instant ({@code null}: now)
 * @param to     only events that start before this instant ({@code null}: no limit)
 * @param text   words to find in full text (title, topics, city, description, venue; English and German stems, accents
 *               and case ignored; web-search syntax: quotes, "or", "-"), best matches first ({@code null}: all)
 * @param topic  only events with this topic, case and accents ignored ({@code null}: any)
 * @param city   only events in this city, case and accents ignored ({@code null}: any)
 * @param online only events that are ({@code true}) or are not ({@code false}) online ({@code null}: both)
 */
public record EventSearch(Instant from, Instant to, String text, String topic, String city, Boolean online) {

    /** The most characters of search text: longer text is no search a person types. */
    public static final int TEXT_MAX = 200;

    /** @throws InvalidInputException naming {@code from}, {@code to}, {@code q} (the words), {@code topic} or
     *  {@code city} when out of bounds */
    public EventSearch {
        List<FieldError> errors = new ArrayList<>();
        SupportedInstants.check("from", from, errors);
        SupportedInstants.check("to", to, errors);
        text = blankToNull(text);
        if (text != null) {
            TextRules.check("q", text, TEXT_MAX, Lines.SINGLE, errors);
        }
        topic = blankToNull(topic == null ? null : EventRules.normalizeTopic(topic));
        if (topic != null) {
            TextRules.check("topic", topic, EventRules.TOPIC_MAX, Lines.SINGLE, errors);
        }
        city = blankToNull(city);
        if (city != null) {
            TextRules.check("city", city, EventRules.CITY_MAX, Lines.SINGLE, errors);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /** Words and a time window, without the other filters. */
    public EventSearch(Instant from, Instant to, String text) {
        this(from, to, text, null, null, null);
    }

    public static EventSearch all() {
        return new EventSearch(null, null, null);
    }

    /** The upcoming events with these words, best matches first. */
    public static EventSearch forText(String text) {
        return new EventSearch(null, null, text);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
