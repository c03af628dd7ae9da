package org.mingle.web.meetings;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility;
import io.micronaut.context.annotation.Prototype;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.mingle.domain.curated.CuratedService;
import org.mingle.domain.endorsements.EndorsementService;
import org.mingle.domain.events.Event;
import org.mingle.domain.events.EventId;
import org.mingle.domain.events.EventService;
import org.mingle.domain.events.EventStatus;
import org.mingle.domain.meetings.BlockService;
import org.mingle.domain.meetings.MeetingRequestService;
import org.mingle.domain.profiles.ProfileNotFoundException;
import org.mingle.domain.profiles.ProfilePhotoService;
import org.mingle.domain.profiles.ProfileService;
import org.mingle.domain.profiles.ProfileView;
import org.mingle.domain.registration.RegistrationService;
import org.mingle.domain.shared.AccountId;
import org.mingle.domain.shared.DomainException;
import org.mingle.domain.shared.NotFoundException;
import org.mingle.web.curated.MarkButtons;
import org.mingle.web.endorsements.EndorsementSummary;
import org.mingle.web.profiles.Faces;
import org.mingle.web.profiles.ProfileCard;
import org.mingle.web.shell.CurrentUser;
import org.mingle.web.shell.DomainMessages;
import org.mingle.web.shell.MainLayout;
import org.mingle.web.shell.Routes;
import org.mingle.web.shell.UiErrorHandler;

/**
 * Another person's profile as the signed-in viewer may see it: fields they hide from this viewer are simply not there.
 * The viewer can block them (after a confirmation) or lift a block. Opened from an event ({@code ?event=<id>}) where
 * both hold a confirmed place, it also offers to request a meeting, or says where the two stand. An unknown or erased
 * person shows the not-found page.
 */
@Prototype
@Route(value = Routes.PERSON, layout = MainLayout.class)
public class PersonView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ProfileService profiles;
    private final BlockService blocks;
    private final EventService events;
    private final RegistrationService registrations;
    private final MeetingRequestService meetings;
    private final ProfilePhotoService photos;
    private final CurrentUser currentUser;

    private final ProfileCard card = new ProfileCard("person");
    private final EndorsementSummary endorsed = new EndorsementSummary("person");
    private final transient EndorsementService endorsements;
    private final Paragraph selfNote = new Paragraph(getTranslation("meetings.person.self"));
    private final RouterLink editProfile = Routes.link(getTranslation("meetings.person.edit-profile"),
            Routes.myProfile());
    private final Paragraph blockedNote = new Paragraph();
    private final RouterLink backToEvent = new RouterLink();
    private final Button requestMeeting = new Button(getTranslation("meetings.people.request"));
    private final Span meetingState = new Span();
    private final Button block = new Button(getTranslation("meetings.person.block"));
    private final Button unblock = new Button(getTranslation("meetings.person.unblock"));
    private final Dialog blockDialog = new Dialog();
    private final Paragraph blockText = new Paragraph();
    private final Button confirmBlock = new Button(getTranslation("meetings.person.block"));
    private final MeetingRequestDialog requestDialog;
    private final MarkButtons marks;

    private ProfileView person;
    private Optional<Event> event = Optional.empty();

    PersonView(ProfileService profiles, ProfilePhotoService photos, BlockService blocks, EventService events,
               RegistrationService registrations, MeetingRequestService meetings, EndorsementService endorsements,
               CuratedService curated, CurrentUser currentUser) {
        this.photos = photos;
        this.endorsements = endorsements;
        this.profiles = profiles;
        this.blocks = blocks;
        this.events = events;
        this.registrations = registrations;
        this.meetings = meetings;
        this.currentUser = currentUser;
        setId("person-page");
        addClassName("page");
        setPadding(true);
        requestDialog = new MeetingRequestDialog(meetings, currentUser);
        marks = new MarkButtons(curated, currentUser);

        backToEvent.setId("back-to-people");
        backToEvent.addClassName("back-link");
        backToEvent.setVisible(false);

        selfNote.setId("person-self");
        selfNote.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.NONE);
        selfNote.add(new Span(" "), editProfile);
        editProfile.setId("person-edit-profile");

        blockedNote.setId("person-blocked");
        blockedNote.addClassName("notice-error");
        blockedNote.setVisible(false);

        requestMeeting.setId("request-meeting");
        requestMeeting.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        requestMeeting.setDisableOnClick(true);
        requestMeeting.addClickListener(click -> {
            requestDialog.open(event.orElseThrow().id(), person.accountId(), person.displayName(), this::reload);
            requestMeeting.setEnabled(true);
        });
        meetingState.setId("person-meeting-state");
        meetingState.getElement().getThemeList().add("badge success");

        block.setId("block");
        block.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        block.addClickListener(click -> blockDialog.open());
        unblock.setId("unblock");
        unblock.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        unblock.setDisableOnClick(true);
        unblock.addClickListener(click -> unblock());

        var actions = new Div(requestMeeting, meetingState, block, unblock);
        actions.setId("person-actions");
        actions.addClassName("registration-actions");

        card.addClassName("profile-card-page");
        buildBlockDialog();
        add(backToEvent, card, selfNote, blockedNote, actions, marks);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent enter) {
        try {
            var viewer = currentUser.require();
            var owner = accountId(enter.getRouteParameters().get(Routes.PERSON_ID).orElse(""));
            person = profiles.view(viewer, owner);
            event = eventFrom(enter.getLocation().getQueryParameters(), viewer);
            show();
        } catch (NotFoundException notFound) {
            enter.rerouteToError(notFound, notFound.getMessage());
        }
    }

    @Override
    public String getPageTitle() {
        return (person == null ? getTranslation("meetings.person.title") : person.displayName()) + " · Mingle";
    }

    private void reload() {
        person = profiles.view(currentUser.require(), person.accountId());
        show();
    }

    private void show() {
        var me = currentUser.require();
        card.show(person, Faces.of(photos, me, List.of(person.accountId())).large(person.accountId(),
                person.displayName()));
        // Approved endorsements only: approving was the person's consent to show them wherever the profile shows.
        endorsed.show(endorsements.approvedTopicsOf(person.accountId()));
        card.add(endorsed);
        boolean self = person.accountId().equals(me);
        boolean blocked = !self && blocks.blocked(me).stream().anyMatch(b -> b.accountId().equals(person.accountId()));
        selfNote.setVisible(self);
        block.setVisible(!self && !blocked);
        unblock.setVisible(blocked);
        blockedNote.setText(getTranslation("meetings.person.blocked-note", person.displayName()));
        blockedNote.setVisible(blocked);

        event.ifPresentOrElse(shown -> {
            backToEvent.setText(getTranslation("meetings.person.back", shown.title()));
            // Setting the text replaced the icon too.
            backToEvent.addComponentAsFirst(VaadinIcon.ARROW_LEFT.create());
            Routes.aim(backToEvent, Routes.peopleToMeet(shown.id()));
            backToEvent.setVisible(true);
        }, () -> backToEvent.setVisible(false));

        var state = MeetingState.NONE;
        boolean bothAttend = false;
        if (event.isPresent() && !self && !blocked) {
            var eventId = event.get().id();
            bothAttend = registrations.isConfirmed(eventId, me) && registrations.isConfirmed(eventId, person.accountId());
            if (bothAttend) {
                state = MeetingState.with(person.accountId(), meetings.requests(me, eventId));
            }
        }
        requestMeeting.setVisible(bothAttend && state == MeetingState.NONE);
        requestMeeting.setAriaLabel(getTranslation("meetings.people.request-with", person.displayName()));
        meetingState.setText(state.label());
        meetingState.setVisible(state != MeetingState.NONE);
        // Marks are private wishes for the organizers' curated schedule, between confirmed attendees of an open event.
        if (bothAttend && event.get().status() == EventStatus.PUBLISHED) {
            marks.show(event.get().id(), person.accountId(), person.displayName());
        } else {
            marks.setVisible(false);
        }
    }

    private void buildBlockDialog() {
        blockDialog.setId("block-dialog");
        blockDialog.setWidth("32rem");
        blockDialog.setMaxWidth("calc(100vw - 2 * var(--lumo-space-m))");
        blockText.addClassNames(LumoUtility.Margin.NONE);
        blockDialog.add(blockText);
        blockDialog.addOpenedChangeListener(opened -> {
            if (opened.isOpened()) {
                blockDialog.setHeaderTitle(getTranslation("meetings.person.block-title", person.displayName()));
                blockText.setText(getTranslation("meetings.person.block-text", person.displayName()));
            }
        });
        var keep = new Button(getTranslation("meetings.person.cancel"), click -> blockDialog.close());
        keep.setId("cancel-block");
        confirmBlock.setId("confirm-block");
        confirmBlock.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirmBlock.setDisableOnClick(true);
        confirmBlock.addClickListener(click -> blockPerson());
        blockDialog.getFooter().add(keep, confirmBlock);
    }

    private void blockPerson() {
        try {
            blocks.block(currentUser.require(), person.accountId());
            blockDialog.close();
            var done = Notification.show(getTranslation("meetings.person.blocked", person.displayName()), 4000,
                    Notification.Position.BOTTOM_CENTER);
            done.addThemeVariants(NotificationVariant.LUMO_CONTRAST);
        } catch (DomainException refused) {
            blockDialog.close();
            UiErrorHandler.show(DomainMessages.of(refused));
        } finally {
            confirmBlock.setEnabled(true);
        }
        reload();
    }

    private void unblock() {
        try {
            blocks.unblock(currentUser.require(), person.accountId());
            var done = Notification.show(getTranslation("meetings.person.unblocked", person.displayName()), 4000,
                    Notification.Position.BOTTOM_CENTER);
            done.addThemeVariants(NotificationVariant.LUMO_CONTRAST);
        } finally {
            unblock.setEnabled(true);
        }
        reload();
    }

    /** The event named in the address, if it exists for this viewer; a wrong one just offers no meeting request. */
    private Optional<Event> eventFrom(QueryParameters query, AccountId viewer) {
        var id = query.getSingleParameter(Routes.PERSON_EVENT);
        if (id.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(events.get(Optional.of(viewer), EventId.fromString(id.get())));
        } catch (NotFoundException unknown) {
            return Optional.empty();
        }
    }

    /** Text that is no account id names no person. */
    private static AccountId accountId(String text) {
        try {
            return new AccountId(UUID.fromString(text));
        } catch (IllegalArgumentException notAnId) {
            throw new ProfileNotFoundException();
        }
    }
}
