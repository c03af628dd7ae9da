package org.mingle.web.shell;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mingle.domain.events.EventStatus;
import org.mingle.domain.events.IllegalEventTransitionException;
import org.mingle.web.events.EventsView;
import org.mingle.web.vaadin.KaribuViewTest;

@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ShellTest extends KaribuViewTest {

    @Test
    void everyPageHasTheAppNameAndTheNavigation() {
        UI.getCurrent().navigate("events/new");

        assertThat(_get(MainLayout.class)).isNotNull();
        assertThat(_get(RouterLink.class, spec -> spec.withId("app-name")).getText()).isEqualTo("Mingle");
        var events = _get(SideNavItem.class, spec -> spec.withId("nav-events"));
        var create = _get(SideNavItem.class, spec -> spec.withId("nav-create-event"));
        assertThat(events.getLabel()).isEqualTo("Events");
        assertThat(events.getPath()).isEmpty();
        assertThat(create.getLabel()).isEqualTo("Create event");
        assertThat(create.getPath()).isEqualTo("events/new");
    }

    @Test
    void theRootIsTheEventList() {
        UI.getCurrent().navigate("");

        assertThat(_get(EventsView.class)).isNotNull();
    }

    @Test
    void anUnexpectedErrorShowsAnApologyNotItsDetails() {
        VaadinSession.getCurrent().getErrorHandler()
                .error(new ErrorEvent(new IllegalStateException("relation \"event\" does not exist")));

        NotificationsKt.expectNotifications(UiErrorHandler.GENERIC_MESSAGE);
    }

    @Test
    void aRefusalByTheRulesShowsItsOwnMessage() {
        var refusal = new IllegalEventTransitionException(EventStatus.PUBLISHED, EventStatus.DRAFT);

        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(new RuntimeException(refusal)));

        NotificationsKt.expectNotifications("An event that is PUBLISHED cannot become DRAFT.");
    }
}
