package org.mingle.domain.connections;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A person's personal connect code: eight characters from an alphabet without look-alikes (no I, L, O, U), so it can
 * be read out or typed as well as scanned. 32^8 codes leave guessing someone's code hopeless.
 */
public record ConnectCode(String value) {

    public static final int LENGTH = 8;

    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final Pattern VALID = Pattern.compile("[0-9A-Z]{" + LENGTH + "}");
    private static final SecureRandom RANDOM = new SecureRandom();

    public ConnectCode {
        Objects.requireNonNull(value, "value");
        if (!VALID.matcher(value).matches()) {
            throw new IllegalArgumentException("not a connect code: " + value);
        }
    }

    public static ConnectCode random() {
        var code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return new ConnectCode(code.toString());
    }

    /**
     * Reads a code as someone typed or scanned it: case, spaces and dashes do not matter, and the look-alikes O, I and
     * L read as 0, 1 and 1.
     */
    public static Optional<ConnectCode> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String text = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT)
                .replace('O', '0').replace('I', '1').replace('L', '1');
        return VALID.matcher(text).matches() && text.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)
                ? Optional.of(new ConnectCode(text)) : Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}
