package org.mingle.domain.profiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mingle.testsupport.TestImages;

class PhotoRulesTest {

    private static final Color RED = new Color(220, 30, 30);
    private static final Color GREEN = new Color(30, 200, 30);
    private static final Color BLUE = new Color(30, 30, 220);

    @Test
    void aJpegBecomesSquareJpegsOfBothSizes() throws IOException {
        var photo = PhotoRules.prepare(TestImages.jpeg(TestImages.stripes(800, 600, RED, GREEN, BLUE)));

        assertThat(ImageFormat.sniff(photo.large())).contains(ImageFormat.JPEG);
        assertThat(ImageFormat.sniff(photo.small())).contains(ImageFormat.JPEG);
        assertThat(decode(photo.large()).getWidth()).isEqualTo(256);
        assertThat(decode(photo.large()).getHeight()).isEqualTo(256);
        assertThat(decode(photo.small()).getWidth()).isEqualTo(64);
        assertThat(decode(photo.small()).getHeight()).isEqualTo(64);
    }

    @Test
    void theCentredSquareIsKeptNotTheWholePictureSquashed() throws IOException {
        // Three stripes across a picture three times as wide as high: the centred square is the green one alone.
        var photo = PhotoRules.prepare(TestImages.png(TestImages.stripes(1500, 500, RED, GREEN, BLUE)));

        var large = decode(photo.large());
        for (int[] at : new int[][] {{2, 2}, {253, 2}, {128, 128}, {2, 253}, {253, 253}}) {
            assertThat(close(colour(large, at[0], at[1]), GREEN)).as("pixel %s", Arrays.toString(at)).isTrue();
        }
    }

    @Test
    void aPortraitIsCroppedToItsMiddleToo() throws IOException {
        var tall = TestImages.picture(300, 900, g -> {
            g.setColor(RED);
            g.fillRect(0, 0, 300, 300);
            g.setColor(BLUE);
            g.fillRect(0, 600, 300, 300);
        });

        var small = decode(PhotoRules.prepare(TestImages.png(tall)).small());

        assertThat(close(colour(small, 32, 1), Color.WHITE)).isTrue();
        assertThat(close(colour(small, 32, 62), Color.WHITE)).isTrue();
    }

    @Test
    void theExifOfAPhoneCameraIsNotKeptNeitherWhereItWasTakenNorAnythingElse() {
        byte[] upload = TestImages.withExif(TestImages.jpeg(TestImages.stripes(400, 400, RED, BLUE)), 1);
        byte[] latitude = ByteBuffer.allocate(8).putInt(TestImages.GPS_LATITUDE[2]).putInt(100).array();
        // The upload does carry EXIF with a position, readable as such.
        assertThat(TestImages.jpegMarkers(upload)).contains(0xE1);
        assertThat(TestImages.contains(upload, latitude)).isTrue();
        assertThat(ExifOrientation.of(TestImages.withExif(TestImages.jpeg(TestImages.stripes(8, 8, RED)), 6)))
                .isEqualTo(6);

        var photo = PhotoRules.prepare(upload);

        for (byte[] kept : new byte[][] {photo.large(), photo.small()}) {
            // Only the JFIF header, tables, frame and scan: no APP1 (EXIF, XMP), no other application segment.
            assertThat(TestImages.jpegMarkers(kept)).containsOnly(0xE0, 0xDB, 0xC0, 0xC4, 0xDA);
            assertThat(TestImages.contains(kept, "Exif".getBytes(StandardCharsets.US_ASCII))).isFalse();
            assertThat(TestImages.contains(kept, latitude)).isFalse();
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
    void thePhotoIsTurnedAsItsExifOrientationAsks(int orientation) throws IOException {
        // Stored with red on top and blue below, as a camera holds a picture it means to show turned or mirrored.
        var stored = TestImages.picture(400, 400, g -> {
            g.setColor(RED);
            g.fillRect(0, 0, 200, 200);
            g.setColor(GREEN);
            g.fillRect(200, 0, 200, 200);
            g.setColor(BLUE);
            g.fillRect(0, 200, 400, 200);
        });

        var large = decode(PhotoRules.prepare(TestImages.withExif(TestImages.jpeg(stored), orientation)).large());

        // Where the red and the green quarter end up, by the EXIF definition of each orientation.
        int[][] redAndGreen = switch (orientation) {
            case 1 -> new int[][] {{64, 64}, {192, 64}};
            case 2 -> new int[][] {{192, 64}, {64, 64}};
            case 3 -> new int[][] {{192, 192}, {64, 192}};
            case 4 -> new int[][] {{64, 192}, {192, 192}};
            case 5 -> new int[][] {{64, 64}, {64, 192}};
            case 6 -> new int[][] {{192, 64}, {192, 192}};
            case 7 -> new int[][] {{192, 192}, {192, 64}};
            default -> new int[][] {{64, 192}, {64, 64}};
        };
        int[] red = redAndGreen[0];
        int[] green = redAndGreen[1];
        assertThat(close(colour(large, red[0], red[1]), RED)).as("red at %s", Arrays.toString(red)).isTrue();
        assertThat(close(colour(large, green[0], green[1]), GREEN)).as("green at %s", Arrays.toString(green))
                .isTrue();
    }

    @Test
    void aWebpIsReadToo() throws IOException {
        // 120 × 80 px, red, green and blue stripes 40 px wide (made with cwebp): the centred square holds a quarter
        // of red on the left and a quarter of blue on the right.
        var photo = PhotoRules.prepare(resource("stripes.webp"));

        var large = decode(photo.large());
        assertThat(close(colour(large, 10, 128), RED)).isTrue();
        assertThat(close(colour(large, 128, 128), GREEN)).isTrue();
        assertThat(close(colour(large, 245, 128), BLUE)).isTrue();
    }

    @Test
    void transparencyBecomesWhite() throws IOException {
        var transparent = new BufferedImage(100, 100, BufferedImage.TYPE_INT_ARGB);

        var large = decode(PhotoRules.prepare(TestImages.png(transparent)).large());

        assertThat(close(colour(large, 128, 128), Color.WHITE)).isTrue();
    }

    @Test
    void aTinyImageIsScaledUp() throws IOException {
        var photo = PhotoRules.prepare(TestImages.png(TestImages.stripes(10, 10, GREEN)));

        assertThat(decode(photo.large()).getWidth()).isEqualTo(256);
    }

    @Test
    void whatIsNotAJpegPngOrWebpIsRefusedWhateverItClaims() {
        byte[] gif = "GIF89a\u0001\u0000\u0001\u0000".getBytes(StandardCharsets.ISO_8859_1);
        byte[] text = "<svg xmlns='http://www.w3.org/2000/svg'/>".getBytes(StandardCharsets.UTF_8);
        byte[] riffWave = "RIFF\u0000\u0000\u0000\u0000WAVEfmt ".getBytes(StandardCharsets.ISO_8859_1);

        for (byte[] upload : new byte[][] {gif, text, riffWave, new byte[] {(byte) 0xFF, (byte) 0xD8}}) {
            assertThatThrownBy(() -> PhotoRules.prepare(upload)).isInstanceOf(NotAnImageException.class)
                    .hasMessage("This is not a JPEG, PNG or WebP image.");
        }
    }

    @Test
    void anEmptyUploadIsNotAnImage() {
        assertThatThrownBy(() -> PhotoRules.prepare(new byte[0])).isInstanceOf(NotAnImageException.class)
                .hasMessageContaining("empty");
    }

    @Test
    void overFiveMegabytesIsTooLargeBeforeAnythingIsRead() {
        byte[] upload = new byte[PhotoRules.MAX_BYTES + 1];
        upload[0] = (byte) 0xFF;

        assertThatThrownBy(() -> PhotoRules.prepare(upload)).isInstanceOf(ImageTooLargeException.class)
                .hasMessage("A photo must be at most 5 MB; this one has 5.0 MB.");
        assertThat(PhotoRules.MAX_BYTES).isEqualTo(5 * 1024 * 1024);
    }

    @Test
    void overFortyMegapixelsIsRefusedFromTheHeaderWithoutDecoding() {
        // A few hundred bytes that declare 6325 × 6325 px (40,005,625): decoding would take 160 MB.
        byte[] bomb = TestImages.pngDeclaring(TestImages.png(TestImages.stripes(16, 16, RED)), 6325, 6325);

        assertThatThrownBy(() -> PhotoRules.prepare(bomb)).isInstanceOf(ImageTooLargeException.class)
                .hasMessage("A photo must have at most 40 megapixels; this one has 6325 × 6325 pixels.");
    }

    @Test
    void aPngThatClaimsMorePixelsThanItHoldsIsNotAnImage() {
        byte[] liar = TestImages.pngDeclaring(TestImages.png(TestImages.stripes(16, 16, RED)), 4000, 4000);

        assertThatThrownBy(() -> PhotoRules.prepare(liar)).isInstanceOf(NotAnImageException.class);
    }

    @Test
    void damagedOrCutShortImagesAreNotImages() {
        byte[] jpeg = TestImages.jpeg(noise(300, 300));
        byte[] png = TestImages.png(noise(300, 300));
        byte[] garbage = new byte[2000];
        new Random(7).nextBytes(garbage);
        garbage[0] = (byte) 0xFF;
        garbage[1] = (byte) 0xD8;
        garbage[2] = (byte) 0xFF;

        for (byte[] upload : new byte[][] {Arrays.copyOf(jpeg, 120), Arrays.copyOf(jpeg, jpeg.length / 2),
                Arrays.copyOf(png, 60), Arrays.copyOf(png, png.length / 2), garbage}) {
            assertThatThrownBy(() -> PhotoRules.prepare(upload)).isInstanceOf(NotAnImageException.class);
        }
    }

    @Test
    void theOrientationOfAJpegWithoutExifOrWithBrokenExifIsAsStored() {
        byte[] plain = TestImages.jpeg(TestImages.stripes(8, 8, RED));
        byte[] broken = TestImages.withExif(plain, 6);
        broken[30] = 'X'; // the TIFF byte order mark: after SOI (2), JFIF (18), APP1's marker and length (4), "Exif" (6)

        assertThat(ExifOrientation.of(plain)).isEqualTo(ExifOrientation.AS_STORED);
        assertThat(ExifOrientation.of(broken)).isEqualTo(ExifOrientation.AS_STORED);
        assertThat(ExifOrientation.of(Arrays.copyOf(broken, 40))).isEqualTo(ExifOrientation.AS_STORED);
    }

    private static BufferedImage noise(int width, int height) {
        var random = new Random(42);
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, random.nextInt());
            }
        }
        return image;
    }

    private static BufferedImage decode(byte[] jpeg) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(jpeg));
    }

    private static int colour(BufferedImage image, int x, int y) {
        return image.getRGB(x, y) | 0xFF000000;
    }

    /** Within what JPEG compression changes of a flat colour. */
    private static boolean close(int rgb, Color expected) {
        var actual = new Color(rgb);
        return Math.abs(actual.getRed() - expected.getRed()) < 40
                && Math.abs(actual.getGreen() - expected.getGreen()) < 40
                && Math.abs(actual.getBlue() - expected.getBlue()) < 40;
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = PhotoRulesTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }
}
