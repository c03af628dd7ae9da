package org.mingle.web.connections;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;
import java.util.Set;
import org.mingle.domain.connections.ConnectionService;
import org.mingle.domain.connections.ConnectionSource;
import org.mingle.domain.events.EventId;
import org.mingle.domain.profiles.ProfileView;
import org.mingle.domain.shared.AccountId;
import org.mingle.domain.shared.DomainException;
import org.mingle.web.shell.CurrentUser;
import org.mingle.web.shell.DomainMessages;

/**
 * "Add a connection": for someone met at the event without a code or a match, found among its confirmed attendees by
 * name. Each one found can be connected with in one press; those connected already say so.
 */
public class AddConnectionDialog extends Dialog {

    public static final String ID = "add-connection-dialog";

    private final transient ConnectionService connections;
    private final transient CurrentUser currentUser;

    private final TextField search = new TextField(getTranslation("connections.add.name"));
    private final Paragraph hint = new Paragraph();
    private final Div results = new Div();

    private EventId event;
    private Runnable onChange;

    public AddConnectionDialog(ConnectionService connections, CurrentUser currentUser) {
        this.connections = connections;
        this.currentUser = currentUser;
        setId(ID);
        setHeaderTitle(getTranslation("connections.add.title"));
        setWidth("32rem");
        setMaxWidth("calc(100vw - 2 * var(--lumo-space-m))");

        search.setId("add-connection-search");
        search.setPlaceholder(getTranslation("connections.add.placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidthFull();
        search.addValueChangeListener(change -> find());

        hint.setId("add-connection-hint");
        hint.addClassNames(LumoUtility.Margin.NONE, LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        results.setId("add-connection-results");
        results.addClassName("add-connection-results");

        add(search, hint, results);
        var close = new Button(getTranslation("connections.add.close"), click -> close());
        close.setId("close-add-connection");
        getFooter().add(close);
    }

    /**
     * Opens the search among an event's confirmed attendees.
     *
     * @param onChange what to do after each new connection, such as redrawing the "We met" buttons behind
     */
    public void open(EventId eventId, Runnable onChange) {
        this.event = eventId;
        this.onChange = onChange;
        search.clear();
        find();
        open();
        search.focus();
    }

    private void find() {
        results.removeAll();
        if (event == null) {
            return;
        }
        String query = search.getValue();
        if (query == null || query.isBlank()) {
            hint.setText(getTranslation("connections.add.hint"));
            return;
        }
        AccountId me = currentUser.require();
        List<ProfileView> found;
        Set<AccountId> connected;
        try {
            found = connections.searchAttendees(me, event, query);
            connected = WeMetButton.connectedAt(connections, me, event);
        } catch (DomainException refused) {
            hint.setText(DomainMessages.of(refused));
            return;
        }
        hint.setText(found.isEmpty() ? getTranslation("connections.add.none", query.strip())
                : found.size() == 1 ? getTranslation("connections.add.found-one")
                : getTranslation("connections.add.found-many", found.size()));
        for (ProfileView person : found) {
            String pid = person.accountId().toString();
            var name = new Span(person.displayName());
            name.setId("add-connection-name-" + pid);
            name.addClassName("add-connection-name");
            var who = new Div(name);
            who.addClassName("add-connection-who");
            if (person.headline() != null && !person.headline().isBlank()) {
                var headline = new Span(person.headline());
                headline.addClassNames("person-card-headline", LumoUtility.FontSize.SMALL);
                who.add(headline);
            }
            var connect = new WeMetButton("connect-with-" + pid, getTranslation("connections.scan.connect"),
                    connections, currentUser, event, person.accountId(), person.displayName(), ConnectionSource.SEARCH,
                    connected.contains(person.accountId()), () -> {
                        if (onChange != null) {
                            onChange.run();
                        }
                    });
            var row = new Div(who, connect);
            row.setId("add-connection-person-" + pid);
            row.addClassName("add-connection-row");
            row.getElement().setAttribute("data-account-id", pid);
            results.add(row);
        }
    }
}
