package org.mingle.domain.publicprofiles;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a handle may be (decision 45): the last part of the public page's address {@code /p/{handle}}, so it must read
 * well in a link and never be mistaken for one of Mingle's own pages or for an official account.
 *
 * <ul>
 *   <li>3 to 30 characters of {@code a-z}, {@code 0-9} and {@code -}, starting and ending with a letter or digit,
 *       without two dashes in a row (they look like one in most fonts);</li>
 *   <li>typed capitals are folded to lower case ({@code Grace-Hopper} is {@code grace-hopper}), so two people cannot
 *       hold handles that differ only in case, and surrounding spaces are dropped;</li>
 *   <li>a handle that names Mingle, its pages or its staff ({@link #RESERVED}) is refused.</li>
 * </ul>
 */
public final class HandleRules {

    public static final int MIN = 3;
    public static final int MAX = 30;

    private static final Pattern SHAPE = Pattern.compile("[a-z0-9][a-z0-9-]{1,28}[a-z0-9]");

    /**
     * Words of Mingle's own addresses and roles: a page at {@code /p/admin} or {@code /p/support} would look official.
     * Checked against the whole handle, so {@code admin-anna} stays free.
     */
    static final Set<String> RESERVED = Set.of(
            "about", "account", "accounts", "admin", "administration", "administrator", "api", "app", "connect",
            "contact", "docs", "event", "events", "group", "groups", "help", "home", "info", "login", "logout",
            "me", "mingle", "moderator", "network", "news", "null", "official", "organizer", "organizers", "p",
            "privacy", "profile", "profiles", "register", "report", "reports", "root", "security", "settings",
            "signin", "signup", "staff", "support", "system", "team", "terms", "undefined", "www");

    private HandleRules() {
    }

    /** The handle as stored: surrounding spaces dropped, capitals folded. */
    public static String normalise(String typed) {
        return typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
    }

    /** Why the (normalised) handle is refused, in words for the field's message; empty when it is fine. */
    public static Optional<String> problem(String handle) {
        if (handle.length() < MIN || handle.length() > MAX) {
            return Optional.of("must be " + MIN + " to " + MAX + " characters");
        }
        if (!SHAPE.matcher(handle).matches()) {
            return Optional.of("may contain only a-z, 0-9 and dashes, and must start and end with a letter or digit");
        }
        if (handle.contains("--")) {
            return Optional.of("must not contain two dashes in a row");
        }
        if (RESERVED.contains(handle)) {
            return Optional.of("is reserved; choose another");
        }
        return Optional.empty();
    }

    /** Whether the text is a valid handle as it stands (already normalised), for reading addresses. */
    public static boolean isHandle(String text) {
        return text != null && problem(text).isEmpty();
    }
}
