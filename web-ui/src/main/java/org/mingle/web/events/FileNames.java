package org.mingle.web.events;

import java.util.Locale;

/** Download file names made from an event's title: lower case, ASCII letters and digits joined by dashes. */
public final class FileNames {

    private static final int MAX_SLUG = 60;

    private FileNames() {
    }

    public static String of(String title, String suffix) {
        String slug = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > MAX_SLUG) {
            slug = slug.substring(0, MAX_SLUG).replaceAll("-+$", "");
        }
        return (slug.isEmpty() ? "event" : slug) + suffix;
    }
}
