package org.mingle.web.publicprofiles;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.theme.lumo.LumoUtility;
import org.mingle.domain.events.EventId;
import org.mingle.domain.publicprofiles.KeepState;
import org.mingle.domain.publicprofiles.PublicProfileService;
import org.mingle.domain.shared.DomainException;
import org.mingle.web.shell.CurrentUser;
import org.mingle.web.shell.DomainMessages;
import org.mingle.web.shell.UiErrorHandler;

/**
 * "Add to profile" on the page of an event the signed-in person attended (decision 45): it puts the event on their
 * public record, or takes it off again. Shows nothing to anyone who did not attend.
 */
public class KeepOnProfileAction extends Div {

    private final PublicProfileService publicProfiles;
    private final CurrentUser currentUser;
    private final Button toggle = new Button();
    private final Span hint = new Span();
    private EventId event;
    private KeepState state = KeepState.NOT_ATTENDED;

    public KeepOnProfileAction(PublicProfileService publicProfiles, CurrentUser currentUser) {
        this.publicProfiles = publicProfiles;
        this.currentUser = currentUser;
        setId("keep-on-profile");
        addClassName("registration-actions");
        toggle.setId("keep-on-profile-button");
        toggle.setDisableOnClick(true);
        toggle.addClickListener(click -> toggle());
        hint.setId("keep-on-profile-hint");
        hint.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        add(toggle, hint);
        setVisible(false);
    }

    /** Shows the action for this event when the signed-in viewer attended it. */
    public void show(EventId shown) {
        event = shown;
        state = currentUser.account().map(me -> publicProfiles.keepState(me, shown)).orElse(KeepState.NOT_ATTENDED);
        render();
    }

    private void toggle() {
        try {
            var me = currentUser.require();
            if (state == KeepState.KEPT) {
                publicProfiles.drop(me, event);
            } else {
                publicProfiles.keep(me, event);
            }
            state = publicProfiles.keepState(me, event);
            render();
        } catch (DomainException refused) {
            UiErrorHandler.show(DomainMessages.of(refused));
        } finally {
            toggle.setEnabled(true);
        }
    }

    private void render() {
        setVisible(state != KeepState.NOT_ATTENDED);
        boolean kept = state == KeepState.KEPT;
        toggle.setText(getTranslation(kept ? "publicprofile.keep.remove" : "publicprofile.keep.add"));
        toggle.setIcon(kept ? VaadinIcon.CHECK.create() : VaadinIcon.PLUS.create());
        hint.setText(getTranslation(kept ? "publicprofile.keep.kept-hint" : "publicprofile.keep.hint"));
    }
}
