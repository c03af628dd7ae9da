package org.mingle.web.profiles;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility;
import io.micronaut.context.annotation.Prototype;
import java.util.List;
import org.mingle.domain.endorsements.EndorsementService;
import org.mingle.domain.endorsements.EndorsementStatus;
import org.mingle.domain.meetings.BlockService;
import org.mingle.domain.profiles.ProfilePhotoService;
import org.mingle.domain.profiles.ProfileService;
import org.mingle.domain.publicprofiles.HandleTakenException;
import org.mingle.domain.publicprofiles.PublicProfileService;
import org.mingle.domain.shared.InvalidInputException;
import org.mingle.domain.shared.PageRequest;
import org.mingle.domain.shared.PublicUrl;
import org.mingle.web.publicprofiles.PublicPageSection;
import org.mingle.web.shell.CurrentUser;
import org.mingle.web.shell.MainLayout;
import org.mingle.web.shell.Routes;
import org.mingle.web.shell.Translations;

/**
 * The signed-in person's networking profile: their photo ({@link PhotoSection}), who they are, what they are into,
 * what they look for and offer, and their links, each field with its own audience ({@link ProfileForm}). The domain validates; each refused field shows
 * its message next to it. Below the form, the saved profile as a fellow attendee and as any signed-in person see it
 * ({@link ProfilePreviews}), and the people this person blocked ({@link BlockedPeople}). The public page's settings
 * ({@link PublicPageSection}) are saved with the form, in one go.
 */
@Prototype
@Route(value = Routes.MY_PROFILE, layout = MainLayout.class)
public class MyProfileView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ProfileService profiles;
    private final PublicProfileService publicProfiles;
    private final ProfilePhotoService photos;
    private final CurrentUser currentUser;

    private final PhotoSection photo;
    private final ProfileForm form;
    private final PublicPageSection publicPage;
    private final Div formError = new Div();
    private final Button save = new Button();
    private final ProfilePreviews previews = new ProfilePreviews();
    private final BlockedPeople blocked;
    private final transient EndorsementService endorsements;
    private final RouterLink endorsementsLink = Routes.link("", Routes.myEndorsements());

    MyProfileView(ProfileService profiles, PublicProfileService publicProfiles, ProfilePhotoService photos,
                  BlockService blocks, EndorsementService endorsements, CurrentUser currentUser, PublicUrl publicUrl) {
        this.profiles = profiles;
        this.publicProfiles = publicProfiles;
        this.endorsements = endorsements;
        this.photos = photos;
        this.currentUser = currentUser;
        setId("my-profile");
        addClassName("page");
        setPadding(true);

        var heading = new H1(getTranslation("profiles.mine.heading"));
        heading.addClassNames(LumoUtility.Margin.NONE);
        var intro = new Paragraph(getTranslation("profiles.mine.intro"));
        intro.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.NONE);

        photo = new PhotoSection(photos, () -> previews.show(profiles.mine(currentUser.require()), myFace()));
        form = new ProfileForm(profiles, photo);
        publicPage = new PublicPageSection(publicUrl);
        formError.setId("profile-form-error");
        formError.addClassNames(LumoUtility.TextColor.ERROR);
        formError.setVisible(false);

        save.setText(getTranslation("profiles.mine.save"));
        save.setId("save-profile");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setDisableOnClick(true);
        save.addClickListener(click -> save());

        blocked = new BlockedPeople(blocks, currentUser);
        endorsementsLink.setId("my-endorsements-link");
        add(heading, intro, endorsementsLink, form, publicPage, formError, save, previews, blocked);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("profiles.mine.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent enter) {
        var own = publicProfiles.mine(currentUser.require());
        var mine = own.profile();
        photo.show(mine.accountId(), mine.displayName());
        form.fill(mine);
        publicPage.fill(own.publicSettings());
        clearFormError();
        previews.show(mine, myFace());
        blocked.show();
        long waiting = endorsements.received(mine.accountId(), EndorsementStatus.PENDING, PageRequest.of(0, 1)).total();
        endorsementsLink.setText(waiting == 0 ? getTranslation("endorsements.profile.link")
                : Translations.plural("endorsements.profile.link-waiting", waiting));
    }

    private void save() {
        try {
            form.clearErrors();
            publicPage.clearErrors();
            clearFormError();
            var own = publicProfiles.save(currentUser.require(), form.input(), publicPage.input());
            var saved = own.profile();
            form.fill(saved);
            publicPage.fill(own.publicSettings());
            photo.show(saved.accountId(), saved.displayName());
            previews.show(saved, myFace());
            var done = Notification.show(getTranslation("profiles.mine.saved"), 4000,
                    Notification.Position.BOTTOM_CENTER);
            done.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (HandleTakenException taken) {
            publicPage.showTaken(getTranslation("publicprofile.section.taken", taken.handle()));
        } catch (InvalidInputException invalid) {
            // The section places the handle's message; what neither places (the public page switch) goes below.
            List<String> unplaced = form.showErrors(invalid.errors().stream()
                    .filter(error -> !error.field().equals("handle")).toList());
            publicPage.showErrors(invalid.errors().stream().filter(error -> error.field().equals("handle")).toList());
            formError.setText(String.join(" ", unplaced));
            formError.setVisible(!unplaced.isEmpty());
        } finally {
            save.setEnabled(true);
        }
    }

    private Faces myFace() {
        var me = currentUser.require();
        return Faces.of(photos, me, List.of(me));
    }

    private void clearFormError() {
        formError.setText("");
        formError.setVisible(false);
    }
}
