package org.mingle.web.vaadin;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.VaadinSession;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mingle.domain.events.EventService;
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
import org.mingle.web.shell.MingleAppShell;
import org.mingle.web.shell.ObjectNotFoundView;
import org.mingle.web.shell.RouteNotFoundView;
import org.mingle.web.shell.ServerErrorView;
import org.mingle.web.shell.UiErrorHandler;
import org.mingle.web.webhooks.WebhooksView;

@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VaadinBridgeTest extends KaribuViewTest {

    @Test
    void findsViewsErrorViewsAndTheAppShellAmongTheBeanDefinitions() {
        var types = VaadinBeanTypes.of(beans);

        assertThat(types.routes()).containsExactlyInAnyOrder(EventsView.class, EventView.class, CreateEventView.class,
                MyEventsView.class, LoginView.class, SignUpView.class, AccountView.class, EventDashboardView.class,
                MyRegistrationsView.class, CheckInView.class, MyProfileView.class, PersonView.class,
                PeopleToMeetView.class, RoundsView.class, MyRoundsView.class, MeetingScheduleView.class,
                MyConnectCodeView.class, ConnectView.class, NetworkView.class, EventReportView.class,
                MyReportView.class, WebhooksView.class, ForgotPasswordView.class, ResetPasswordView.class,
                NotificationsView.class, UnsubscribeView.class, MeetingReplyView.class, TeamInvitationView.class,
                CheckInCodeView.class, ScanConnectCodeView.class, MyMeetingsView.class, MyCodesView.class,
                GroupPageView.class, CreateGroupView.class, MyGroupsView.class, GroupMembersView.class,
                GroupReportView.class, CreateSeriesView.class, SeriesPageView.class, AdminReportsView.class,
                AgendaView.class,
                CategoriesView.class,
                MyEndorsementsView.class,
                CuratedScheduleView.class,
                ContactView.class);
        assertThat(types.errorViews())
                .containsExactlyInAnyOrder(RouteNotFoundView.class, ObjectNotFoundView.class, ServerErrorView.class);
        assertThat(types.appShells()).containsExactly(MingleAppShell.class);
    }

    @Test
    void registersTheRoutesFromTheBeanDefinitions() {
        var routes = RouteConfiguration.forApplicationScope();

        assertThat(routes.getTemplate(EventsView.class)).contains("");
        assertThat(routes.getTemplate(CreateEventView.class)).contains("events/new");
        // The fixed segment wins over the event id parameter.
        assertThat(routes.getRoute("events/new")).contains(CreateEventView.class);
        assertThat(routes.getRoute("events/0b6f4d0e-5a3c-4b8e-9d51-0f1d2e3c4b5a")).contains(EventView.class);
        assertThat(routes.getRoute("events")).contains(EventsView.class);
    }

    @Test
    void createsViewsAsMicronautBeansWithTheirServices() {
        var instantiator = VaadinSession.getCurrent().getService().getInstantiator();

        var first = instantiator.createComponent(EventsView.class);
        var second = instantiator.createComponent(EventsView.class);

        assertThat(first).isNotSameAs(second);
        assertThat(beans.getBean(EventService.class)).isNotNull();
        assertThat(instantiator.getOrCreate(MingleAppShell.class)).isSameAs(beans.getBean(MingleAppShell.class));
    }

    @Test
    void registersTheAccountRoutes() {
        var routes = RouteConfiguration.forApplicationScope();

        assertThat(routes.getRoute("login")).contains(LoginView.class);
        assertThat(routes.getRoute("signup")).contains(SignUpView.class);
        assertThat(routes.getRoute("account")).contains(AccountView.class);
        assertThat(routes.getRoute("forgot-password")).contains(ForgotPasswordView.class);
        assertThat(routes.getRoute("reset-password")).contains(ResetPasswordView.class);
        assertThat(routes.getRoute("team-invitation")).contains(TeamInvitationView.class);
        assertThat(routes.getRoute("notifications")).contains(NotificationsView.class);
        assertThat(routes.getRoute("my-events")).contains(MyEventsView.class);
    }

    @Test
    void registersTheNetworkingRoutes() {
        var routes = RouteConfiguration.forApplicationScope();

        assertThat(routes.getRoute("profile")).contains(MyProfileView.class);
        assertThat(routes.getRoute("profile/endorsements")).contains(MyEndorsementsView.class);
        assertThat(routes.getRoute("people/0b6f4d0e-5a3c-4b8e-9d51-0f1d2e3c4b5a")).contains(PersonView.class);
        assertThat(routes.getRoute("events/0b6f4d0e-5a3c-4b8e-9d51-0f1d2e3c4b5a/people"))
                .contains(PeopleToMeetView.class);
        assertThat(routes.getRoute("events/0b6f4d0e-5a3c-4b8e-9d51-0f1d2e3c4b5a/rounds")).contains(RoundsView.class);
        assertThat(routes.getRoute("events/0b6f4d0e-5a3c-4b8e-9d51-0f1d2e3c4b5a/my-rounds"))
                .contains(MyRoundsView.class);
        assertThat(routes.getRoute("events/0b6f4d0e-5a3c-4b8e-9d51-0f1d2e3c4b5a/meetings"))
                .contains(MeetingScheduleView.class);
        assertThat(routes.getRoute("events/0b6f4d0e-5a3c-4b8e-9d51-0f1d2e3c4b5a/curated"))
                .contains(CuratedScheduleView.class);
    }

    @Test
    void registersTheConnectionRoutes() {
        var routes = RouteConfiguration.forApplicationScope();

        assertThat(routes.getRoute("me/connect")).contains(MyConnectCodeView.class);
        assertThat(routes.getRoute("connect/K7QX2M9P")).contains(ConnectView.class);
        assertThat(routes.getRoute("network")).contains(NetworkView.class);
    }

    @Test
    void registersTheReportRoutes() {
        var routes = RouteConfiguration.forApplicationScope();

        assertThat(routes.getRoute("events/0b6f4d0e-5a3c-4b8e-9d51-0f1d2e3c4b5a/report"))
                .contains(EventReportView.class);
        assertThat(routes.getRoute("events/0b6f4d0e-5a3c-4b8e-9d51-0f1d2e3c4b5a/my-report"))
                .contains(MyReportView.class);
        assertThat(routes.getTemplate(EventReportView.class)).contains("events/:id/report");
        assertThat(routes.getTemplate(MyReportView.class)).contains("events/:id/my-report");
    }

    @Test
    void installsTheFriendlyErrorHandlerOnEverySession() {
        assertThat(VaadinSession.getCurrent().getErrorHandler()).isSameAs(beans.getBean(UiErrorHandler.class));
    }
}
