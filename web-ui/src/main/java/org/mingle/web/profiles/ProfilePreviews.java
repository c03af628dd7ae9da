package org.mingle.web.profiles;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.theme.lumo.LumoUtility;
import org.mingle.domain.profiles.Profile;
import org.mingle.domain.profiles.ProfileField;
import org.mingle.domain.profiles.Relationship;

/** The saved profile as a fellow attendee and as anyone signed in see it, side by side. */
class ProfilePreviews extends Section {

    private final ProfileCard asAttendee = new ProfileCard("preview-attendee");
    private final ProfileCard asAnyone = new ProfileCard("preview-anyone");

    ProfilePreviews() {
        var heading = new H3(getTranslation("profiles.preview.heading"));
        heading.addClassNames(LumoUtility.Margin.Bottom.NONE);
        var note = new Paragraph(getTranslation("profiles.preview.note"));
        note.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL, LumoUtility.Margin.NONE);
        var attendee = new Div(new H4(getTranslation("profiles.preview.attendee")), asAttendee);
        attendee.addClassName("preview");
        var anyone = new Div(new H4(getTranslation("profiles.preview.anyone")), asAnyone);
        anyone.addClassName("preview");
        var both = new Div(attendee, anyone);
        both.addClassName("previews");
        add(heading, note, both);
        setId("profile-preview");
        setWidthFull();
    }

    /** @param mine the owner's own face, with their photo if they have one */
    void show(Profile profile, Faces mine) {
        asAttendee.show(profile.as(Relationship.FELLOW_ATTENDEE), face(profile, mine, Relationship.FELLOW_ATTENDEE));
        asAnyone.show(profile.as(Relationship.NONE), face(profile, mine, Relationship.NONE));
    }

    /** The photo where this audience sees it, the initials where it does not. */
    private static Avatar face(Profile profile, Faces mine, Relationship audience) {
        return profile.visibilityOf(ProfileField.PHOTO).visibleTo(audience)
                ? mine.small(profile.accountId(), profile.displayName())
                : Avatar.initials(profile.accountId(), profile.displayName(), Avatar.Size.SMALL);
    }
}
