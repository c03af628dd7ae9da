package org.mingle.domain.profiles;

import java.util.Objects;

/** A photo as Mingle keeps it: a square JPEG of each {@link PhotoSize}, without any of the upload's metadata. */
record PreparedPhoto(byte[] large, byte[] small) {

    PreparedPhoto {
        Objects.requireNonNull(large, "large");
        Objects.requireNonNull(small, "small");
    }

    byte[] jpeg(PhotoSize size) {
        return size == PhotoSize.LARGE ? large : small;
    }
}
