package org.mingle.web.shell;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.HttpStatusCode;
import io.micronaut.context.annotation.Prototype;
import org.mingle.domain.health.DatabaseFaults;
import org.mingle.domain.shared.AccessDeniedException;
import org.mingle.domain.shared.AuthenticationException;
import org.mingle.domain.shared.ConflictException;
import org.mingle.domain.shared.DomainException;
import org.mingle.domain.shared.InvalidInputException;

/**
 * Shown instead of a view whose opening failed. A refusal by the business rules shows its own message (written for the
 * user); a lost database connection asks to try again; anything else is logged and shown as a generic apology, never
 * as a stack trace.
 */
@Prototype
@ParentLayout(MainLayout.class)
public class ServerErrorView extends ErrorPage implements HasErrorParameter<Exception>, HasDynamicTitle {

    public static final String ID = "server-error";

    private final DatabaseFaults faults;

    public ServerErrorView(DatabaseFaults faults) {
        super(ID);
        this.faults = faults;
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        Exception failure = parameter.getCaughtException();
        if (faults.isConnectionLost(failure)) {
            show(getTranslation("shell.error.try-again"), getTranslation("shell.error.connection-lost"));
            return HttpStatusCode.SERVICE_UNAVAILABLE.getCode();
        }
        String message = UiErrorHandler.userMessage(failure);
        if (failure instanceof DomainException) {
            show(getTranslation("shell.error.refused"), message);
            return statusOf(failure);
        }
        show(getTranslation("shell.error.failed"), message);
        return HttpStatusCode.INTERNAL_SERVER_ERROR.getCode();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("shell.error.failed-title");
    }

    private static int statusOf(Exception refusal) {
        if (refusal instanceof AuthenticationException) {
            return HttpStatusCode.UNAUTHORIZED.getCode();
        }
        if (refusal instanceof AccessDeniedException) {
            return HttpStatusCode.FORBIDDEN.getCode();
        }
        if (refusal instanceof ConflictException) {
            return HttpStatusCode.CONFLICT.getCode();
        }
        if (refusal instanceof InvalidInputException) {
            return HttpStatusCode.BAD_REQUEST.getCode();
        }
        return 422;
    }
}
