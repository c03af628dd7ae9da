package org.mingle.web.moderation;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;
import org.mingle.domain.events.EventId;
import org.mingle.domain.moderation.ModerationService;
import org.mingle.domain.shared.AccountId;
import org.mingle.domain.shared.DomainException;
import org.mingle.domain.shared.GroupId;
import org.mingle.web.shell.CurrentUser;
import org.mingle.web.shell.DomainMessages;
import org.mingle.web.shell.UiErrorHandler;

/**
 * On an unlisted event's page, for its team and administrators, and on an unlisted group's page, for its owners,
 * organizers and administrators: "Unlisted by an administrator", and for administrators a button that lists it
 * again. Others who open the page by link see nothing of it.
 */
public class ListingNotice extends Div {

    private final ModerationService moderation;
    private final CurrentUser currentUser;

    private final Span text = new Span();
    private final Button listAgain = new Button(getTranslation("moderation.notice.list-again"));

    /** Lists the subject shown again. */
    private Consumer<AccountId> listing = admin -> { };

    public ListingNotice(ModerationService moderation, CurrentUser currentUser) {
        this.moderation = moderation;
        this.currentUser = currentUser;
        setId("unlisted-notice");
        addClassName("notice-error");
        getElement().setAttribute("role", "status");
        listAgain.setId("list-again");
        listAgain.setDisableOnClick(true);
        listAgain.addClickListener(click -> listAgain());
        add(text, listAgain);
        setVisible(false);
    }

    /**
     * Shows the notice when the event is unlisted and the viewer is on its team or an administrator.
     *
     * @param onTeam     whether the viewer is on the event's team
     * @param unlistedAt when an administrator unlisted the event; empty while it is listed
     */
    public void show(EventId shown, boolean onTeam, Optional<Instant> unlistedAt) {
        text.setText(getTranslation("moderation.notice.unlisted"));
        listing = admin -> moderation.changeEventListing(admin, shown, true);
        show(onTeam, unlistedAt);
    }

    /**
     * Shows the notice when the group is unlisted and the viewer runs it or is an administrator.
     *
     * @param runsIt     whether the viewer owns or organizes the group
     * @param unlistedAt when an administrator unlisted the group; empty while it is listed
     */
    public void show(GroupId shown, boolean runsIt, Optional<Instant> unlistedAt) {
        text.setText(getTranslation("moderation.notice.unlisted-group"));
        listing = admin -> moderation.changeGroupListing(admin, shown, true);
        show(runsIt, unlistedAt);
    }

    private void show(boolean concerned, Optional<Instant> unlistedAt) {
        boolean administrator = currentUser.account().map(moderation::isAdministrator).orElse(false);
        setVisible((concerned || administrator) && unlistedAt.isPresent());
        listAgain.setVisible(administrator);
        listAgain.setEnabled(true);
    }

    private void listAgain() {
        try {
            listing.accept(currentUser.require());
            setVisible(false);
        } catch (DomainException refused) {
            UiErrorHandler.show(DomainMessages.of(refused));
        }
    }
}
