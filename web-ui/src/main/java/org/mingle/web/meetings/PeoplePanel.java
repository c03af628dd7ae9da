package org.mingle.web.meetings;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;
import org.mingle.domain.events.Event;
import org.mingle.domain.matching.DismissalService;
import org.mingle.domain.matching.PersonToMeet;
import org.mingle.domain.matching.Reason;
import org.mingle.domain.matching.RecommendationService;
import org.mingle.domain.meetings.MeetingRequestService;
import org.mingle.domain.meetings.MeetingRequestView;
import org.mingle.domain.profiles.Profile;
import org.mingle.domain.profiles.ProfilePhotoService;
import org.mingle.domain.profiles.ProfileService;
import org.mingle.domain.registration.RegistrationService;
import org.mingle.domain.shared.AccessDeniedException;
import org.mingle.domain.shared.AccountId;
import org.mingle.web.profiles.Faces;
import org.mingle.web.shell.CurrentUser;
import org.mingle.web.shell.Routes;

/**
 * The "People to meet" tab: the recommendations for a confirmed attendee, each with their face, headline and company
 * as far as they show them, the reasons, a meeting request (or where the two stand already) and "Not for me";
 * anyone else gets a friendly word on how to get there.
 */
class PeoplePanel extends Div {

    /** Cards on the first tab: a page to look through at an event, not a directory. */
    static final int RECOMMENDATIONS = 20;

    private final RegistrationService registrations;
    private final RecommendationService recommendations;
    private final ProfileService profiles;
    private final ProfilePhotoService photos;
    private final MeetingRequestDialog requestDialog;
    private final DismissDialog dismissDialog;
    private final Runnable onChange;
    private final Runnable toRequests;

    private final Div notConfirmed = new Div();
    private final Div profileHint = new Div();
    private final Div people = new Div();
    private final Paragraph noPeople = new Paragraph();

    /**
     * @param onChange   after a meeting request: every tab as things stand now
     * @param toRequests opens the requests tab, where a request waiting for the viewer is answered
     */
    PeoplePanel(RegistrationService registrations, RecommendationService recommendations, ProfileService profiles,
                ProfilePhotoService photos, MeetingRequestService meetings, DismissalService dismissals,
                CurrentUser currentUser, Runnable onChange, Runnable toRequests) {
        this.registrations = registrations;
        this.recommendations = recommendations;
        this.profiles = profiles;
        this.photos = photos;
        this.requestDialog = new MeetingRequestDialog(meetings, currentUser);
        this.dismissDialog = new DismissDialog(dismissals, currentUser);
        this.onChange = onChange;
        this.toRequests = toRequests;
        setId("people-panel");
        addClassName("tab-panel");

        notConfirmed.setId("people-not-confirmed");
        notConfirmed.addClassName("friendly-notice");
        profileHint.setId("profile-hint");
        profileHint.addClassName("friendly-notice");
        var editProfile = Routes.link(getTranslation("meetings.people.complete-profile"), Routes.myProfile());
        editProfile.setId("profile-hint-link");
        profileHint.add(new Span(getTranslation("meetings.people.profile-hint") + " "), editProfile);

        people.setId("people-list");
        people.addClassName("people-list");
        noPeople.setId("people-empty");
        noPeople.addClassNames(LumoUtility.TextColor.SECONDARY);
        add(notConfirmed, profileHint, people, noPeople);
    }

    /** The recommendations; answers whether the viewer is a confirmed attendee, to whom they are offered. */
    boolean show(Event event, AccountId me, List<MeetingRequestView> requests) {
        people.removeAll();
        List<PersonToMeet> found;
        try {
            found = registrations.isConfirmed(event.id(), me)
                    ? recommendations.recommendations(me, event.id(), RECOMMENDATIONS) : null;
        } catch (AccessDeniedException notConfirmedAnyMore) {
            found = null;
        }
        notConfirmed.setVisible(found == null);
        if (found == null) {
            notConfirmed.removeAll();
            var back = Routes.link(getTranslation("meetings.people.go-to-event"), Routes.event(event.id()));
            back.setId("people-go-to-event");
            notConfirmed.add(new Paragraph(getTranslation("meetings.people.not-confirmed")), back);
            profileHint.setVisible(false);
            noPeople.setVisible(false);
            return false;
        }
        profileHint.setVisible(isSparse(profiles.mine(me)));
        var faces = Faces.of(photos, me, found.stream().map(PersonToMeet::accountId).toList());
        for (PersonToMeet person : found) {
            people.add(personCard(event, person, faces, MeetingState.with(person.accountId(), requests)));
        }
        noPeople.setText(getTranslation("meetings.people.empty"));
        noPeople.setVisible(found.isEmpty());
        return true;
    }

    private Div personCard(Event event, PersonToMeet person, Faces faces, MeetingState state) {
        String pid = person.accountId().toString();
        var name = Routes.link(person.displayName(), Routes.person(person.accountId(), event.id()));
        name.setId("person-name-" + pid);
        name.addClassName("event-card-title");
        var who = new Div(name);
        who.addClassName("person-card-who");
        if (person.headline() != null) {
            var headline = new Span(person.headline());
            headline.addClassName("person-card-headline");
            who.add(headline);
        }
        if (person.company() != null) {
            var company = new Span(person.company());
            company.setId("company-" + pid);
            company.addClassName("person-card-company");
            who.add(company);
        }
        var face = faces.small(person.accountId(), person.displayName());
        face.setId("face-" + pid);
        var header = new Div(face, who);
        header.addClassName("person-card-header");
        var card = new Div(header);
        card.setId("person-" + pid);
        card.addClassNames("event-card", "person-card");
        card.getElement().setAttribute("data-account-id", pid);
        card.getElement().setAttribute("data-name", person.displayName());
        card.add(reasons(person.reasons(), pid));

        var actions = new Div();
        actions.addClassName("registration-actions");
        if (state == MeetingState.NONE) {
            var ask = new Button(getTranslation("meetings.people.request"), VaadinIcon.HANDSHAKE.create());
            ask.setId("request-" + pid);
            ask.setAriaLabel(getTranslation("meetings.people.request-with", person.displayName()));
            ask.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            ask.setDisableOnClick(true);
            ask.addClickListener(click -> {
                requestDialog.open(event.id(), person.accountId(), person.displayName(), onChange);
                ask.setEnabled(true);
            });
            actions.add(ask);
        } else {
            var badge = new Span(state.label());
            badge.setId("state-" + pid);
            badge.getElement().getThemeList().add(state == MeetingState.MATCHED ? "badge success" : "badge");
            badge.getElement().setAttribute("data-state", state.name());
            actions.add(badge);
            if (state == MeetingState.ASKED_YOU) {
                var answer = new Button(getTranslation("meetings.people.answer"), click -> toRequests.run());
                answer.setId("answer-" + pid);
                answer.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                actions.add(answer);
            }
        }
        var notForMe = new Button(getTranslation("meetings.dismiss.button"), VaadinIcon.CLOSE_SMALL.create());
        notForMe.setId("not-for-me-" + pid);
        notForMe.setAriaLabel(getTranslation("meetings.dismiss.button-with", person.displayName()));
        notForMe.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        notForMe.addClickListener(click -> dismissDialog.open(event.id(), person.accountId(), person.displayName(),
                onChange));
        actions.add(notForMe);
        card.add(actions);
        return card;
    }

    /** The reasons, marked by kind (shared interest, complementary goal, new perspective) for their colour. */
    private UnorderedList reasons(List<Reason> reasons, String pid) {
        return ReasonList.of(reasons, "reasons-" + pid);
    }

    /** Without interests or goals there is little to match on, which the person should know. */
    private static boolean isSparse(Profile profile) {
        return profile.interests().isEmpty() && profile.seeking().isEmpty() && profile.offering().isEmpty();
    }
}
