package org.mingle.web.accounts;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterListener;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.inject.Singleton;
import org.mingle.web.shell.ContinueTarget;
import org.mingle.web.shell.CurrentUser;
import org.mingle.web.shell.Routes;

/**
 * Who may open which view. A view is public only when annotated {@link AnonymousAllowed}; every other view needs a
 * signed-in account, and an anonymous visitor is forwarded to {@code login?continue=<the address asked for>}, which
 * brings them back after logging in. Error views are public too: they show nothing but the error.
 *
 * <p>What a signed-in person may do with an object (publish an event, change its team) is not decided here but by the
 * domain services, which the API obeys as well.
 *
 * <p>Installed on every UI as its first before-enter listener; Vaadin finds it as a {@link VaadinServiceInitListener}
 * bean through {@link org.mingle.web.vaadin.MicronautInstantiator}.
 */
@Singleton
public class RouteAccessControl implements VaadinServiceInitListener, BeforeEnterListener {

    private final transient CurrentUser currentUser;

    RouteAccessControl(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (isPublic(event.getNavigationTarget()) || currentUser.isSignedIn()) {
            return;
        }
        event.forwardTo(Routes.LOG_IN, ContinueTarget.queryFor(event.getLocation()));
    }

    /** Whether anyone, signed in or not, may open a view. */
    public static boolean isPublic(Class<?> view) {
        return view.isAnnotationPresent(AnonymousAllowed.class) || HasErrorParameter.class.isAssignableFrom(view);
    }
}
