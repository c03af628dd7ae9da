package org.mingle.web.profiles;

import static org.mingle.web.shell.Translations.translate;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.util.List;
import java.util.Locale;
import org.mingle.domain.shared.AccountId;

/**
 * A person's face: their photo where they show it to the viewer, otherwise their initials in a circle of a colour of
 * their own (the same on every page). Either way it has an accessible name: the photo's alt text, or the person's
 * name for the initials. Made by {@link Faces}, which knows whose photos the viewer may see.
 */
public class Avatar extends Div {

    /** How large it shows: beside a name in a list, or at the top of a profile. */
    public enum Size {
        SMALL("avatar-small"),
        LARGE("avatar-large");

        private final String className;

        Size(String className) {
            this.className = className;
        }
    }

    /**
     * Dark enough for white initials to read at 4.5:1 or better (WCAG AA), and far enough apart to tell people
     * apart in a list.
     */
    static final List<String> COLOURS = List.of("#1e40af", "#9d174d", "#065f46", "#92400e", "#5b21b6", "#155e75",
            "#9a3412", "#374151");

    private final String initials;
    private final boolean photo;

    private Avatar(AccountId person, String name, Size size, DownloadHandler photo) {
        this.initials = Initials.of(name);
        this.photo = photo != null;
        addClassNames("avatar", size.className);
        getElement().setAttribute("data-account-id", person.toString());
        if (photo != null) {
            var image = new Image(photo, translate("profiles.avatar.photo-of", name));
            image.addClassName("avatar-photo");
            add(image);
        } else {
            getElement().setAttribute("role", "img");
            getElement().setAttribute("aria-label", name);
            getStyle().set("background-color", colourOf(person));
            var letters = new Span(initials);
            letters.addClassName("avatar-initials");
            letters.getElement().setAttribute("aria-hidden", "true");
            add(letters);
        }
    }

    /** The person's photo, loaded from the handler with the viewer's rights. */
    static Avatar photo(AccountId person, String name, Size size, DownloadHandler photo) {
        return new Avatar(person, name, size, photo);
    }

    /** The person's initials, for someone without a photo or who hides it from the viewer. */
    static Avatar initials(AccountId person, String name, Size size) {
        return new Avatar(person, name, size, null);
    }

    /** Whether the photo shows, rather than the initials. */
    public boolean showsPhoto() {
        return photo;
    }

    /** The initials the circle shows without a photo. */
    public String initials() {
        return initials;
    }

    /** One colour per person, from their id, so a face without a photo looks the same everywhere. */
    static String colourOf(AccountId person) {
        return COLOURS.get(Math.floorMod(person.value().hashCode(), COLOURS.size()));
    }

    /** The first letter of the first and the last word of a name: "Ada King Lovelace" is AL, "Cher" is C. */
    static final class Initials {

        private Initials() {
        }

        static String of(String name) {
            String[] words = name == null ? new String[0] : name.strip().split("\\s+");
            String first = words.length == 0 ? "" : firstLetter(words[0]);
            String last = words.length < 2 ? "" : firstLetter(words[words.length - 1]);
            String initials = (first + last).toUpperCase(Locale.ROOT);
            return initials.isEmpty() ? "?" : initials;
        }

        /** The word's first letter or digit, as a whole code point (not half of an emoji or a rare script). */
        private static String firstLetter(String word) {
            return word.codePoints().filter(Character::isLetterOrDigit).limit(1)
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        }
    }
}
