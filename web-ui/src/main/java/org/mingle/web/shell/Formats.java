package org.mingle.web.shell;

import com.vaadin.flow.component.UI;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates and times written the way the page's language writes them. The patterns are words of each language like any
 * other ({@code format.*} in the translation files), so a new language brings its own; outside a page (a background
 * task, a plain unit test) they are English.
 */
public final class Formats {

    private Formats() {
    }

    /** The page's locale, or English outside a page. */
    public static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? Locale.ENGLISH : ui.getLocale();
    }

    /** A day with its time: {@code Thu 3 Dec 2026, 18:30}, {@code Do., 3. Dez. 2026, 18:30}. */
    public static DateTimeFormatter dayAndTime() {
        return pattern("format.day-and-time", "EEE d MMM yyyy, HH:mm");
    }

    /** A time of day: {@code 18:30}. */
    public static DateTimeFormatter time() {
        return pattern("format.time", "HH:mm");
    }

    private static DateTimeFormatter pattern(String key, String english) {
        UI ui = UI.getCurrent();
        return DateTimeFormatter.ofPattern(ui == null ? english : ui.getTranslation(key), locale());
    }
}
