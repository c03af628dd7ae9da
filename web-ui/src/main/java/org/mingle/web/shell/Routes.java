package org.mingle.web.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.LinkedHashMap;
import java.util.List;
import org.mingle.domain.accounts.PasswordResetService;
import org.mingle.domain.connections.ConnectionId;
import org.mingle.domain.connections.ConnectionService;
import org.mingle.domain.contacts.ContactService;
import org.mingle.domain.endorsements.EndorsementService;
import org.mingle.domain.events.EventId;
import org.mingle.domain.events.TeamInvitationService;
import org.mingle.domain.moderation.ModerationService;
import org.mingle.domain.notifications.CheckInCodeLinks;
import org.mingle.domain.notifications.MeetingReplies;
import org.mingle.domain.notifications.NotificationService;
import org.mingle.domain.shared.AccountId;
import org.mingle.domain.shared.GroupId;
import org.mingle.domain.shared.SeriesId;

/**
 * Where Mingle's pages are: the route template of each page (for its {@code @Route}) and, for each page, a typed
 * method answering its location. A page links to or opens another feature's page through these methods, never
 * through the other page's class, so the web UI's features do not depend on each other's views.
 *
 * <p>The templates and the methods sit side by side, so a location cannot drift from its template; {@code RoutesTest}
 * checks that every location opens the page it names.
 */
public final class Routes {

    /** The route parameter naming the event in every page of one event. */
    public static final String EVENT_ID = "id";
    /** The route parameter naming the person on a person's page. */
    public static final String PERSON_ID = "id";
    /** The query parameter of a person's page naming the event it was opened from. */
    public static final String PERSON_EVENT = "event";
    /** The query parameter of the network page naming the connection it opens (follow-up notices link with it). */
    public static final String NETWORK_CONNECTION = ConnectionService.NETWORK_CONNECTION;
    /** The query parameter of the log-in page picking one of its notices. */
    public static final String LOG_IN_NOTICE = "notice";
    /** The log-in page's notice after logging out. */
    public static final String LOGGED_OUT = "logged-out";
    /** The log-in page's notice after the account was erased. */
    public static final String ACCOUNT_DELETED = "account-deleted";
    /** The log-in page's notice after a new password was chosen with a reset link. */
    public static final String PASSWORD_CHANGED = "password-changed";
    /** The query parameter of the pages links in mail open (password reset, unsubscribe, meeting reply). */
    public static final String MAIL_TOKEN = "token";
    /** The query parameter of the sign-up page that fills in the email address (from a team invitation). */
    public static final String SIGN_UP_EMAIL = "email";
    /**
     * The query parameter of the team invitation page saying that the visitor chose to join on it and then signed up
     * or logged in: the page then accepts at once, for the invited address only.
     */
    public static final String JOIN = "join";

    /** The route parameter naming the series on a series' page. */
    public static final String SERIES_ID = "id";
    /** The query parameter of the page that creates a series, naming the group it belongs to. */
    public static final String SERIES_GROUP = "group";

    public static final String EVENTS = "";
    public static final String EVENTS_ALIAS = "events";
    public static final String CREATE_EVENT = "events/new";
    public static final String MY_EVENTS = "my-events";
    public static final String EVENT = "events/:" + EVENT_ID;
    public static final String EVENT_DASHBOARD = EVENT + "/manage";
    public static final String CHECK_IN = EVENT + "/check-in";
    public static final String PEOPLE_TO_MEET = EVENT + "/people";
    public static final String MEETING_SCHEDULE = EVENT + "/meetings";
    public static final String ROUNDS = EVENT + "/rounds";
    public static final String CURATED_SCHEDULE = EVENT + "/curated";
    public static final String AGENDA = EVENT + "/agenda";
    public static final String CATEGORIES = EVENT + "/categories";
    public static final String MY_ROUNDS = EVENT + "/my-rounds";
    public static final String MY_MEETINGS = EVENT + "/my-meetings";
    public static final String MY_CODES = EVENT + "/my-code";
    public static final String EVENT_NETWORK = EVENT + "/network";
    public static final String EVENT_REPORT = EVENT + "/report";
    public static final String MY_REPORT = EVENT + "/my-report";
    public static final String WEBHOOKS = EVENT + "/webhooks";
    public static final String MY_REGISTRATIONS = "my-registrations";
    public static final String GROUP_SLUG = "slug";
    public static final String GROUP = "g/:" + GROUP_SLUG;
    public static final String GROUP_MEMBERS = GROUP + "/members";
    public static final String GROUP_REPORT = GROUP + "/report";
    public static final String CREATE_GROUP = "groups/new";
    public static final String MY_GROUPS = "me/groups";
    /** The query parameter of the event form that presets the event's group. */
    public static final String EVENT_GROUP = "group";
    public static final String PERSON = "people/:" + PERSON_ID;
    public static final String MY_PROFILE = "profile";
    /** The endorsements one received; notices of a new one link there, built by the domain with the same path. */
    public static final String MY_ENDORSEMENTS = EndorsementService.ENDORSEMENTS_PAGE;
    /** The network; the domain builds the links of follow-up notices with the same path. */
    public static final String NETWORK = ConnectionService.NETWORK_PAGE;
    /** One contact's page: the timeline across events and keeping in touch (decision 48). */
    public static final String CONTACT_ID = "id";
    public static final String CONTACT = ContactService.CONTACT_PAGE + "/:" + CONTACT_ID;
    public static final String MY_CONNECT_CODE = "me/connect";
    public static final String SCAN_CONNECT_CODE = "me/scan";
    public static final String LOG_IN = "login";
    public static final String SIGN_UP = "signup";
    public static final String ACCOUNT = "account";
    public static final String NOTIFICATIONS = "notifications";
    /** The pages links in mail open; the domain builds those links with the same paths. */
    public static final String UNSUBSCRIBE = NotificationService.UNSUBSCRIBE_PAGE;
    public static final String CHECK_IN_CODE_LINK = CheckInCodeLinks.PAGE;
    public static final String MEETING_REPLY = MeetingReplies.PAGE;
    public static final String TEAM_INVITATION = TeamInvitationService.PAGE;
    public static final String FORGOT_PASSWORD = "forgot-password";
    /** The page a password-reset mail links to; the domain builds that link with the same path. */
    public static final String RESET_PASSWORD = PasswordResetService.PAGE;
    public static final String ADMIN_REPORTS = ModerationService.ADMIN_PAGE;

    public static final String CREATE_SERIES = "series/new";
    public static final String SERIES = "series/:" + SERIES_ID;

    private Routes() {
    }

    /** The upcoming events, Mingle's start page. */
    public static Location events() {
        return new Location(EVENTS);
    }

    public static Location createEvent() {
        return new Location(CREATE_EVENT);
    }

    public static Location group(String slug) {
        return new Location("g/" + slug);
    }

    public static Location groupReport(String slug) {
        return new Location("g/" + slug + "/report");
    }

    public static Location groupMembers(String slug) {
        return new Location("g/" + slug + "/members");
    }

    public static Location createGroup() {
        return new Location(CREATE_GROUP);
    }

    public static Location myGroups() {
        return new Location(MY_GROUPS);
    }

    /** The event form with the group preset: the event will belong to it. */
    public static Location createEventInGroup(GroupId group) {
        return new Location(CREATE_EVENT, QueryParameters.of(EVENT_GROUP, group.toString()));
    }

    public static Location adminReports() {
        return new Location(ADMIN_REPORTS);
    }

    public static Location myEvents() {
        return new Location(MY_EVENTS);
    }

    public static Location event(EventId event) {
        return ofEvent(EVENT, event);
    }

    public static Location eventDashboard(EventId event) {
        return ofEvent(EVENT_DASHBOARD, event);
    }

    public static Location checkIn(EventId event) {
        return ofEvent(CHECK_IN, event);
    }

    public static Location peopleToMeet(EventId event) {
        return ofEvent(PEOPLE_TO_MEET, event);
    }

    public static Location meetingSchedule(EventId event) {
        return ofEvent(MEETING_SCHEDULE, event);
    }

    public static Location rounds(EventId event) {
        return ofEvent(ROUNDS, event);
    }

    public static Location curatedSchedule(EventId event) {
        return ofEvent(CURATED_SCHEDULE, event);
    }

    public static Location agenda(EventId event) {
        return ofEvent(AGENDA, event);
    }

    public static Location categories(EventId event) {
        return ofEvent(CATEGORIES, event);
    }

    public static Location myRounds(EventId event) {
        return ofEvent(MY_ROUNDS, event);
    }

    public static Location myMeetings(EventId event) {
        return ofEvent(MY_MEETINGS, event);
    }

    public static Location myCodes(EventId event) {
        return ofEvent(MY_CODES, event);
    }

    /** The viewer's network, opened on the people met at this event, inside the event home. */
    public static Location eventNetwork(EventId event) {
        return ofEvent(EVENT_NETWORK, event);
    }

    public static Location eventReport(EventId event) {
        return ofEvent(EVENT_REPORT, event);
    }

    public static Location webhooks(EventId event) {
        return ofEvent(WEBHOOKS, event);
    }

    public static Location myReport(EventId event) {
        return ofEvent(MY_REPORT, event);
    }

    /** The form that creates a recurring series of the group's events; the group page links here. */
    public static Location createSeries(GroupId group) {
        return new Location(CREATE_SERIES, QueryParameters.of(SERIES_GROUP, group.toString()));
    }

    /** A series with its events, where its organizers add more dates. */
    public static Location series(SeriesId series) {
        return new Location(fill(SERIES, SERIES_ID, series.toString()));
    }

    public static Location myRegistrations() {
        return new Location(MY_REGISTRATIONS);
    }

    /** A person's page on its own: their profile, blocking and unblocking. */
    public static Location person(AccountId person) {
        return new Location(fill(PERSON, PERSON_ID, person.toString()));
    }

    /** A person's page opened from an event, where it also offers to request a meeting. */
    public static Location person(AccountId person, EventId from) {
        return new Location(fill(PERSON, PERSON_ID, person.toString()),
                QueryParameters.of(PERSON_EVENT, from.toString()));
    }

    public static Location myProfile() {
        return new Location(MY_PROFILE);
    }

    public static Location myEndorsements() {
        return new Location(MY_ENDORSEMENTS);
    }

    public static Location network() {
        return new Location(NETWORK);
    }

    /** The network with one connection's notes open. */
    public static Location network(ConnectionId opening) {
        return new Location(NETWORK, QueryParameters.of(NETWORK_CONNECTION, opening.toString()));
    }

    /** One contact's timeline across events, with keeping in touch. */
    public static Location contact(AccountId contact) {
        return new Location(fill(CONTACT, CONTACT_ID, contact.toString()));
    }

    public static Location myConnectCode() {
        return new Location(MY_CONNECT_CODE);
    }

    /** Where an attendee scans (or types) someone else's connect code. */
    public static Location scanConnectCode() {
        return new Location(SCAN_CONNECT_CODE);
    }

    public static Location logIn() {
        return new Location(LOG_IN);
    }

    /** The log-in page with one of its notices, such as {@link #LOGGED_OUT}. */
    public static Location logIn(String notice) {
        return new Location(LOG_IN, QueryParameters.of(LOG_IN_NOTICE, notice));
    }

    public static Location signUp() {
        return new Location(SIGN_UP);
    }

    /** The sign-up page with the email address filled in, continuing to a location afterwards. */
    public static Location signUp(String email, Location then) {
        var parameters = new LinkedHashMap<String, List<String>>(ContinueTarget.queryFor(then).getParameters());
        parameters.put(SIGN_UP_EMAIL, List.of(email));
        return new Location(SIGN_UP, new QueryParameters(parameters));
    }

    /** The log-in page, continuing to a location afterwards. */
    public static Location logIn(Location then) {
        return new Location(LOG_IN, ContinueTarget.queryFor(then));
    }

    /** The page of a team invitation's link; {@code join}: accept at once for a visitor with the invited address. */
    public static Location teamInvitation(String token, boolean join) {
        var parameters = new LinkedHashMap<String, List<String>>();
        parameters.put(MAIL_TOKEN, List.of(token));
        if (join) {
            parameters.put(JOIN, List.of("yes"));
        }
        return new Location(TEAM_INVITATION, new QueryParameters(parameters));
    }

    public static Location account() {
        return new Location(ACCOUNT);
    }

    public static Location notifications() {
        return new Location(NOTIFICATIONS);
    }

    public static Location forgotPassword() {
        return new Location(FORGOT_PASSWORD);
    }

    /** A link to a location, followed inside the running UI as a {@link RouterLink} is. */
    public static RouterLink link(String text, Location target) {
        var link = link(target);
        link.setText(text);
        return link;
    }

    /** A link to a location, for content other than a text. */
    public static RouterLink link(Location target) {
        var link = new RouterLink();
        aim(link, target);
        return link;
    }

    /**
     * Points a link at a location, its query parameters included. A {@link RouterLink} is an {@code <a href>} that
     * the client-side router follows; it only knows views by class, so the address is set here instead.
     */
    public static void aim(RouterLink link, Location target) {
        link.getElement().setAttribute("href", target.getPath());
        link.setQueryParameters(target.getQueryParameters());
    }

    /** Opens a location in a UI. */
    public static void go(UI ui, Location target) {
        ui.navigate(target.getPath(), target.getQueryParameters());
    }

    private static Location ofEvent(String template, EventId event) {
        return new Location(fill(template, EVENT_ID, event.toString()));
    }

    private static String fill(String template, String parameter, String value) {
        return template.replace(":" + parameter, value);
    }
}
