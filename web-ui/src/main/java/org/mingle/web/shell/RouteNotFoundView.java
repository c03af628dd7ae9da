package org.mingle.web.shell;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.HttpStatusCode;
import io.micronaut.context.annotation.Prototype;

/** Shown for an address that no view answers. */
@Prototype
@ParentLayout(MainLayout.class)
public class RouteNotFoundView extends ErrorPage implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

    public static final String ID = "not-found";

    public RouteNotFoundView() {
        super(ID);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        show(getTranslation("shell.error.page-not-found"), getTranslation("shell.error.page-not-found-text"));
        return HttpStatusCode.NOT_FOUND.getCode();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("shell.error.page-not-found-title");
    }
}
