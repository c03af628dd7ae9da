package org.mingle.web.shell;

/**
 * Limits for text fields. The domain counts characters as people see them (code points), but a browser counts a
 * field's {@code maxlength} in UTF-16 units, in which an emoji takes two, and so does Vaadin's own length check. The
 * fields therefore allow the most units a text the domain accepts can take, so every such text can be typed; the
 * domain refuses anything longer with its message next to the field.
 */
public final class TextLimits {

    private TextLimits() {
    }

    /** The {@code maxlength} of a field whose text may have at most this many characters. */
    public static int maxLength(int characters) {
        return 2 * characters;
    }
}
