package org.mingle.domain.profiles;

import java.util.Optional;

/**
 * The image formats a photo may arrive in, told apart by their first bytes (their magic numbers), never by the name or
 * media type the client gave: those are only claims.
 */
enum ImageFormat {
    JPEG("jpeg"),
    PNG("png"),
    WEBP("webp");

    private static final byte[] JPEG_START = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] RIFF = {'R', 'I', 'F', 'F'};
    private static final byte[] WEBP_FORM = {'W', 'E', 'B', 'P'};

    private final String imageIoName;

    ImageFormat(String imageIoName) {
        this.imageIoName = imageIoName;
    }

    /** The format's name for {@link javax.imageio.ImageIO}'s readers. */
    String imageIoName() {
        return imageIoName;
    }

    /** The format the bytes start like; empty when they start like none of them. */
    static Optional<ImageFormat> sniff(byte[] bytes) {
        if (startsWith(bytes, 0, JPEG_START)) {
            return Optional.of(JPEG);
        }
        if (startsWith(bytes, 0, PNG_SIGNATURE)) {
            return Optional.of(PNG);
        }
        // A RIFF container (4 bytes of tag, 4 of length) whose form type is WEBP.
        if (startsWith(bytes, 0, RIFF) && startsWith(bytes, 8, WEBP_FORM)) {
            return Optional.of(WEBP);
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] bytes, int offset, byte[] expected) {
        if (bytes.length < offset + expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if (bytes[offset + i] != expected[i]) {
                return false;
            }
        }
        return true;
    }
}
