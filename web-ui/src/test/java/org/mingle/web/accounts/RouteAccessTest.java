package org.mingle.web.accounts;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mingle.web.connections.ConnectView;
import org.mingle.web.events.EventView;
import org.mingle.web.events.EventsView;
import org.mingle.web.events.MyEventsView;
import org.mingle.web.events.TeamInvitationView;
import org.mingle.web.notifications.MeetingReplyView;
import org.mingle.web.notifications.UnsubscribeView;
import org.mingle.web.registrations.CheckInCodeView;
import org.mingle.web.shell.ObjectNotFoundView;
import org.mingle.web.shell.RouteNotFoundView;
import org.mingle.web.shell.Routes;
import org.mingle.web.shell.ServerErrorView;
import org.mingle.web.vaadin.KaribuViewTest;
import org.mingle.web.vaadin.VaadinBeanTypes;

@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RouteAccessTest extends KaribuViewTest {

    /** Every view that anyone may open; a new view needs sign-in unless it is added here on purpose. */
    /** Besides the events and the account pages, the pages a link in a mail opens: the link is the authorization. */
    private static final Set<Class<?>> PUBLIC_VIEWS = Set.of(EventsView.class, EventView.class, LoginView.class,
            SignUpView.class, ForgotPasswordView.class, ResetPasswordView.class, UnsubscribeView.class,
            MeetingReplyView.class, TeamInvitationView.class, CheckInCodeView.class);

    @Test
    void onlyTheAnnotatedViewsArePublic() {
        var routes = VaadinBeanTypes.of(beans).routes();

        assertThat(routes.stream().filter(RouteAccessControl::isPublic).collect(Collectors.toSet()))
                .isEqualTo(PUBLIC_VIEWS);
        assertThat(RouteAccessControl.isPublic(RouteNotFoundView.class)).isTrue();
        assertThat(RouteAccessControl.isPublic(ObjectNotFoundView.class)).isTrue();
        assertThat(RouteAccessControl.isPublic(ServerErrorView.class)).isTrue();
    }

    /** A parameter in a route's template: {@code :id}, {@code :slug}, possibly with a pattern or optional. */
    private static final Pattern ROUTE_PARAMETER = Pattern.compile(":([A-Za-z]+)");

    @Test
    void everyOtherRouteSendsAnAnonymousVisitorToLogIn() {
        var routes = VaadinBeanTypes.of(beans).routes();
        var registry = RouteConfiguration.forApplicationScope();
        for (Class<?> view : routes) {
            if (PUBLIC_VIEWS.contains(view) || view == EventView.class) {
                continue;
            }
            @SuppressWarnings("unchecked")
            var component = (Class<? extends com.vaadin.flow.component.Component>) view;
            // A view of one event (or group, or series) opens with any id or slug, the connect page with any code:
            // the log-in comes before any of them is looked up.
            String template = registry.getTemplate(component).orElseThrow();
            var parameters = new HashMap<String, String>();
            Matcher parameter = ROUTE_PARAMETER.matcher(template);
            while (parameter.find()) {
                String name = parameter.group(1);
                parameters.put(name, name.equals(ConnectView.CODE_PARAMETER) ? "K7QX2M9P"
                        : name.equals(Routes.GROUP_SLUG) ? "some-group" : UUID.randomUUID().toString());
            }
            String path = registry.getUrl(component, new RouteParameters(parameters));
            UI.getCurrent().navigate(path);

            assertThat(_get(LoginView.class)).as(path).isNotNull();
            assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters())
                    .as(path).isEqualTo("login?continue=" + URLEncoder.encode(path, StandardCharsets.UTF_8));
            UI.getCurrent().navigate(""); // leave the log-in page, so the next navigation is a change
        }
    }

    @Test
    void aSignedInPersonOpensThem() {
        signInAs(signUp("Barbara Liskov", "barbara@example.org"));

        UI.getCurrent().navigate("my-events");

        assertThat(_get(MyEventsView.class)).isNotNull();
    }

    @Test
    void thePublicViewsOpenWithoutSignIn() {
        UI.getCurrent().navigate("events");
        assertThat(_get(EventsView.class)).isNotNull();
        UI.getCurrent().navigate("login");
        assertThat(_get(LoginView.class)).isNotNull();
        UI.getCurrent().navigate("signup");
        assertThat(_get(SignUpView.class)).isNotNull();
        UI.getCurrent().navigate("forgot-password");
        assertThat(_get(ForgotPasswordView.class)).isNotNull();
    }
}
