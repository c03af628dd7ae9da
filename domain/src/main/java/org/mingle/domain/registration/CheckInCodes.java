package org.mingle.domain.registration;

import java.security.SecureRandom;

/**
 * Check-in codes: 10 characters from an alphabet without look-alikes (no 0/O, 1/I/L), about 2^50 possibilities, so
 * codes cannot be guessed and are easy to read out or type.
 */
final class CheckInCodes {

    private static final char[] ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ".toCharArray();
    private static final int LENGTH = 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    private CheckInCodes() {
    }

    static String next() {
        var code = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            code[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(code);
    }

    /** What a person or scanner typed, in the stored form: trimmed, upper case, no spaces or dashes. */
    static String normalise(String typed) {
        return typed == null ? "" : typed.strip().toUpperCase(java.util.Locale.ROOT).replaceAll("[\\s-]", "");
    }
}
