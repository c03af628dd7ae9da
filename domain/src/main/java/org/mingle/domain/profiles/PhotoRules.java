package org.mingle.domain.profiles;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * What becomes of an uploaded photo (decision 32): the bytes must start like a JPEG, PNG or WebP image, be at most
 * {@value #MAX_BYTES} bytes and, by the size their header declares, at most {@value #MAX_PIXELS} pixels, which is
 * checked before anything is decoded (a small file can declare a huge image: a decompression bomb). Only the centred
 * square is decoded, and only every n-th pixel of a large one, so memory stays bounded whatever arrives. The square is
 * scaled down in halving steps (each a bilinear average of four pixels, which keeps detail without aliasing), turned
 * as a JPEG's EXIF orientation asks and written anew as JPEG in each {@link PhotoSize}: nothing of the upload's metadata
 * (EXIF with the place a photo was taken, comments, colour profiles) survives, since only pixels are carried over.
 * A transparent background becomes white.
 */
public final class PhotoRules {

    /** 5 MiB: a phone camera's photo fits, a raw scan does not. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;
    /** 40 megapixels: more than phone cameras take; decoding more could hold hundreds of megabytes. */
    public static final long MAX_PIXELS = 40_000_000L;
    /** The media types a photo may be uploaded as, for clients and file pickers; the bytes decide, not the type. */
    public static final String[] MEDIA_TYPES = {"image/jpeg", "image/png", "image/webp"};

    /** Decoding keeps at least twice the largest size, so the last halving step still has pixels to average. */
    private static final int DECODED_MIN = 2 * PhotoSize.LARGE.pixels();
    private static final float JPEG_QUALITY = 0.85f;

    private PhotoRules() {
    }

    /**
     * The photo to keep, made from the uploaded bytes.
     *
     * @throws ImageTooLargeException over {@value #MAX_BYTES} bytes or {@value #MAX_PIXELS} pixels
     * @throws NotAnImageException    empty, not a JPEG, PNG or WebP image, or one that cannot be read (damaged, cut
     *                                short, or declaring a size its data does not have)
     */
    static PreparedPhoto prepare(byte[] upload) {
        if (upload == null || upload.length == 0) {
            throw new NotAnImageException("The upload is empty: send a JPEG, PNG or WebP image.");
        }
        if (upload.length > MAX_BYTES) {
            throw new ImageTooLargeException("A photo must be at most 5 MB; this one has "
                    + megabytes(upload.length) + " MB.");
        }
        ImageFormat format = ImageFormat.sniff(upload).orElseThrow(() -> new NotAnImageException(
                "This is not a JPEG, PNG or WebP image."));
        BufferedImage large = scaled(flattened(centredSquare(upload, format)), PhotoSize.LARGE.pixels());
        if (format == ImageFormat.JPEG) {
            // Turned once small: the centred square turns into itself, so turning after scaling is the same picture.
            large = ExifOrientation.apply(large, ExifOrientation.of(upload));
        }
        BufferedImage small = scaled(large, PhotoSize.SMALL.pixels());
        return new PreparedPhoto(jpeg(large), jpeg(small));
    }

    /** The centred square of the image, decoded at no more than twice the needed resolution. */
    private static BufferedImage centredSquare(byte[] upload, ImageFormat format) {
        ImageReader reader = ImageIO.getImageReadersByFormatName(format.imageIoName()).next();
        try (var input = new MemoryCacheImageInputStream(new ByteArrayInputStream(upload))) {
            var damaged = new boolean[1];
            reader.addIIOReadWarningListener((source, warning) -> damaged[0] = true);
            reader.setInput(input, true, true);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            if (width < 1 || height < 1) {
                throw new NotAnImageException("This image has no pixels.");
            }
            if ((long) width * height > MAX_PIXELS) {
                throw new ImageTooLargeException("A photo must have at most 40 megapixels; this one has "
                        + width + " × " + height + " pixels.");
            }
            int side = Math.min(width, height);
            int step = Math.max(1, side / DECODED_MIN);
            ImageReadParam region = reader.getDefaultReadParam();
            region.setSourceRegion(new Rectangle((width - side) / 2, (height - side) / 2, side, side));
            region.setSourceSubsampling(step, step, 0, 0);
            BufferedImage square = reader.read(0, region);
            // A decoder that had to make up pixels (data cut short, a wrong length) says so in a warning.
            if (damaged[0]) {
                throw new NotAnImageException("This image is damaged or cut short: try another copy of it.");
            }
            return square;
        } catch (NotAnImageException | ImageTooLargeException refused) {
            throw refused;
        } catch (IOException | RuntimeException unreadable) {
            // Readers fail on broken input in many ways, not only with IOException (index and argument errors too).
            throw new NotAnImageException("This image cannot be read: it may be damaged, cut short, or in a kind of "
                    + format.name() + " Mingle does not read (such as CMYK).");
        } finally {
            reader.dispose();
        }
    }

    /** Opaque RGB, on white where the image was transparent: JPEG has no transparency. */
    private static BufferedImage flattened(BufferedImage image) {
        var rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return rgb;
    }

    /** The square at {@code side} pixels: halving steps down to it, or one bicubic step up to a small original. */
    static BufferedImage scaled(BufferedImage square, int side) {
        BufferedImage current = square;
        if (current.getWidth() < side) {
            return resized(current, side, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        }
        while (current.getWidth() > side) {
            int next = Math.max(side, current.getWidth() / 2);
            current = resized(current, next, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        }
        return current;
    }

    private static BufferedImage resized(BufferedImage image, int side, Object interpolation) {
        var resized = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = resized.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, interpolation);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(image, 0, 0, side, side, null);
        } finally {
            g.dispose();
        }
        return resized;
    }

    /** Baseline JPEG of the pixels alone: no EXIF, no comment, no colour profile (the JFIF header says sRGB). */
    private static byte[] jpeg(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        var bytes = new ByteArrayOutputStream();
        try (var output = new MemoryCacheImageOutputStream(bytes)) {
            ImageWriteParam quality = writer.getDefaultWriteParam();
            quality.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            quality.setCompressionQuality(JPEG_QUALITY);
            writer.setOutput(output);
            writer.write(null, new IIOImage(image, null, null), quality);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // writing to memory does not fail
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
    }
}
