package org.mingle.server;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Strict reading of the text in a request: percent-encoding, UTF-8 and the characters text may hold. The characters
 * are those of the domain's text rule ({@code org.mingle.domain.shared.TextRules}, which this layer may not use):
 * no control characters (tab, line feed and carriage return only in multi-line text, here JSON strings) and no
 * unpaired surrogates. The API's tests send each kind of character through both.
 */
final class RequestText {

    static final String CONTROL_CHARACTERS = "must not contain control characters";
    static final String UNPAIRED_SURROGATES = "must not contain unpaired surrogates";

    private RequestText() {
    }

    /** Thrown for bytes or escapes that are no UTF-8 text. */
    static final class MalformedTextException extends Exception {

        MalformedTextException(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * Decodes a percent-encoded URI component (a path, a query parameter's name or value) strictly: every {@code %}
     * starts two hex digits, only printable ASCII appears unencoded, and the bytes are well-formed UTF-8.
     *
     * @param plusIsSpace whether {@code +} stands for a space, as in a query string
     */
    static String decodeComponent(String raw, boolean plusIsSpace) throws MalformedTextException {
        var bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length() || !HexFormat.isHexDigit(raw.charAt(i + 1))
                        || !HexFormat.isHexDigit(raw.charAt(i + 2))) {
                    throw new MalformedTextException("a % must start two hex digits");
                }
                bytes.write(HexFormat.fromHexDigits(raw, i + 1, i + 3));
                i += 2;
            } else if (c <= ' ' || c >= 0x7F) {
                throw new MalformedTextException("characters other than printable ASCII must be percent-encoded");
            } else {
                bytes.write(plusIsSpace && c == '+' ? ' ' : c);
            }
        }
        return utf8(bytes.toByteArray());
    }

    /** The bytes as text, refusing anything that is not well-formed UTF-8 (never replacing it with U+FFFD). */
    static String utf8(byte[] bytes) throws MalformedTextException {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            throw new MalformedTextException("must be UTF-8");
        }
    }

    /** What is wrong with the characters of the text, if anything. */
    static Optional<String> characterProblem(String text, boolean multiLine) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Optional.of(UNPAIRED_SURROGATES);
            } else if (Character.getType(c) == Character.CONTROL
                    && !(multiLine && (c == '\t' || c == '\n' || c == '\r'))) {
                return Optional.of(CONTROL_CHARACTERS);
            }
        }
        return Optional.empty();
    }
}
