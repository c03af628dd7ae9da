package org.mingle.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.nayuki.qrcodegen.QrCode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fake camera's video reads back as the codes written into it: the header Chromium parses, the number and size
 * of the frames, and in each frame every module of the text's QR code where a reader samples it.
 */
class FakeCameraTest {

    @TempDir
    Path directory;

    @Test
    void eachFrameHoldsItsTextsCodeModuleForModule() throws Exception {
        var texts = List.of("http://localhost:8080/connect/7K3M9QXA", "ABCDEFGH23", "Z2345678XY");
        var video = Files.readAllBytes(FakeCamera.write(directory.resolve("codes.y4m"), texts, 3));

        String header = new String(video, 0, FakeCamera.headerBytes(), StandardCharsets.US_ASCII);
        assertThat(header).isEqualTo("YUV4MPEG2 W640 H480 F10:1 Ip A1:1 C420jpeg\n");
        assertThat(video).hasSize(FakeCamera.headerBytes() + 9 * FakeCamera.frameBytes());
        for (int frame = 0; frame < 9; frame++) {
            int start = FakeCamera.headerBytes() + frame * FakeCamera.frameBytes();
            assertThat(new String(video, start, 6, StandardCharsets.US_ASCII)).isEqualTo("FRAME\n");
            byte[] luma = Arrays.copyOfRange(video, start + 6, start + 6 + 640 * 480);
            byte[] chroma = Arrays.copyOfRange(video, start + 6 + 640 * 480, start + FakeCamera.frameBytes());
            var qr = QrCode.encodeText(texts.get(frame / 3), QrCode.Ecc.MEDIUM);
            assertThat(readModules(luma, qr)).as("frame %d", frame).isEqualTo(modules(qr));
            assertThat(chroma).containsOnly((byte) 128);
        }
    }

    @Test
    void theCodeIsLargeCentredAndKeepsItsQuietZone() {
        var qr = QrCode.encodeText("ABCDEFGH23", QrCode.Ecc.MEDIUM);
        int side = qr.size * FakeCamera.moduleSize(qr);
        assertThat(side).isGreaterThan(300);
        assertThat(FakeCamera.left(qr)).isGreaterThanOrEqualTo(FakeCamera.BORDER * FakeCamera.moduleSize(qr));
        assertThat(FakeCamera.top(qr)).isGreaterThanOrEqualTo(FakeCamera.BORDER * FakeCamera.moduleSize(qr));
        byte[] luma = FakeCamera.luma(qr);
        // The quiet zone: white all round the code.
        int scale = FakeCamera.moduleSize(qr);
        for (int i = 0; i < qr.size * scale; i++) {
            assertThat(luma[(FakeCamera.top(qr) - 1) * 640 + FakeCamera.left(qr) + i]).isEqualTo((byte) 255);
            assertThat(luma[(FakeCamera.top(qr) + i) * 640 + FakeCamera.left(qr) - 1]).isEqualTo((byte) 255);
        }
    }

    /** Dark or light at the centre of each module, as a reader samples the grid. */
    private static boolean[][] readModules(byte[] luma, QrCode qr) {
        int scale = FakeCamera.moduleSize(qr);
        var read = new boolean[qr.size][qr.size];
        for (int y = 0; y < qr.size; y++) {
            for (int x = 0; x < qr.size; x++) {
                int px = FakeCamera.left(qr) + x * scale + scale / 2;
                int py = FakeCamera.top(qr) + y * scale + scale / 2;
                read[y][x] = (luma[py * 640 + px] & 0xff) < 128;
            }
        }
        return read;
    }

    private static boolean[][] modules(QrCode qr) {
        var modules = new boolean[qr.size][qr.size];
        for (int y = 0; y < qr.size; y++) {
            for (int x = 0; x < qr.size; x++) {
                modules[y][x] = qr.getModule(x, y);
            }
        }
        return modules;
    }
}
