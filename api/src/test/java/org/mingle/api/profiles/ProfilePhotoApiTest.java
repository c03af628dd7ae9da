package org.mingle.api.profiles;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mingle.api.ApiClient;
import org.mingle.api.TestAccounts.Person;
import org.mingle.api.TestAccounts;
import org.mingle.api.TestEvents;
import org.mingle.api.TestProfiles;
import org.mingle.testsupport.MicronautPostgres;
import org.mingle.testsupport.TestImages;

/** Uploading, seeing and removing profile photos over HTTP: the limits, the refusals and the photo's visibility. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProfilePhotoApiTest implements MicronautPostgres {

    private static final byte[] PHOTO = TestImages.jpeg(TestImages.stripes(640, 480, Color.ORANGE, Color.DARK_GRAY));

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    private ApiClient anonymous;
    private Person organizer;
    private Person stranger;
    private String event;

    @BeforeAll
    void people() {
        anonymous = new ApiClient(server, json);
        organizer = TestAccounts.signUpAndLogIn(anonymous, "Olga Organizer");
        stranger = TestAccounts.signUpAndLogIn(anonymous, "Sam Stranger");
        event = TestEvents.published(organizer.api(), "Faces meetup", 20);
    }

    @Test
    void anUploadedPhotoComesBackAsSquareJpegsWithCachingHeaders() throws IOException {
        var ana = TestAccounts.signUpAndLogIn(anonymous, "Ana Upload");

        var saved = ana.api().put("/api/me/photo", "image/jpeg", PHOTO);

        assertThat(saved.status()).as(saved.body()).isEqualTo(204);
        var large = ana.api().getBytes(photoOf(ana));
        assertThat(large.statusCode()).isEqualTo(200);
        assertThat(large.headers().firstValue("Content-Type")).contains("image/jpeg");
        assertThat(large.headers().firstValue("Cache-Control")).contains("private, max-age=300");
        // Vary may come as several field lines (compression adds Accept-Encoding); together they are one list.
        assertThat(String.join(", ", large.headers().allValues("Vary"))).contains("Authorization");
        assertThat(decode(large.body()).getWidth()).isEqualTo(256);
        assertThat(decode(large.body()).getHeight()).isEqualTo(256);
        var small = ana.api().getBytes(photoOf(ana) + "?size=64");
        assertThat(decode(small.body()).getWidth()).isEqualTo(64);

        String etag = large.headers().firstValue("ETag").orElseThrow();
        assertThat(small.headers().firstValue("ETag")).isNotEqualTo(large.headers().firstValue("ETag"));
        var unchanged = ana.api().getBytes(photoOf(ana), "If-None-Match", etag);
        assertThat(unchanged.statusCode()).isEqualTo(304);
        assertThat(unchanged.body()).isEmpty();

        assertThat(ana.api().put("/api/me/photo", "image/png", TestImages.png(TestImages.stripes(50, 50,
                Color.BLUE))).status()).isEqualTo(204);
        var replaced = ana.api().getBytes(photoOf(ana), "If-None-Match", etag);
        assertThat(replaced.statusCode()).as("a new photo is a new tag").isEqualTo(200);
    }

    @Test
    void thePhotoFollowsItsVisibilityAndHiddenReadsLikeAbsent() {
        var bea = TestAccounts.signUpAndLogIn(anonymous, "Bea Shown");
        var fellow = TestAccounts.signUpAndLogIn(anonymous, "Fred Fellow");
        TestEvents.registerConfirmed(bea.api(), event);
        TestEvents.registerConfirmed(fellow.api(), event);
        assertThat(bea.api().put("/api/me/photo", "image/jpeg", PHOTO).status()).isEqualTo(204);

        assertThat(fellow.api().getBytes(photoOf(bea)).statusCode()).isEqualTo(200);
        assertThat(organizer.api().getBytes(photoOf(bea)).statusCode()).as("the event's team").isEqualTo(200);
        var hidden = stranger.api().get(photoOf(bea));
        var absent = stranger.api().get(photoOf(organizer));
        hidden.problem(404);
        // Alike but for each answer's own request id.
        assertThat(hidden.body().replaceAll("\"requestId\":\"[0-9a-f]+\"", ""))
                .isEqualTo(absent.body().replaceAll("\"requestId\":\"[0-9a-f]+\"", ""));

        TestProfiles.save(bea.api(), "{\"visibility\": {\"photo\": \"PUBLIC\"}}");
        var everyone = stranger.api().getBytes(photoOf(bea));
        assertThat(everyone.statusCode()).isEqualTo(200);
        assertThat(everyone.headers().firstValue("Cache-Control")).contains("public, max-age=300");

        TestProfiles.save(bea.api(), "{\"visibility\": {\"photo\": \"PRIVATE\"}}");
        stranger.api().get(photoOf(bea)).problem(404);
        fellow.api().get(photoOf(bea)).problem(404);
        assertThat(bea.api().getBytes(photoOf(bea)).statusCode()).as("the owner always").isEqualTo(200);
        assertThat(anonymous.get(photoOf(bea)).status()).isEqualTo(401);
    }

    @Test
    void aPhotoOfSeveralMegabytesPassesTheLimitThatJsonBodiesHave() {
        var cid = TestAccounts.signUpAndLogIn(anonymous, "Cid Camera");
        byte[] large = TestImages.png(noise(1000, 800));
        assertThat(large.length).isBetween(2 * 1024 * 1024, 5 * 1024 * 1024);

        var saved = cid.api().put("/api/me/photo", "image/png", large);

        assertThat(saved.status()).as(saved.body()).isEqualTo(204);
    }

    @Test
    void overFiveMegabytesOrFortyMegapixelsIsTooLarge() {
        var dan = TestAccounts.signUpAndLogIn(anonymous, "Dan Huge");
        byte[] overLimit = Arrays.copyOf(PHOTO, 5 * 1024 * 1024 + 1);
        byte[] bomb = TestImages.pngDeclaring(TestImages.png(TestImages.stripes(16, 16, Color.RED)), 8000, 6000);

        try {
            dan.api().put("/api/me/photo", "image/jpeg", overLimit).problem(413);
        } catch (UncheckedIOException closedWhileSending) {
            // The server refuses by the declared length without reading the body, and may close the connection while
            // the client is still sending it (RFC 9110 allows closing after a 413): refused all the same, nothing is
            // stored, as the 404 at the end shows.
        }
        var pixels = dan.api().put("/api/me/photo", "image/png", bomb).problem(413);
        assertThat(pixels.get("detail")).isEqualTo(
                "A photo must have at most 40 megapixels; this one has 8000 × 6000 pixels.");
        dan.api().get(photoOf(dan)).problem(404);
    }

    @Test
    void whatIsNoImageIsRefusedWith415WhateverItsContentTypeClaimsAndNeverWith500() {
        var eva = TestAccounts.signUpAndLogIn(anonymous, "Eva Wrong");
        byte[] jpeg = TestImages.jpeg(noise(200, 200));
        byte[] garbage = new byte[4000];
        new Random(3).nextBytes(garbage);
        garbage[0] = (byte) 0xFF;
        garbage[1] = (byte) 0xD8;
        garbage[2] = (byte) 0xFF;
        var notImages = Map.of(
                "text", "just some text".getBytes(StandardCharsets.UTF_8),
                "gif", "GIF89a\u0001\u0000\u0001\u0000".getBytes(StandardCharsets.ISO_8859_1),
                "cut short", Arrays.copyOf(jpeg, jpeg.length / 2),
                "header only", Arrays.copyOf(jpeg, 150),
                "garbage after a JPEG start", garbage,
                "a PNG that lies about its size",
                TestImages.pngDeclaring(TestImages.png(TestImages.stripes(16, 16, Color.RED)), 3000, 3000),
                "empty", new byte[0]);

        notImages.forEach((what, bytes) -> {
            var reply = eva.api().put("/api/me/photo", "image/jpeg", bytes);
            assertThat(reply.status()).as(what + ": " + reply.body()).isEqualTo(415);
            assertThat(reply.problem(415)).containsEntry("type", "about:blank");
        });
        var wrongType = eva.api().put("/api/me/photo", "text/plain", PHOTO);
        assertThat(wrongType.problem(415).get("detail")).asString().contains("image/jpeg");
        eva.api().get(photoOf(eva)).problem(404);
    }

    @Test
    void removingThePhotoLeavesNone() {
        var fay = TestAccounts.signUpAndLogIn(anonymous, "Fay Removing");
        assertThat(fay.api().put("/api/me/photo", "image/jpeg", PHOTO).status()).isEqualTo(204);

        assertThat(fay.api().delete("/api/me/photo").status()).isEqualTo(204);

        fay.api().get(photoOf(fay)).problem(404);
        assertThat(fay.api().delete("/api/me/photo").status()).as("again, harmless").isEqualTo(204);
    }

    @Test
    void onlyTheTwoSizesExist() {
        var gus = TestAccounts.signUpAndLogIn(anonymous, "Gus Sizes");
        assertThat(gus.api().put("/api/me/photo", "image/jpeg", PHOTO).status()).isEqualTo(204);

        for (String size : new String[] {"100", "0", "-64", "abc"}) {
            assertThat(gus.api().get(photoOf(gus) + "?size=" + size).status()).as(size).isEqualTo(400);
        }
        gus.api().get("/api/profiles/not-an-id/photo").problem(404);
    }

    @Test
    void thePersonalDataExportCarriesThePhotoAndErasureRemovesIt() {
        var hal = TestAccounts.signUpAndLogIn(anonymous, "Hal Export");
        var viewer = TestAccounts.signUpAndLogIn(anonymous, "Vic Viewer");
        assertThat(hal.api().put("/api/me/photo", "image/jpeg", PHOTO).status()).isEqualTo(204);
        TestProfiles.save(hal.api(), "{\"visibility\": {\"photo\": \"PUBLIC\"}}");
        byte[] kept = hal.api().getBytes(photoOf(hal)).body();

        @SuppressWarnings("unchecked")
        var photo = (Map<String, Object>) hal.api().get("/api/me/export").object().get("photo");

        assertThat(Base64.getDecoder().decode((String) photo.get("base64"))).isEqualTo(kept);
        assertThat(viewer.api().getBytes(photoOf(hal)).statusCode()).isEqualTo(200);
        assertThat(hal.api().delete("/api/me").status()).isEqualTo(204);
        viewer.api().get(photoOf(hal)).problem(404);
    }

    private static String photoOf(Person person) {
        return "/api/profiles/" + person.id() + "/photo";
    }

    private static BufferedImage decode(byte[] jpeg) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(jpeg));
    }

    private static BufferedImage noise(int width, int height) {
        var random = new Random(11);
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, random.nextInt());
            }
        }
        return image;
    }
}
