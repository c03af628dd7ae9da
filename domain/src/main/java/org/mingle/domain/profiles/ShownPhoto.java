package org.mingle.domain.profiles;

import java.time.Instant;
import java.util.Objects;

/**
 * A profile photo in one size, as a viewer was allowed to see it.
 *
 * @param jpeg            the square JPEG
 * @param updatedAt       when the photo last changed, which tells one version from the next
 * @param shownToEveryone whether its owner shows it to everyone signed in ({@link Visibility#PUBLIC}), so a shared
 *                        cache may keep it
 */
public record ShownPhoto(byte[] jpeg, PhotoSize size, Instant updatedAt, boolean shownToEveryone) {

    public ShownPhoto {
        Objects.requireNonNull(jpeg, "jpeg");
        Objects.requireNonNull(size, "size");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }
}
