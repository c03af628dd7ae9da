package org.mingle.web.publicprofiles;

/** Escaping for the public page, which is written as text: every value a person typed goes through here. */
final class Html {

    private Html() {
    }

    /** Text for an element's content or a double-quoted attribute. */
    static String text(String value) {
        var out = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * A JSON string literal that is also safe inside {@code <script type="application/ld+json">}: besides JSON's own
     * escapes, {@code <}, {@code >} and {@code &} are written as {@code \\u} escapes, so a name like
     * {@code </script><script>} cannot end the block, and the line separators JavaScript once refused are escaped too.
     */
    static String jsonString(String value) {
        var out = new StringBuilder(value.length() + 16).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
