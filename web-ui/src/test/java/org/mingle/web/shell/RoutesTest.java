package org.mingle.web.shell;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.RouteConfiguration;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mingle.domain.connections.ConnectionId;
import org.mingle.domain.events.EventId;
import org.mingle.domain.shared.AccountId;
import org.mingle.domain.shared.GroupId;
import org.mingle.domain.shared.SeriesId;
import org.mingle.web.accounts.AccountView;
import org.mingle.web.accounts.ForgotPasswordView;
import org.mingle.web.accounts.LoginView;
import org.mingle.web.accounts.ResetPasswordView;
import org.mingle.web.accounts.SignUpView;
import org.mingle.web.agenda.AgendaView;
import org.mingle.web.connections.ConnectView;
import org.mingle.web.connections.MyCodesView;
import org.mingle.web.connections.MyConnectCodeView;
import org.mingle.web.connections.NetworkView;
import org.mingle.web.connections.ScanConnectCodeView;
import org.mingle.web.contacts.ContactView;
import org.mingle.web.curated.CategoriesView;
import org.mingle.web.curated.CuratedScheduleView;
import org.mingle.web.endorsements.MyEndorsementsView;
import org.mingle.web.events.CreateEventView;
import org.mingle.web.events.EventDashboardView;
import org.mingle.web.events.EventView;
import org.mingle.web.events.EventsView;
import org.mingle.web.events.MyEventsView;
import org.mingle.web.events.TeamInvitationView;
import org.mingle.web.groups.CreateGroupView;
import org.mingle.web.groups.GroupMembersView;
import org.mingle.web.groups.GroupPageView;
import org.mingle.web.groups.MyGroupsView;
import org.mingle.web.meetings.MeetingScheduleView;
import org.mingle.web.meetings.MyMeetingsView;
import org.mingle.web.meetings.PeopleToMeetView;
import org.mingle.web.meetings.PersonView;
import org.mingle.web.moderation.AdminReportsView;
import org.mingle.web.notifications.MeetingReplyView;
import org.mingle.web.notifications.NotificationsView;
import org.mingle.web.notifications.UnsubscribeView;
import org.mingle.web.profiles.MyProfileView;
import org.mingle.web.registrations.CheckInCodeView;
import org.mingle.web.registrations.CheckInView;
import org.mingle.web.registrations.MyRegistrationsView;
import org.mingle.web.reports.EventReportView;
import org.mingle.web.reports.GroupReportView;
import org.mingle.web.reports.MyReportView;
import org.mingle.web.rounds.MyRoundsView;
import org.mingle.web.rounds.RoundsView;
import org.mingle.web.series.CreateSeriesView;
import org.mingle.web.series.SeriesPageView;
import org.mingle.web.vaadin.KaribuViewTest;
import org.mingle.web.vaadin.VaadinBeanTypes;
import org.mingle.web.webhooks.WebhooksView;

/** Every location {@link Routes} answers opens the page it names, in the routes Vaadin registered. */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoutesTest extends KaribuViewTest {

    private final EventId event = EventId.newId();
    private final AccountId person = new AccountId(UUID.randomUUID());
    private final ConnectionId connection = ConnectionId.newId();

    @Test
    void everyLocationOpensThePageItNames() {
        Map<Location, Class<? extends Component>> pages = Map.ofEntries(
                entry(Routes.events(), EventsView.class),
                entry(Routes.createEvent(), CreateEventView.class),
                entry(Routes.myEvents(), MyEventsView.class),
                entry(Routes.event(event), EventView.class),
                entry(Routes.eventDashboard(event), EventDashboardView.class),
                entry(Routes.checkIn(event), CheckInView.class),
                entry(Routes.peopleToMeet(event), PeopleToMeetView.class),
                entry(Routes.meetingSchedule(event), MeetingScheduleView.class),
                entry(Routes.rounds(event), RoundsView.class),
                entry(Routes.curatedSchedule(event), CuratedScheduleView.class),
                entry(Routes.agenda(event), AgendaView.class),
                entry(Routes.categories(event), CategoriesView.class),
                entry(Routes.myRounds(event), MyRoundsView.class),
                entry(Routes.myMeetings(event), MyMeetingsView.class),
                entry(Routes.myCodes(event), MyCodesView.class),
                entry(Routes.eventNetwork(event), NetworkView.class),
                entry(Routes.eventReport(event), EventReportView.class),
                entry(Routes.myReport(event), MyReportView.class),
                entry(Routes.webhooks(event), WebhooksView.class),
                entry(Routes.createSeries(GroupId.newId()), CreateSeriesView.class),
                entry(Routes.series(SeriesId.newId()), SeriesPageView.class),
                entry(Routes.group("a-group"), GroupPageView.class),
                entry(Routes.groupMembers("a-group"), GroupMembersView.class),
                entry(Routes.groupReport("a-group"), GroupReportView.class),
                entry(Routes.createGroup(), CreateGroupView.class),
                entry(Routes.myGroups(), MyGroupsView.class),
                entry(Routes.adminReports(), AdminReportsView.class),
                entry(Routes.myRegistrations(), MyRegistrationsView.class),
                entry(Routes.person(person), PersonView.class),
                entry(Routes.myProfile(), MyProfileView.class),
                entry(Routes.myEndorsements(), MyEndorsementsView.class),
                entry(Routes.network(), NetworkView.class),
                entry(Routes.contact(person), ContactView.class),
                entry(Routes.myConnectCode(), MyConnectCodeView.class),
                entry(Routes.scanConnectCode(), ScanConnectCodeView.class),
                entry(Routes.logIn(), LoginView.class),
                entry(Routes.signUp(), SignUpView.class),
                entry(Routes.account(), AccountView.class),
                entry(Routes.notifications(), NotificationsView.class),
                entry(Routes.forgotPassword(), ForgotPasswordView.class),
                entry(Routes.teamInvitation("a.b", false), TeamInvitationView.class));
        var routes = RouteConfiguration.forApplicationScope();

        pages.forEach((location, page) -> assertThat(routes.getRoute(location.getPath()))
                .as(location.getPath()).contains(page));
        // Every page has its location, but those whose addresses only a QR code (connect) or a mail carries.
        var withoutLocation = new HashSet<>(VaadinBeanTypes.of(beans).routes());
        withoutLocation.removeAll(pages.values());
        assertThat(withoutLocation).containsExactlyInAnyOrder(ConnectView.class, ResetPasswordView.class,
                UnsubscribeView.class, MeetingReplyView.class, CheckInCodeView.class);
    }

    @Test
    void locationsCarryTheirQueryParameters() {
        assertThat(Routes.person(person, event).getPathWithQueryParameters())
                .isEqualTo("people/" + person + "?event=" + event);
        assertThat(Routes.network(connection).getPathWithQueryParameters())
                .isEqualTo("network?connection=" + connection);
        assertThat(Routes.logIn(Routes.LOGGED_OUT).getPathWithQueryParameters()).isEqualTo("login?notice=logged-out");
        var invitation = Routes.teamInvitation("a.b", true);
        assertThat(invitation.getQueryParameters().getParameters())
                .isEqualTo(Map.of("token", List.of("a.b"), "join", List.of("yes")));
        var signUp = Routes.signUp("ada@example.org", invitation);
        assertThat(signUp.getPath()).isEqualTo("signup");
        assertThat(signUp.getQueryParameters().getSingleParameter("email")).contains("ada@example.org");
        assertThat(ContinueTarget.of(signUp.getQueryParameters())).hasValueSatisfying(then -> assertThat(
                then.getQueryParameters().getParameters()).isEqualTo(invitation.getQueryParameters().getParameters()));
        assertThat(ContinueTarget.of(Routes.logIn(invitation).getQueryParameters()).map(Location::getPath))
                .contains("team-invitation");
    }

    @Test
    void aLinkFollowsItsLocationInsideTheUiAndCanBeAimedAgain() {
        var link = Routes.link("Ada Lovelace", Routes.person(person, event));

        assertThat(link.getText()).isEqualTo("Ada Lovelace");
        assertThat(link.getHref()).isEqualTo("people/" + person + "?event=" + event);
        assertThat(link.getElement().hasAttribute("router-link")).isTrue();

        Routes.aim(link, Routes.event(event));
        assertThat(link.getHref()).isEqualTo("events/" + event);
    }
}
