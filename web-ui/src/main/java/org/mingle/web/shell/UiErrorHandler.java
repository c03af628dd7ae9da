package org.mingle.web.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.mingle.domain.health.DatabaseFaults;
import org.mingle.domain.shared.DomainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the user sees when something fails outside a view's own handling (in a click listener, say): a short
 * notification, never a stack trace. A refusal by the business rules shows its message, which is written for the
 * user; a lost database connection asks to try again; anything else is logged with its stack trace and shown as a
 * generic apology.
 *
 * <p>Installed on every Vaadin session; Vaadin finds it as a {@link VaadinServiceInitListener} bean through
 * {@link org.mingle.web.vaadin.MicronautInstantiator}.
 */
@Singleton
public class UiErrorHandler implements VaadinServiceInitListener, ErrorHandler {

    public static final String GENERIC_MESSAGE = "Sorry, something went wrong. Please try again.";
    public static final String NOTIFICATION_ID = "error-notification";

    private static final Logger LOG = LoggerFactory.getLogger(UiErrorHandler.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this));
    }

    private final DatabaseFaults faults;

    UiErrorHandler(DatabaseFaults faults) {
        this.faults = faults;
    }

    @Override
    public void error(ErrorEvent event) {
        var failure = event.getThrowable();
        if (faults.isConnectionLost(failure)) {
            LOG.warn("Database connection lost in the UI: {}", failure.toString());
            show(translated("shell.error.connection-lost", DatabaseFaults.MESSAGE));
            return;
        }
        show(userMessage(failure));
    }

    /** The message for the user; logs what the user is not shown. */
    public static String userMessage(Throwable failure) {
        Optional<DomainException> refusal = domainCause(failure);
        if (refusal.isPresent()) {
            LOG.debug("Refused in the UI: {}", refusal.get().getMessage());
            return refusal.get().getMessage();
        }
        LOG.error("Unexpected error in the UI", failure);
        return translated("shell.error.generic", GENERIC_MESSAGE);
    }

    /** The text in the current page's language; the English one when no page is at hand (a background thread). */
    private static String translated(String key, String english) {
        UI ui = UI.getCurrent();
        return ui == null ? english : ui.getTranslation(key);
    }

    /** Shows an error notification in the current UI, if there is one. */
    public static void show(String message) {
        if (UI.getCurrent() == null) {
            return;
        }
        var notification = new Notification(message, 6000, Notification.Position.TOP_CENTER);
        notification.setId(NOTIFICATION_ID);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.open();
    }

    static Optional<DomainException> domainCause(Throwable failure) {
        Throwable t = failure;
        for (int depth = 0; t != null && depth < 20; depth++, t = t.getCause()) {
            if (t instanceof DomainException domain) {
                return Optional.of(domain);
            }
        }
        return Optional.empty();
    }
}
