package org.mingle.testsupport;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.function.Consumer;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/**
 * Images made for tests of profile photos: drawn pictures as JPEG or PNG, a JPEG carrying EXIF (an orientation and
 * where it was taken, as a phone writes them), and PNG headers that declare a size their data does not have.
 */
public final class TestImages {

    /** The latitude the EXIF of {@link #withExif} names, as its RATIONAL numerators: 52° 31' 12.34". */
    public static final int[] GPS_LATITUDE = {52, 31, 1234};

    private TestImages() {
    }

    /** A picture of the size, drawn by the painter on white. */
    public static BufferedImage picture(int width, int height, Consumer<Graphics2D> painter) {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            painter.accept(g);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** Vertical stripes of the colours, equally wide, left to right. */
    public static BufferedImage stripes(int width, int height, Color... colours) {
        return picture(width, height, g -> {
            for (int i = 0; i < colours.length; i++) {
                g.setColor(colours[i]);
                int from = width * i / colours.length;
                g.fillRect(from, 0, width * (i + 1) / colours.length - from, height);
            }
        });
    }

    public static byte[] jpeg(BufferedImage image) {
        return encode(image, "jpeg");
    }

    public static byte[] png(BufferedImage image) {
        return encode(image, "png");
    }

    private static byte[] encode(BufferedImage image, String format) {
        var bytes = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, bytes)) {
                throw new IllegalStateException("no writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * The JPEG with an EXIF segment (APP1, right after the JFIF header, where cameras and editors put it) holding the
     * orientation and a GPS position ({@link #GPS_LATITUDE} north).
     */
    public static byte[] withExif(byte[] jpeg, int orientation) {
        ByteBuffer tiff = ByteBuffer.allocate(92); // big-endian, as "MM" says
        tiff.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8);
        // The first directory at 8: the orientation and where the GPS directory is.
        tiff.putShort((short) 2);
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(38);
        tiff.putInt(0);
        // The GPS directory at 38: latitude reference and latitude, whose three rationals follow at 68.
        tiff.putShort((short) 2);
        tiff.putShort((short) 1).putShort((short) 2).putInt(2).put((byte) 'N').put(new byte[3]);
        tiff.putShort((short) 2).putShort((short) 5).putInt(3).putInt(68);
        tiff.putInt(0);
        tiff.putInt(GPS_LATITUDE[0]).putInt(1).putInt(GPS_LATITUDE[1]).putInt(1).putInt(GPS_LATITUDE[2]).putInt(100);

        var segment = ByteBuffer.allocate(4 + 6 + tiff.capacity());
        segment.put((byte) 0xFF).put((byte) 0xE1).putShort((short) (2 + 6 + tiff.capacity()));
        segment.put("Exif".getBytes(StandardCharsets.US_ASCII)).put(new byte[2]).put(tiff.array());

        int afterJfif = 2 + 2 + (((jpeg[4] & 0xFF) << 8) | (jpeg[5] & 0xFF)); // SOI, then APP0 with its length
        var out = new ByteArrayOutputStream();
        out.write(jpeg, 0, afterJfif);
        out.writeBytes(segment.array());
        out.write(jpeg, afterJfif, jpeg.length - afterJfif);
        return out.toByteArray();
    }

    /** The PNG with its header (IHDR) declaring another size, its checksum put right so only the size lies. */
    public static byte[] pngDeclaring(byte[] png, int width, int height) {
        byte[] changed = Arrays.copyOf(png, png.length);
        // Signature (8), then the IHDR chunk: length (4), type (4), width (4), height (4), five more bytes, CRC (4).
        ByteBuffer header = ByteBuffer.wrap(changed);
        header.putInt(16, width).putInt(20, height);
        var crc = new CRC32();
        crc.update(changed, 12, 4 + 13);
        header.putInt(29, (int) crc.getValue());
        return changed;
    }

    /** The marker codes of the JPEG's segments before its image data, in order ({@code 0xE0} for APP0). */
    public static int[] jpegMarkers(byte[] jpeg) {
        var markers = new ArrayList<Integer>();
        int at = 2;
        while (at + 4 <= jpeg.length && (jpeg[at] & 0xFF) == 0xFF) {
            int marker = jpeg[at + 1] & 0xFF;
            markers.add(marker);
            if (marker == 0xDA) {
                break;
            }
            at += 2 + (((jpeg[at + 2] & 0xFF) << 8) | (jpeg[at + 3] & 0xFF));
        }
        return markers.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Whether the bytes contain the sequence anywhere. */
    public static boolean contains(byte[] bytes, byte[] sequence) {
        outer:
        for (int i = 0; i + sequence.length <= bytes.length; i++) {
            for (int j = 0; j < sequence.length; j++) {
                if (bytes[i + j] != sequence[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
