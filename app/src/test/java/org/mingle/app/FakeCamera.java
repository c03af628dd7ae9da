package org.mingle.app;

import io.nayuki.qrcodegen.QrCode;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * A video for Chromium's fake camera ({@code --use-file-for-fake-video-capture}): each text as a QR code, black on a
 * white 640x480 picture, shown for a while, one after another (Chromium plays the file in a loop). The format is
 * YUV4MPEG2 with 4:2:0 chroma: per frame the luma plane, then the two quarter-size chroma planes, which stay at 128
 * (no colour) here.
 */
final class FakeCamera {

    static final int WIDTH = 640;
    static final int HEIGHT = 480;
    static final int FRAMES_PER_SECOND = 10;
    /** The quiet zone around a code, in modules, as the standard asks. */
    static final int BORDER = 4;
    /** The code's side at most, in pixels: large in the picture, as a phone held near the camera shows it. */
    static final int CODE_SIDE = 440;

    private static final byte[] HEADER = ("YUV4MPEG2 W" + WIDTH + " H" + HEIGHT + " F" + FRAMES_PER_SECOND
            + ":1 Ip A1:1 C420jpeg\n").getBytes(StandardCharsets.US_ASCII);
    private static final byte[] FRAME = "FRAME\n".getBytes(StandardCharsets.US_ASCII);

    private FakeCamera() {
    }

    /** Writes the video: each text's code for {@code framesEach} frames, in order. */
    static Path write(Path file, List<String> texts, int framesEach) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        byte[] chroma = new byte[WIDTH * HEIGHT / 2];
        Arrays.fill(chroma, (byte) 128);
        try (var out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
            out.write(HEADER);
            for (String text : texts) {
                byte[] luma = luma(QrCode.encodeText(text, QrCode.Ecc.MEDIUM));
                for (int i = 0; i < framesEach; i++) {
                    out.write(FRAME);
                    out.write(luma);
                    out.write(chroma);
                }
            }
        }
        return file;
    }

    /** The luma plane of one picture: the code centred, each module a square of whole pixels. */
    static byte[] luma(QrCode qr) {
        byte[] plane = new byte[WIDTH * HEIGHT];
        Arrays.fill(plane, (byte) 255);
        int scale = moduleSize(qr);
        int left = left(qr);
        int top = top(qr);
        for (int y = 0; y < qr.size; y++) {
            for (int x = 0; x < qr.size; x++) {
                if (qr.getModule(x, y)) {
                    for (int row = 0; row < scale; row++) {
                        int start = (top + y * scale + row) * WIDTH + left + x * scale;
                        Arrays.fill(plane, start, start + scale, (byte) 0);
                    }
                }
            }
        }
        return plane;
    }

    static int moduleSize(QrCode qr) {
        return CODE_SIDE / (qr.size + 2 * BORDER);
    }

    /** Where the first module starts, from the left edge. */
    static int left(QrCode qr) {
        return (WIDTH - qr.size * moduleSize(qr)) / 2;
    }

    static int top(QrCode qr) {
        return (HEIGHT - qr.size * moduleSize(qr)) / 2;
    }

    /** The bytes of one frame, header included. */
    static int frameBytes() {
        return FRAME.length + WIDTH * HEIGHT * 3 / 2;
    }

    static int headerBytes() {
        return HEADER.length;
    }
}
