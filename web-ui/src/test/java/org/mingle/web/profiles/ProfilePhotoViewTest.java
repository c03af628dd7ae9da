package org.mingle.web.profiles;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.UploadKt._upload;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.awt.Color;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mingle.domain.profiles.PhotoSize;
import org.mingle.domain.profiles.ProfilePhotoService;
import org.mingle.domain.profiles.Visibility;
import org.mingle.testsupport.TestImages;
import org.mingle.web.vaadin.KaribuViewTest;

/** The photo on one's own profile page: taken or chosen, shown, refused in words, removed; initials without one. */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProfilePhotoViewTest extends KaribuViewTest {

    private static final byte[] PORTRAIT = TestImages.jpeg(TestImages.stripes(800, 600, Color.ORANGE, Color.GRAY));

    @Inject
    ProfilePhotoService photos;

    @Test
    void withoutAPhotoTheInitialsShowAndTheUploadOffersTheCamera() {
        var ada = signUp("Ada King Lovelace", "ada.photo@example.org");
        signInAs(ada);

        UI.getCurrent().navigate("profile");

        var face = myFace();
        assertThat(face.showsPhoto()).isFalse();
        assertThat(face.initials()).isEqualTo("AL");
        assertThat(face.getElement().getAttribute("aria-label")).isEqualTo("Ada King Lovelace");
        assertThat(face.getStyle().get("background-color")).isIn(Avatar.COLOURS);
        var upload = _get(Upload.class, spec -> spec.withId("photo-upload"));
        assertThat(upload.getAcceptedFileTypes()).containsExactly("image/*");
        assertThat(upload.getMaxFiles()).isEqualTo(1);
        assertThat(upload.getMaxFileSize()).isEqualTo(5 * 1024 * 1024);
        _assertNone(Button.class, spec -> spec.withId("remove-photo"));
        assertThat(visibility().getValue()).isEqualTo(Visibility.ATTENDEES);
    }

    @Test
    void anUploadedPhotoShowsAtOnceAndInThePreviewForAttendeesOnly() {
        var bob = signUp("Bob Babbage", "bob.photo@example.org");
        signInAs(bob);
        UI.getCurrent().navigate("profile");

        _upload(_get(Upload.class, spec -> spec.withId("photo-upload")), "me.jpg", "image/jpeg", PORTRAIT);
        MockVaadin.clientRoundtrip();

        assertThat(photos.photo(bob.id(), bob.id(), PhotoSize.LARGE)).isPresent();
        var face = myFace();
        assertThat(face.showsPhoto()).isTrue();
        assertThat(_get(face, Image.class).getAlt()).contains("Photo of Bob Babbage");
        assertThat(_get(Avatar.class, spec -> spec.withId("preview-attendee-face")).showsPhoto()).isTrue();
        assertThat(_get(Avatar.class, spec -> spec.withId("preview-anyone-face")).showsPhoto())
                .as("a photo for attendees is not shown to anyone signed in").isFalse();
        _get(Button.class, spec -> spec.withId("remove-photo"));
        _assertNone(Span.class, spec -> spec.withId("photo-error"));
    }

    @Test
    void aFileThatIsNoImageIsRefusedInWordsAndNothingChanges() {
        var cleo = signUp("Cleo Clarke", "cleo.photo@example.org");
        signInAs(cleo);
        UI.getCurrent().navigate("profile");

        _upload(_get(Upload.class, spec -> spec.withId("photo-upload")), "notes.jpg", "image/jpeg",
                "not a picture".getBytes(StandardCharsets.UTF_8));
        MockVaadin.clientRoundtrip();

        assertThat(_get(Span.class, spec -> spec.withId("photo-error")).getText())
                .isEqualTo("This is not a JPEG, PNG or WebP image.");
        assertThat(myFace().showsPhoto()).isFalse();
        assertThat(photos.photo(cleo.id(), cleo.id(), PhotoSize.SMALL)).isEmpty();
    }

    @Test
    void removingThePhotoBringsTheInitialsBack() {
        var dora = signUp("Dora Dijkstra", "dora.photo@example.org");
        photos.upload(dora.id(), PORTRAIT);
        signInAs(dora);
        UI.getCurrent().navigate("profile");
        assertThat(myFace().showsPhoto()).isTrue();

        _click(_get(Button.class, spec -> spec.withId("remove-photo")));

        assertThat(myFace().showsPhoto()).isFalse();
        assertThat(photos.photo(dora.id(), dora.id(), PhotoSize.SMALL)).isEmpty();
        _assertNone(Button.class, spec -> spec.withId("remove-photo"));
        assertThat(_get(Avatar.class, spec -> spec.withId("preview-attendee-face")).showsPhoto()).isFalse();
    }

    @Test
    void thePhotosAudienceIsSavedWithTheProfile() {
        var erin = signUp("Erin Engelbart", "erin.photo@example.org");
        photos.upload(erin.id(), PORTRAIT);
        signInAs(erin);
        UI.getCurrent().navigate("profile");

        _setValue(visibility(), Visibility.PUBLIC);
        _click(_get(Button.class, spec -> spec.withId("save-profile")));

        assertThat(_get(Avatar.class, spec -> spec.withId("preview-anyone-face")).showsPhoto()).isTrue();
    }

    @Test
    void initialsTakeTheFirstLetterOfTheFirstAndLastWord() {
        assertThat(Avatar.Initials.of("Ada King Lovelace")).isEqualTo("AL");
        assertThat(Avatar.Initials.of("cher")).isEqualTo("C");
        assertThat(Avatar.Initials.of("  Léo   Moreau ")).isEqualTo("LM");
        assertThat(Avatar.Initials.of("(Ana) \uD83D\uDE00 Lima")).isEqualTo("AL");
        assertThat(Avatar.Initials.of("\uD835\uDC00da \uD835\uDC01ob")).isEqualTo("\uD835\uDC00\uD835\uDC01");
        assertThat(Avatar.Initials.of("   ")).isEqualTo("?");
    }

    private Avatar myFace() {
        return _get(_get(Div.class, spec -> spec.withId("my-face")), Avatar.class);
    }

    @SuppressWarnings("unchecked")
    private Select<Visibility> visibility() {
        return _get(Select.class, spec -> spec.withId("visibility-photo"));
    }
}
