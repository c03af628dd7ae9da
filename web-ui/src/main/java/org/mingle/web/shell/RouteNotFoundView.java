package org.mingle.web.shell;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.HttpStatusCode;
import io.micronaut.context.annotation.Prototype;

/** Shown for an address that no view answers. */
@Prototype
@PageTitle("Page not found · Mingle")
@ParentLayout(MainLayout.class)
public class RouteNotFoundView extends ErrorPage implements HasErrorParameter<NotFoundException> {

    public static final String ID = "not-found";

    public RouteNotFoundView() {
        super(ID);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        show("Page not found", "There is nothing at this address. It may have moved, or the link may be mistyped.");
        return HttpStatusCode.NOT_FOUND.getCode();
    }
}
