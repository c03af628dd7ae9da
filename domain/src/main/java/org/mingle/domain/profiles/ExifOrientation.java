package org.mingle.domain.profiles;

import java.awt.image.BufferedImage;

/**
 * How a JPEG asks to be turned before it is shown: the EXIF orientation tag (274), which phone cameras set instead of
 * turning the pixels. Read straight from the JPEG's APP1 segment, without decoding anything, and applied to the square
 * photo once it is small; a missing or unreadable tag means "as stored".
 *
 * <p>Values (EXIF 2.3): 1 as stored, 2 mirrored, 3 turned 180°, 4 flipped, 5 transposed, 6 turned 90° clockwise, 7
 * transversed, 8 turned 90° anticlockwise.
 */
final class ExifOrientation {

    static final int AS_STORED = 1;

    private static final int ORIENTATION_TAG = 0x0112;
    private static final int SOI = 0xD8;
    private static final int SOS = 0xDA;
    private static final int EOI = 0xD9;
    private static final int APP1 = 0xE1;
    private static final byte[] EXIF_HEADER = {'E', 'x', 'i', 'f', 0, 0};

    private ExifOrientation() {
    }

    /** The orientation the JPEG's EXIF asks for, 1 to 8; {@link #AS_STORED} when it asks for none. */
    static int of(byte[] jpeg) {
        if (jpeg.length < 4 || (jpeg[0] & 0xFF) != 0xFF || (jpeg[1] & 0xFF) != SOI) {
            return AS_STORED;
        }
        int at = 2;
        while (at + 4 <= jpeg.length) {
            if ((jpeg[at] & 0xFF) != 0xFF) {
                return AS_STORED;
            }
            int marker = jpeg[at + 1] & 0xFF;
            if (marker == 0xFF) {
                at++; // fill byte
                continue;
            }
            if (marker == SOS || marker == EOI) {
                return AS_STORED; // the image data starts: the metadata segments are over
            }
            int length = u16(jpeg, at + 2, false);
            int segment = at + 4;
            if (length < 2 || segment + length - 2 > jpeg.length) {
                return AS_STORED;
            }
            if (marker == APP1 && startsWith(jpeg, segment, EXIF_HEADER)) {
                return fromTiff(jpeg, segment + EXIF_HEADER.length, segment + length - 2);
            }
            at = segment + length - 2;
        }
        return AS_STORED;
    }

    /** The orientation from the first image directory of the TIFF structure in {@code bytes[start, end)}. */
    private static int fromTiff(byte[] bytes, int start, int end) {
        if (end - start < 8) {
            return AS_STORED;
        }
        boolean littleEndian;
        if (bytes[start] == 'I' && bytes[start + 1] == 'I') {
            littleEndian = true;
        } else if (bytes[start] == 'M' && bytes[start + 1] == 'M') {
            littleEndian = false;
        } else {
            return AS_STORED;
        }
        long directory = u32(bytes, start + 4, littleEndian);
        if (directory < 8 || start + directory + 2 > end) {
            return AS_STORED;
        }
        int entries = u16(bytes, (int) (start + directory), littleEndian);
        int entry = (int) (start + directory + 2);
        for (int i = 0; i < entries && entry + 12 <= end; i++, entry += 12) {
            if (u16(bytes, entry, littleEndian) == ORIENTATION_TAG) {
                int value = u16(bytes, entry + 8, littleEndian); // a SHORT sits at the start of the value field
                return value >= 1 && value <= 8 ? value : AS_STORED;
            }
        }
        return AS_STORED;
    }

    /** The square image turned as the orientation asks. */
    static BufferedImage apply(BufferedImage square, int orientation) {
        if (orientation == AS_STORED) {
            return square;
        }
        int n = square.getWidth();
        int last = n - 1;
        var turned = new BufferedImage(n, n, square.getType());
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n; x++) {
                int rgb = switch (orientation) {
                    case 2 -> square.getRGB(last - x, y);
                    case 3 -> square.getRGB(last - x, last - y);
                    case 4 -> square.getRGB(x, last - y);
                    case 5 -> square.getRGB(y, x);
                    case 6 -> square.getRGB(y, last - x);
                    case 7 -> square.getRGB(last - y, last - x);
                    case 8 -> square.getRGB(last - y, x);
                    default -> square.getRGB(x, y);
                };
                turned.setRGB(x, y, rgb);
            }
        }
        return turned;
    }

    private static boolean startsWith(byte[] bytes, int offset, byte[] expected) {
        if (offset + expected.length > bytes.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if (bytes[offset + i] != expected[i]) {
                return false;
            }
        }
        return true;
    }

    private static int u16(byte[] bytes, int at, boolean littleEndian) {
        int first = bytes[at] & 0xFF;
        int second = bytes[at + 1] & 0xFF;
        return littleEndian ? second << 8 | first : first << 8 | second;
    }

    private static long u32(byte[] bytes, int at, boolean littleEndian) {
        long high = u16(bytes, littleEndian ? at + 2 : at, littleEndian);
        long low = u16(bytes, littleEndian ? at : at + 2, littleEndian);
        return high << 16 | low;
    }
}
