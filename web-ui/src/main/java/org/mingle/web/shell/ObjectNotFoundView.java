package org.mingle.web.shell;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.HttpStatusCode;
import io.micronaut.context.annotation.Prototype;
import org.mingle.domain.events.EventNotFoundException;
import org.mingle.domain.shared.NotFoundException;

/**
 * Shown when a view asks the domain for something that does not exist or that the user may not see, such as an
 * unknown event id ({@link EventNotFoundException}). Both answer alike, so nothing leaks about hidden drafts. An
 * anonymous visitor is offered to log in and come back, since a draft shows to its team only.
 */
@Prototype
@ParentLayout(MainLayout.class)
public class ObjectNotFoundView extends ErrorPage implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

    private final CurrentUser currentUser;
    private final RouterLink logIn = Routes.link(getTranslation("shell.error.log-in"), Routes.logIn());

    public ObjectNotFoundView(CurrentUser currentUser) {
        super(RouteNotFoundView.ID);
        this.currentUser = currentUser;
        logIn.setId(RouteNotFoundView.ID + "-login");
        logIn.setVisible(false);
        add(logIn);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        if (!currentUser.isSignedIn()) {
            logIn.setQueryParameters(ContinueTarget.queryFor(event.getLocation()));
            logIn.setVisible(true);
        }
        if (parameter.getCaughtException() instanceof EventNotFoundException) {
            show(getTranslation("shell.error.event-not-found"), getTranslation("shell.error.event-not-found-text"));
        } else {
            show(getTranslation("shell.error.not-found"), getTranslation("shell.error.not-found-text"));
        }
        return HttpStatusCode.NOT_FOUND.getCode();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("shell.error.not-found-title");
    }
}
