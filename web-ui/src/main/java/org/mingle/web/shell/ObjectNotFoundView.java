package org.mingle.web.shell;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.HttpStatusCode;
import io.micronaut.context.annotation.Prototype;
import org.mingle.domain.events.EventNotFoundException;
import org.mingle.domain.shared.NotFoundException;

/**
 * Shown when a view asks the domain for something that does not exist or that the user may not see, such as an
 * unknown event id ({@link EventNotFoundException}). Both answer alike, so nothing leaks about hidden drafts.
 */
@Prototype
@PageTitle("Not found · Mingle")
@ParentLayout(MainLayout.class)
public class ObjectNotFoundView extends ErrorPage implements HasErrorParameter<NotFoundException> {

    public ObjectNotFoundView() {
        super(RouteNotFoundView.ID);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        if (parameter.getCaughtException() instanceof EventNotFoundException) {
            show("Event not found", "This event does not exist, or it is not visible to you.");
        } else {
            show("Not found", "What you are looking for does not exist, or it is not visible to you.");
        }
        return HttpStatusCode.NOT_FOUND.getCode();
    }
}
