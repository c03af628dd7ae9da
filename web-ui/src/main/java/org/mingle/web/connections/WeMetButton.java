package org.mingle.web.connections;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.Set;
import java.util.stream.Collectors;
import org.mingle.domain.connections.ConnectionService;
import org.mingle.domain.connections.ConnectionSource;
import org.mingle.domain.connections.NetworkFilter;
import org.mingle.domain.events.EventId;
import org.mingle.domain.events.EventStatus;
import org.mingle.domain.shared.AccountId;
import org.mingle.domain.shared.DomainException;
import org.mingle.web.shell.CurrentUser;
import org.mingle.web.shell.DomainMessages;
import org.mingle.web.shell.UiErrorHandler;

/**
 * "We met": records that the signed-in person met someone at an event (a match, a round companion, an attendee found
 * by name), and then reads "Connected ✓", disabled. The domain keeps one connection per pair and event, so a second
 * press, or a press in another tab, is harmless anyway. A refusal (no confirmed place any more, a block) is said in
 * words.
 */
public class WeMetButton extends Button {

    private final transient ConnectionService connections;
    private final transient CurrentUser currentUser;
    private final EventId event;
    private final AccountId other;
    private final String name;
    private final ConnectionSource source;
    private final Runnable afterwards;

    /**
     * @param label      what the button says before: "We met", "Connect"
     * @param connected  whether the two are connected at the event already
     * @param afterwards what to do once recorded, such as redrawing a list; may be {@code null}
     */
    public WeMetButton(String id, String label, ConnectionService connections, CurrentUser currentUser, EventId event,
                       AccountId other, String name, ConnectionSource source, boolean connected,
                       Runnable afterwards) {
        super(label, VaadinIcon.CONNECT.create());
        this.connections = connections;
        this.currentUser = currentUser;
        this.event = event;
        this.other = other;
        this.name = name;
        this.source = source;
        this.afterwards = afterwards;
        setId(id);
        addClassName("we-met");
        addThemeVariants(ButtonVariant.LUMO_SMALL);
        setAriaLabel(getTranslation("connections.we-met.label").equals(label)
                ? getTranslation("connections.we-met.aria", name)
                : getTranslation("connections.we-met.aria-with", label, name));
        setDisableOnClick(true);
        addClickListener(click -> record());
        if (connected) {
            showConnected();
        }
    }

    /** Whom the person is connected with at the event: their network narrowed to it. */
    public static Set<AccountId> connectedAt(ConnectionService connections, AccountId me, EventId event) {
        return connections.network(me, new NetworkFilter(event, null, null, null, false)).stream()
                .map(connection -> connection.other().accountId()).collect(Collectors.toSet());
    }

    /** Connections are recorded at events that take place: published ones, and completed ones afterwards. */
    public static boolean offeredAt(EventStatus status) {
        return status == EventStatus.PUBLISHED || status == EventStatus.COMPLETED;
    }

    public boolean isConnected() {
        return getElement().hasAttribute("data-connected");
    }

    private void record() {
        try {
            connections.record(currentUser.require(), event, other, source);
            showConnected();
            var done = Notification.show(getTranslation("connections.we-met.done", name), 5000,
                    Notification.Position.BOTTOM_CENTER);
            done.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            if (afterwards != null) {
                afterwards.run();
            }
        } catch (DomainException refused) {
            UiErrorHandler.show(DomainMessages.of(refused));
            setEnabled(true);
        }
    }

    private void showConnected() {
        setText(getTranslation("connections.we-met.connected"));
        setIcon(null);
        setAriaLabel(getTranslation("connections.we-met.connected-aria", name));
        removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
        addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_TERTIARY);
        getElement().setAttribute("data-connected", "");
        setEnabled(false);
    }
}
