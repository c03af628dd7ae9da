package org.mingle.web.meetings;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility;
import io.micronaut.context.annotation.Prototype;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.mingle.domain.accounts.AccountId;
import org.mingle.domain.connections.ConnectionService;
import org.mingle.domain.connections.ConnectionSource;
import org.mingle.domain.events.Event;
import org.mingle.domain.events.EventId;
import org.mingle.domain.events.EventService;
import org.mingle.domain.events.EventStatus;
import org.mingle.domain.matching.PersonToMeet;
import org.mingle.domain.matching.Reason;
import org.mingle.domain.matching.RecommendationService;
import org.mingle.domain.meetings.MeetingRequest;
import org.mingle.domain.meetings.MeetingRequestService;
import org.mingle.domain.meetings.MeetingRequestStatus;
import org.mingle.domain.meetings.MeetingRequestView;
import org.mingle.domain.meetings.MeetingScheduleService;
import org.mingle.domain.meetings.ScheduledMeeting;
import org.mingle.domain.profiles.Profile;
import org.mingle.domain.profiles.ProfileService;
import org.mingle.domain.registration.RegistrationService;
import org.mingle.domain.shared.AccessDeniedException;
import org.mingle.domain.shared.DomainException;
import org.mingle.domain.shared.FieldError;
import org.mingle.domain.shared.InvalidInputException;
import org.mingle.domain.shared.NotFoundException;
import org.mingle.web.connections.AddConnectionDialog;
import org.mingle.web.connections.WeMetButton;
import org.mingle.web.profiles.ProfileCard;
import org.mingle.web.shell.CurrentUser;
import org.mingle.web.shell.MainLayout;
import org.mingle.web.shell.Routes;
import org.mingle.web.shell.UiErrorHandler;

/**
 * Networking at one event, in three tabs. "People to meet": the recommendations for a confirmed attendee, each with
 * its reasons and a meeting request (or where the two stand already); anyone else gets a friendly word on how to get
 * there. "Requests": requests waiting for the viewer's answer, the viewer's own unanswered ones, and earlier ones.
 * "My matches": accepted requests, with the other person's profile as far as they show it, links included, and the
 * meeting's time and table once it has them; either person may propose another free time, which the other accepts or
 * declines. The tab is part of the address ({@code ?tab=requests}), so a reload or a shared link opens the same tab.
 * A confirmed attendee records having met a match with "We met", and anyone else met there with "Add a connection"
 * (found by name); both land in "My network".
 */
@Prototype
@Route(value = Routes.PEOPLE_TO_MEET, layout = MainLayout.class)
public class PeopleToMeetView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String TAB_PARAMETER = "tab";
    /** Cards on the first tab: a page to look through at an event, not a directory. */
    static final int RECOMMENDATIONS = 20;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM, HH:mm", Locale.ENGLISH);

    /** The tabs, by their name in the address. */
    enum Section {
        PEOPLE("people"), REQUESTS("requests"), MATCHES("matches");

        final String key;

        Section(String key) {
            this.key = key;
        }

        static Section of(String key) {
            return Arrays.stream(values()).filter(section -> section.key.equals(key)).findFirst().orElse(PEOPLE);
        }
    }

    private final EventService events;
    private final RegistrationService registrations;
    private final RecommendationService recommendations;
    private final MeetingRequestService meetings;
    private final MeetingScheduleService schedule;
    private final ProfileService profiles;
    private final ConnectionService connections;
    private final CurrentUser currentUser;

    private final RouterLink eventLink = new RouterLink();
    private final Tab peopleTab = new Tab("People to meet");
    private final Span incomingCount = new Span();
    private final Tab requestsTab = new Tab(new Span("Requests"), incomingCount);
    private final Tab matchesTab = new Tab("My matches");
    private final Tabs tabs = new Tabs(peopleTab, requestsTab, matchesTab);

    private final Div peoplePanel = new Div();
    private final Div notConfirmed = new Div();
    private final Div profileHint = new Div();
    private final Div people = new Div();
    private final Paragraph noPeople = new Paragraph();

    private final Div requestsPanel = new Div();
    private final Div incoming = new Div();
    private final Div outgoing = new Div();
    private final Div past = new Div();

    private final Div matchesPanel = new Div();
    private final Div matches = new Div();
    private final Paragraph noMatches = new Paragraph("No matches yet. When someone accepts your request, or you "
            + "accept theirs, they appear here with their contact details.");

    private final MeetingRequestDialog requestDialog;
    private final ProposeTimeDialog proposeDialog;
    private final AddConnectionDialog addConnectionDialog;
    private final Button addConnection = new Button("Add a connection", VaadinIcon.PLUS.create());

    private Event event;
    private Section section = Section.PEOPLE;

    PeopleToMeetView(EventService events, RegistrationService registrations, RecommendationService recommendations,
                     MeetingRequestService meetings, MeetingScheduleService schedule, ProfileService profiles,
                     ConnectionService connections, CurrentUser currentUser) {
        this.events = events;
        this.registrations = registrations;
        this.recommendations = recommendations;
        this.meetings = meetings;
        this.schedule = schedule;
        this.profiles = profiles;
        this.connections = connections;
        this.currentUser = currentUser;
        setId("people-to-meet");
        addClassName("page");
        setPadding(true);
        requestDialog = new MeetingRequestDialog(meetings, currentUser);
        proposeDialog = new ProposeTimeDialog(schedule, currentUser);
        addConnectionDialog = new AddConnectionDialog(connections, currentUser);

        var heading = new H2("People to meet");
        heading.addClassNames(LumoUtility.Margin.NONE);
        eventLink.setId("people-event");
        eventLink.addClassName("back-link");

        peopleTab.setId("tab-people");
        requestsTab.setId("tab-requests");
        matchesTab.setId("tab-matches");
        incomingCount.setId("incoming-count");
        incomingCount.getElement().getThemeList().add("badge pill small contrast");
        incomingCount.addClassNames(LumoUtility.Margin.Left.XSMALL);
        tabs.setId("people-tabs");
        tabs.setWidthFull();
        tabs.addSelectedChangeListener(change -> {
            var chosen = sectionOf(change.getSelectedTab());
            if (chosen != section) {
                select(chosen);
            }
        });

        addConnection.setId("add-connection");
        addConnection.addThemeVariants(ButtonVariant.LUMO_SMALL);
        addConnection.setDisableOnClick(true);
        addConnection.addClickListener(click -> {
            addConnectionDialog.open(event.id(), this::refresh);
            addConnection.setEnabled(true);
        });
        var pageActions = new Div(eventLink, addConnection);
        pageActions.setId("people-page-actions");
        pageActions.addClassNames("registration-actions", "people-page-actions");

        buildPeoplePanel();
        buildRequestsPanel();
        buildMatchesPanel();
        add(heading, pageActions, tabs, peoplePanel, requestsPanel, matchesPanel);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent enter) {
        String id = enter.getRouteParameters().get(Routes.EVENT_ID).orElse("");
        try {
            event = events.get(currentUser.account(), EventId.fromString(id));
        } catch (NotFoundException notFound) {
            enter.rerouteToError(notFound, notFound.getMessage());
            return;
        }
        eventLink.setText(event.title());
        Routes.aim(eventLink, Routes.event(event.id()));
        eventLink.addComponentAsFirst(VaadinIcon.ARROW_LEFT.create());
        section = Section.of(enter.getLocation().getQueryParameters().getSingleParameter(TAB_PARAMETER).orElse(""));
        refresh();
        showSection();
    }

    @Override
    public String getPageTitle() {
        return "People to meet" + (event == null ? "" : " · " + event.title()) + " · Mingle";
    }

    /** The address of a tab, kept in the browser's address bar so that a reload opens the same tab. */
    private static String location(EventId event, Section section) {
        String path = Routes.peopleToMeet(event).getPath();
        return section == Section.PEOPLE ? path
                : path + "?" + QueryParameters.simple(Map.of(TAB_PARAMETER, section.key)).getQueryString();
    }

    private void select(Section chosen) {
        section = chosen;
        showSection();
        UI.getCurrent().getPage().getHistory().replaceState(null, location(event.id(), chosen));
    }

    private void showSection() {
        tabs.setSelectedTab(switch (section) {
            case PEOPLE -> peopleTab;
            case REQUESTS -> requestsTab;
            case MATCHES -> matchesTab;
        });
        peoplePanel.setVisible(section == Section.PEOPLE);
        requestsPanel.setVisible(section == Section.REQUESTS);
        matchesPanel.setVisible(section == Section.MATCHES);
    }

    private Section sectionOf(Tab tab) {
        return tab == requestsTab ? Section.REQUESTS : tab == matchesTab ? Section.MATCHES : Section.PEOPLE;
    }

    /** Every tab as things stand now: a request changes the cards, the inbox and the matches at once. */
    private void refresh() {
        var me = currentUser.require();
        List<MeetingRequestView> requests = meetings.requests(me, event.id());
        boolean connects = showPeople(me, requests) && WeMetButton.offeredAt(event.status());
        addConnection.setVisible(connects);
        showRequests(requests);
        showMatches(schedule.mine(me, event.id()),
                connects ? WeMetButton.connectedAt(connections, me, event.id()) : null);
    }

    // People to meet

    private void buildPeoplePanel() {
        peoplePanel.setId("people-panel");
        peoplePanel.addClassName("tab-panel");

        notConfirmed.setId("people-not-confirmed");
        notConfirmed.addClassName("friendly-notice");
        profileHint.setId("profile-hint");
        profileHint.addClassName("friendly-notice");
        var editProfile = Routes.link("Complete your profile", Routes.myProfile());
        editProfile.setId("profile-hint-link");
        profileHint.add(new Span("Add your interests and what you are looking for or offering: the more you "
                + "share with attendees, the better your suggestions. "), editProfile);

        people.setId("people-list");
        people.addClassName("people-list");
        noPeople.setId("people-empty");
        noPeople.addClassNames(LumoUtility.TextColor.SECONDARY);
        peoplePanel.add(notConfirmed, profileHint, people, noPeople);
    }

    /** The recommendations; answers whether the viewer is a confirmed attendee, to whom they are offered. */
    private boolean showPeople(AccountId me, List<MeetingRequestView> requests) {
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
            var back = Routes.link("Go to the event", Routes.event(event.id()));
            back.setId("people-go-to-event");
            notConfirmed.add(new Paragraph("People to meet is for confirmed attendees of this event. Once your "
                    + "place is confirmed, you will find the people worth meeting here, and why."), back);
            profileHint.setVisible(false);
            noPeople.setVisible(false);
            return false;
        }
        profileHint.setVisible(isSparse(profiles.mine(me)));
        for (PersonToMeet person : found) {
            people.add(personCard(person, MeetingState.with(person.accountId(), requests)));
        }
        noPeople.setText("No suggestions yet: as more people confirm their place and fill in their profiles, they "
                + "appear here.");
        noPeople.setVisible(found.isEmpty());
        return true;
    }

    private Div personCard(PersonToMeet person, MeetingState state) {
        String pid = person.accountId().toString();
        var name = Routes.link(person.displayName(), Routes.person(person.accountId(), event.id()));
        name.setId("person-name-" + pid);
        name.addClassName("event-card-title");
        var card = new Div(name);
        card.setId("person-" + pid);
        card.addClassNames("event-card", "person-card");
        card.getElement().setAttribute("data-account-id", pid);
        card.getElement().setAttribute("data-name", person.displayName());
        if (person.headline() != null) {
            var headline = new Span(person.headline());
            headline.addClassName("person-card-headline");
            card.add(headline);
        }
        card.add(reasons(person.reasons(), pid));

        var actions = new Div();
        actions.addClassName("registration-actions");
        if (state == MeetingState.NONE) {
            var ask = new Button("Request a meeting", VaadinIcon.HANDSHAKE.create());
            ask.setId("request-" + pid);
            ask.setAriaLabel("Request a meeting with " + person.displayName());
            ask.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            ask.setDisableOnClick(true);
            ask.addClickListener(click -> {
                requestDialog.open(event.id(), person.accountId(), person.displayName(), this::refresh);
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
                var answer = new Button("Answer", click -> select(Section.REQUESTS));
                answer.setId("answer-" + pid);
                answer.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                actions.add(answer);
            }
        }
        card.add(actions);
        return card;
    }

    /** The reasons, marked by kind (shared interest, complementary goal, new perspective) for their colour. */
    private static UnorderedList reasons(List<Reason> reasons, String pid) {
        var list = new UnorderedList();
        list.setId("reasons-" + pid);
        list.addClassName("reasons");
        for (Reason reason : reasons) {
            var item = new ListItem(reason.detail());
            String kind = reason.kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
            item.addClassNames("reason", "reason-" + kind);
            item.getElement().setAttribute("data-kind", reason.kind().name());
            list.add(item);
        }
        return list;
    }

    /** Without interests or goals there is little to match on, which the person should know. */
    private static boolean isSparse(Profile profile) {
        return profile.interests().isEmpty() && profile.seeking().isEmpty() && profile.offering().isEmpty();
    }

    // Requests

    private void buildRequestsPanel() {
        requestsPanel.setId("requests-panel");
        requestsPanel.addClassName("tab-panel");
        incoming.setId("incoming-requests");
        outgoing.setId("outgoing-requests");
        past.setId("past-requests");
        requestsPanel.add(
                list("Waiting for your answer", incoming),
                list("Sent by you", outgoing),
                list("Earlier", past));
    }

    private void showRequests(List<MeetingRequestView> requests) {
        fill(incoming, requests, view -> view.incoming() && pending(view),
                "Nobody is waiting for your answer.");
        fill(outgoing, requests, view -> !view.incoming() && pending(view),
                "You have no unanswered requests out.");
        fill(past, requests, view -> !pending(view), "Nothing yet.");
        long waiting = requests.stream().filter(view -> view.incoming() && pending(view)).count();
        incomingCount.setText(Long.toString(waiting));
        incomingCount.setVisible(waiting > 0);
        incomingCount.getElement().setAttribute("aria-label", waiting + " waiting for your answer");
    }

    private void fill(Div list, List<MeetingRequestView> requests, Predicate<MeetingRequestView> which,
                      String empty) {
        list.removeAll();
        requests.stream().filter(which).forEach(view -> list.add(requestCard(view)));
        if (list.getComponentCount() == 0) {
            var none = new Paragraph(empty);
            none.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.NONE, "empty-list");
            list.add(none);
        }
    }

    private Div requestCard(MeetingRequestView view) {
        MeetingRequest request = view.request();
        var other = view.other();
        String pid = other.accountId().toString();
        var name = Routes.link(other.displayName(), Routes.person(other.accountId(), event.id()));
        name.addClassName("request-card-name");
        var when = new Span((view.incoming() ? "Asked you " : "You asked ") + when(request.createdAt()));
        when.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        var card = new Div(name);
        card.setId("request-" + request.id());
        card.addClassName("request-card");
        card.getElement().setAttribute("data-status", request.status().name());
        card.getElement().setAttribute("data-account-id", pid);
        card.getElement().setAttribute("data-name", other.displayName());
        if (other.headline() != null && !other.headline().isEmpty()) {
            var headline = new Span(other.headline());
            headline.addClassNames(LumoUtility.FontSize.SMALL);
            card.add(headline);
        }
        card.add(when);
        if (request.message() != null) {
            var message = new Paragraph(request.message());
            message.setId("message-" + request.id());
            message.addClassName("request-message");
            card.add(message);
        }
        card.add(requestActions(view));
        return card;
    }

    /**
     * Pending incoming requests are answered, pending outgoing ones cancelled; a pair has one open request at most, so
     * these buttons are named after the other person, which a test or a screen reader can find without the request id.
     */
    private Div requestActions(MeetingRequestView view) {
        var actions = new Div();
        actions.addClassName("registration-actions");
        MeetingRequest request = view.request();
        String pid = view.other().accountId().toString();
        String name = view.other().displayName();
        if (request.status() != MeetingRequestStatus.PENDING) {
            var status = new Span(outcome(view));
            status.getElement().getThemeList().add(request.status() == MeetingRequestStatus.ACCEPTED
                    ? "badge success" : "badge contrast");
            actions.add(status);
        } else if (view.incoming()) {
            var accept = new Button("Accept");
            accept.setId("accept-" + pid);
            accept.setAriaLabel("Accept meeting request from " + name);
            accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
            var decline = new Button("Decline");
            decline.setId("decline-" + pid);
            decline.setAriaLabel("Decline meeting request from " + name);
            decline.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            respondOnClick(accept, () -> meetings.accept(currentUser.require(), event.id(), request.id()),
                    "You and " + name + " are a match. Their contact details are under My matches.");
            respondOnClick(decline, () -> meetings.decline(currentUser.require(), event.id(), request.id()),
                    "Request declined.");
            actions.add(accept, decline);
        } else {
            var cancel = new Button("Cancel request");
            cancel.setId("cancel-request-" + pid);
            cancel.setAriaLabel("Cancel meeting request to " + name);
            cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            respondOnClick(cancel, () -> meetings.cancel(currentUser.require(), event.id(), request.id()),
                    "Request cancelled.");
            actions.add(cancel);
        }
        return actions;
    }

    /** One answer per click: the button stays disabled until the domain has answered and the lists are redrawn. */
    private void respondOnClick(Button button, Supplier<MeetingRequest> answer, String done) {
        button.setDisableOnClick(true);
        button.addClickListener(click -> {
            try {
                answer.get();
                var shown = Notification.show(done, 5000, Notification.Position.BOTTOM_CENTER);
                shown.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (DomainException refused) {
                UiErrorHandler.show(refused.getMessage());
            } finally {
                button.setEnabled(true);
            }
            refresh();
        });
    }

    private static String outcome(MeetingRequestView view) {
        return switch (view.request().status()) {
            case ACCEPTED -> "Matched";
            case DECLINED -> view.incoming() ? "You declined" : "Declined";
            case CANCELLED -> view.incoming() ? "Cancelled" : "You cancelled it";
            case PENDING -> "Waiting";
        };
    }

    private static boolean pending(MeetingRequestView view) {
        return view.request().status() == MeetingRequestStatus.PENDING;
    }

    // My matches

    private void buildMatchesPanel() {
        matchesPanel.setId("matches-panel");
        matchesPanel.addClassName("tab-panel");
        matches.setId("matches");
        matches.addClassName("matches-list");
        noMatches.setId("matches-empty");
        noMatches.addClassNames(LumoUtility.TextColor.SECONDARY);
        matchesPanel.add(matches, noMatches);
    }

    /**
     * The matches, each with its meeting and, for a confirmed attendee, "We met" to add the person to their network.
     *
     * @param connected whom the viewer is connected with at the event; {@code null} when "We met" is not offered
     */
    private void showMatches(List<ScheduledMeeting> mine, Set<AccountId> connected) {
        matches.removeAll();
        for (ScheduledMeeting meeting : mine) {
            var view = meeting.match();
            String pid = view.other().accountId().toString();
            var card = new ProfileCard("match-" + pid, view.other());
            card.getElement().setAttribute("data-meeting", meeting.id().toString());
            var since = new Span("Matched " + when(view.request().respondedAt()));
            since.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
            card.add(since, meetingTime(meeting, pid));
            if (connected != null) {
                var other = view.other();
                var weMet = new WeMetButton("we-met-" + pid, "We met", connections, currentUser, event.id(),
                        other.accountId(), other.displayName(), ConnectionSource.MEETING,
                        connected.contains(other.accountId()), null);
                var actions = new Div(weMet);
                actions.addClassName("registration-actions");
                card.add(actions);
            }
            matches.add(card);
        }
        noMatches.setVisible(matches.getComponentCount() == 0);
    }

    /**
     * When and where the two meet, or that they get a time as soon as one is free; a proposed other time with the
     * buttons that answer it (the other person's) or withdraw it (the viewer's own); and a way to propose another.
     */
    private Div meetingTime(ScheduledMeeting meeting, String pid) {
        String name = meeting.match().other().displayName();
        var block = new Div();
        block.setId("match-" + pid + "-meeting");
        block.addClassName("match-meeting");
        var time = new Span(meeting.slot() == null
                ? "No time yet \u2014 you get one as soon as a slot is free for both of you"
                : MeetingTimes.place(meeting.slot(), meeting.table(), zone()));
        time.setId("match-" + pid + "-time");
        time.addClassName(meeting.slot() == null ? "match-time-waiting" : "match-time");
        block.add(time);
        if (meeting.slot() != null) {
            block.getElement().setAttribute("data-starts-at", meeting.slot().startsAt().toString());
        }
        var actions = new Div();
        actions.addClassName("registration-actions");
        // Times change only while the event is open; afterwards a proposal can still be dropped.
        boolean open = event.status() == EventStatus.PUBLISHED;
        var proposal = meeting.proposal();
        if (proposal != null) {
            String proposed = MeetingTimes.spanBeside(proposal.slot(), meeting.slot(), zone());
            var text = new Span(proposal.byViewer() ? "You proposed " + proposed : name + " proposes " + proposed);
            text.setId("match-" + pid + "-proposal");
            text.addClassName("match-proposal");
            text.getElement().setAttribute("data-by-viewer", Boolean.toString(proposal.byViewer()));
            block.add(text);
            if (proposal.byViewer()) {
                var withdraw = new Button("Withdraw");
                withdraw.setId("withdraw-time-" + pid);
                withdraw.setAriaLabel("Withdraw the time you proposed to " + name);
                withdraw.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                answerOnClick(withdraw, () -> schedule.dropProposal(currentUser.require(), event.id(), meeting.id()),
                        "Proposal withdrawn. Your meeting keeps its time.");
                actions.add(withdraw);
            } else {
                var decline = new Button("Decline");
                decline.setId("decline-time-" + pid);
                decline.setAriaLabel("Decline the time " + name + " proposes");
                decline.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY,
                        ButtonVariant.LUMO_SMALL);
                answerOnClick(decline, () -> schedule.dropProposal(currentUser.require(), event.id(), meeting.id()),
                        "Proposal declined. Your meeting keeps its time.");
                var accept = new Button("Accept");
                accept.setId("accept-time-" + pid);
                accept.setAriaLabel("Accept the time " + name + " proposes");
                accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS,
                        ButtonVariant.LUMO_SMALL);
                answerOnClick(accept, () -> schedule.acceptProposal(currentUser.require(), event.id(), meeting.id()),
                        "Your meeting with " + name + " moves to " + MeetingTimes.day(proposal.slot(), zone()) + ".");
                accept.setVisible(open);
                actions.add(accept, decline);
            }
        }
        if (meeting.slot() != null && open) {
            var other = new Button("Propose another time", VaadinIcon.CLOCK.create());
            other.setId("propose-time-" + pid);
            other.setAriaLabel("Propose another time to " + name);
            other.addThemeVariants(ButtonVariant.LUMO_SMALL);
            other.setDisableOnClick(true);
            other.addClickListener(click -> {
                proposeDialog.open(event.id(), meeting, zone(), this::refresh);
                other.setEnabled(true);
            });
            actions.add(other);
        }
        if (actions.getComponentCount() > 0) {
            block.add(actions);
        }
        return block;
    }

    /** One answer per click, as for requests; a refusal is said in words and the tab shows things as they are now. */
    private void answerOnClick(Button button, Supplier<ScheduledMeeting> answer, String done) {
        button.setDisableOnClick(true);
        button.addClickListener(click -> {
            try {
                answer.get();
                var shown = Notification.show(done, 5000, Notification.Position.BOTTOM_CENTER);
                shown.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (InvalidInputException invalid) {
                UiErrorHandler.show(readable(invalid));
            } catch (DomainException refused) {
                UiErrorHandler.show(refused.getMessage());
            } finally {
                button.setEnabled(true);
            }
            refresh();
        });
    }

    /** "That time is not a free slot for both of you." rather than the field name and a fragment. */
    private static String readable(InvalidInputException invalid) {
        StringBuilder text = new StringBuilder();
        for (FieldError error : invalid.errors()) {
            String subject = "startsAt".equals(error.field()) ? "That time" : "The input";
            text.append(text.length() == 0 ? "" : " ").append(subject).append(' ').append(error.message()).append('.');
        }
        return text.toString();
    }

    // Shared

    private static Div list(String title, Component content) {
        var heading = new H3(title);
        heading.addClassNames(LumoUtility.Margin.Bottom.XSMALL, LumoUtility.FontSize.MEDIUM);
        content.getElement().getClassList().add("request-list");
        var block = new Div(heading, content);
        block.addClassName("request-block");
        return block;
    }

    /** A moment in the event's own time zone, where both people are. */
    private String when(Instant instant) {
        return instant == null ? "" : WHEN.format(instant.atZone(zone()));
    }

    private ZoneId zone() {
        return event.details().timeZone();
    }
}
