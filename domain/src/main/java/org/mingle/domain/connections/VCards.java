package org.mingle.domain.connections;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.mingle.domain.profiles.Interest;
import org.mingle.domain.profiles.ProfileView;

/**
 * Contacts as vCard 4.0 (RFC 6350), built only from what each contact lets the owner see: a field hidden from the
 * owner is {@code null} in the profile view and never written. The owner's private notes stay out: a vCard travels
 * into address books that sync and share.
 */
public final class VCards {

    public static final String MEDIA_TYPE = "text/vcard";
    private static final int LINE_OCTETS = 75;

    private VCards() {
    }

    /** One vCard per connection, CRLF line ends, long lines folded. */
    public static String of(List<MyConnection> network) {
        var out = new StringBuilder();
        for (MyConnection connection : network) {
            out.append(card(connection.other()));
        }
        return out.toString();
    }

    static String card(ProfileView person) {
        var card = new StringBuilder();
        line(card, "BEGIN:VCARD");
        line(card, "VERSION:4.0");
        line(card, "KIND:individual");
        line(card, "UID:urn:uuid:" + person.accountId().value());
        line(card, "FN:" + text(person.displayName()));
        if (present(person.headline())) {
            line(card, "TITLE:" + text(person.headline()));
        }
        if (present(person.company())) {
            line(card, "ORG:" + text(person.company()));
        }
        if (person.interests() != null && !person.interests().isEmpty()) {
            line(card, "CATEGORIES:" + person.interests().stream().map(Interest::display).map(VCards::text)
                    .collect(Collectors.joining(",")));
        }
        if (present(person.bio())) {
            line(card, "NOTE:" + text(person.bio()));
        }
        if (person.links() != null) {
            person.links().forEach(link -> line(card, "URL:" + link));
        }
        line(card, "END:VCARD");
        return card.toString();
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    /** A text value escaped as RFC 6350 section 3.4 asks: backslash, comma, semicolon and line breaks. */
    static String text(String value) {
        return value.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;")
                .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
    }

    /** Appends a content line folded at 75 octets, never inside a UTF-8 character (RFC 6350 section 3.2). */
    private static void line(StringBuilder out, String content) {
        int octets = 0;
        int limit = LINE_OCTETS;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 0;
                limit = LINE_OCTETS - 1;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append("\r\n");
    }
}
