package org.mingle.domain.webhooks;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The little JSON a delivery needs (ids, names and numbers), written without a JSON library in the domain. */
final class JsonText {

    private JsonText() {
    }

    /** An object of strings, numbers and lists of strings, in the map's order. */
    static String object(Map<String, ?> fields) {
        return fields.entrySet().stream()
                .map(field -> string(field.getKey()) + ":" + value(field.getValue()))
                .collect(Collectors.joining(",", "{", "}"));
    }

    static String string(String text) {
        var out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    private static String value(Object value) {
        if (value instanceof Number number) {
            return number.toString();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(JsonText::value).collect(Collectors.joining(",", "[", "]"));
        }
        return string(String.valueOf(value));
    }
}
