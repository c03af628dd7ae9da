package org.mingle.web.profiles;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.io.IOException;
import java.util.List;
import org.mingle.domain.profiles.PhotoRules;
import org.mingle.domain.profiles.ProfilePhotoService;
import org.mingle.domain.shared.AccountId;
import org.mingle.domain.shared.DomainException;
import org.mingle.web.shell.DomainMessages;

/**
 * The person's own photo on their profile page: the face as it shows now (photo or initials), a button that opens the
 * phone's camera or the file picker (the browser offers both for {@code image/*}), and one that removes the photo. An
 * upload is saved at once, apart from the form: Mingle keeps only the square it makes of it ({@link PhotoRules}), and
 * a refusal (not an image, too large) is said in words beside the button.
 */
class PhotoSection extends Div {

    private final ProfilePhotoService photos;
    private final Runnable onChange;
    private final Div face = new Div();
    private final Upload upload = new Upload();
    private final Button remove = new Button(VaadinIcon.TRASH.create());
    private final Span error = new Span();

    private AccountId owner;
    private String name;

    /** @param onChange after a photo was saved or removed: whatever else shows it, redrawn */
    PhotoSection(ProfilePhotoService photos, Runnable onChange) {
        this.photos = photos;
        this.onChange = onChange;
        setId("photo-section");
        addClassName("photo-section");
        face.setId("my-face");

        var choose = new Button(getTranslation("profiles.photo.choose"), VaadinIcon.CAMERA.create());
        choose.setId("choose-photo");
        upload.setId("photo-upload");
        upload.setUploadButton(choose);
        upload.setDropLabel(new Span(getTranslation("profiles.photo.drop")));
        upload.setAcceptedFileTypes("image/*");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(PhotoRules.MAX_BYTES);
        upload.setUploadHandler(new PhotoUpload());
        upload.setI18n(uploadWords());
        // The browser's own check (type, size) spares the upload; its words are generic, these say what to do.
        upload.addFileRejectedListener(rejected -> showError(getTranslation("profiles.photo.rejected")));

        remove.setText(getTranslation("profiles.photo.remove"));
        remove.setId("remove-photo");
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.addClickListener(click -> removePhoto());

        error.setId("photo-error");
        error.addClassNames(LumoUtility.TextColor.ERROR, LumoUtility.FontSize.SMALL);
        error.setVisible(false);
        var hint = new Paragraph(getTranslation("profiles.photo.hint"));
        hint.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL, LumoUtility.Margin.NONE);

        var controls = new Div(upload, remove, error, hint);
        controls.addClassName("photo-controls");
        add(face, controls);
    }

    /**
     * The upload's own words (its status while sending, its file buttons' accessible names) in the page's language;
     * every part is given, so nothing falls back to the web component's English.
     */
    private UploadI18N uploadWords() {
        return new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("profiles.photo.choose"))
                        .setMany(getTranslation("profiles.photo.choose")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("profiles.photo.drop"))
                        .setMany(getTranslation("profiles.photo.drop")))
                .setError(new UploadI18N.Error().setTooManyFiles(getTranslation("profiles.upload.too-many"))
                        .setFileIsTooBig(getTranslation("profiles.photo.rejected"))
                        .setIncorrectFileType(getTranslation("profiles.photo.rejected")))
                .setUploading(new UploadI18N.Uploading()
                        .setStatus(new UploadI18N.Uploading.Status()
                                .setConnecting(getTranslation("profiles.upload.connecting"))
                                .setStalled(getTranslation("profiles.upload.stalled"))
                                .setProcessing(getTranslation("profiles.upload.processing"))
                                .setHeld(getTranslation("profiles.upload.held")))
                        .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                                .setPrefix(getTranslation("profiles.upload.remaining") + " ")
                                .setUnknown(getTranslation("profiles.upload.remaining-unknown")))
                        .setError(new UploadI18N.Uploading.Error()
                                .setServerUnavailable(getTranslation("profiles.upload.unavailable"))
                                .setUnexpectedServerError(getTranslation("profiles.upload.server-error"))
                                .setForbidden(getTranslation("profiles.upload.forbidden"))))
                .setFile(new UploadI18N.File().setRetry(getTranslation("profiles.upload.retry"))
                        .setStart(getTranslation("profiles.upload.start"))
                        .setRemove(getTranslation("profiles.upload.remove")))
                .setUnits(List.of("B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"));
    }

    /** Shows the owner's face as it is now. */
    void show(AccountId owner, String name) {
        this.owner = owner;
        this.name = name;
        var faces = Faces.of(photos, owner, List.of(owner));
        face.removeAll();
        var avatar = faces.large(owner, name);
        face.add(avatar);
        remove.setVisible(avatar.showsPhoto());
    }

    private void removePhoto() {
        photos.remove(owner);
        show(owner, name);
        clearError();
        onChange.run();
        Notification.show(getTranslation("profiles.photo.removed"), 4000, Notification.Position.BOTTOM_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private void showError(String message) {
        error.setText(message);
        error.setVisible(true);
    }

    private void clearError() {
        error.setText("");
        error.setVisible(false);
    }

    /**
     * Reads the file with a cap (the browser's limit is only a courtesy), prepares and saves it outside the UI's lock,
     * since decoding takes a moment, then shows the outcome on the page.
     */
    private final class PhotoUpload implements UploadHandler {

        @Override
        public void handleUploadRequest(UploadEvent event) throws IOException {
            byte[] bytes = event.getInputStream().readNBytes(PhotoRules.MAX_BYTES + 1);
            String refusal = null;
            try {
                photos.upload(owner, bytes);
            } catch (DomainException refused) {
                refusal = DomainMessages.of(refused);
            }
            String outcome = refusal;
            UI ui = event.getUI();
            ui.access(() -> {
                upload.clearFileList();
                if (outcome != null) {
                    showError(outcome);
                    return;
                }
                clearError();
                show(owner, name);
                onChange.run();
                Notification.show(getTranslation("profiles.photo.saved"), 4000, Notification.Position.BOTTOM_CENTER)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            });
        }
    }
}
