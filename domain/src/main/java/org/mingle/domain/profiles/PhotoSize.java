package org.mingle.domain.profiles;

import java.util.Optional;

/** The sizes a profile photo is kept and shown in, as squares. */
public enum PhotoSize {
    /** Beside a name in a list or on a card. */
    SMALL(64),
    /** On a profile, and as the source a client scales down itself. */
    LARGE(256);

    private final int pixels;

    PhotoSize(int pixels) {
        this.pixels = pixels;
    }

    /** The side of the square in pixels. */
    public int pixels() {
        return pixels;
    }

    /** The size whose side is this many pixels. */
    public static Optional<PhotoSize> ofPixels(int pixels) {
        for (PhotoSize size : values()) {
            if (size.pixels == pixels) {
                return Optional.of(size);
            }
        }
        return Optional.empty();
    }
}
