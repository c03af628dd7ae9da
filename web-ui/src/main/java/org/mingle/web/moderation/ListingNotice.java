package org.mingle.web.moderation;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.mingle.domain.events.EventId;
import org.mingle.domain.events.EventService;
import org.mingle.domain.moderation.ModerationService;
import org.mingle.domain.shared.DomainException;
import org.mingle.web.shell.CurrentUser;
import org.mingle.web.shell.UiErrorHandler;

/**
 * On an unlisted event's page, for its team and administrators: "Unlisted by an administrator", and for
 * administrators a button that lists the event again. Attendees who open the page by link see nothing of it.
 */
public class ListingNotice extends Div {

    private final EventService events;
    private final ModerationService moderation;
    private final CurrentUser currentUser;

    private final Button listAgain = new Button(getTranslation("moderation.notice.list-again"));

    private EventId event;

    public ListingNotice(EventService events, ModerationService moderation, CurrentUser currentUser) {
        this.events = events;
        this.moderation = moderation;
        this.currentUser = currentUser;
        setId("unlisted-notice");
        addClassName("notice-error");
        getElement().setAttribute("role", "status");
        var text = new Span(getTranslation("moderation.notice.unlisted"));
        listAgain.setId("list-again");
        listAgain.setDisableOnClick(true);
        listAgain.addClickListener(click -> listAgain());
        add(text, listAgain);
        setVisible(false);
    }

    /**
     * Shows the notice when the event is unlisted and the viewer is on its team or an administrator.
     *
     * @param onTeam whether the viewer is on the event's team
     */
    public void show(EventId shown, boolean onTeam) {
        event = shown;
        boolean administrator = currentUser.account().map(moderation::isAdministrator).orElse(false);
        setVisible((onTeam || administrator) && events.unlistedAt(shown).isPresent());
        listAgain.setVisible(administrator);
        listAgain.setEnabled(true);
    }

    private void listAgain() {
        try {
            moderation.changeEventListing(currentUser.require(), event, true);
            setVisible(false);
        } catch (DomainException refused) {
            UiErrorHandler.show(refused.getMessage());
        }
    }
}
