package org.mingle.web.meetings;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.Locale;
import org.mingle.domain.events.EventId;
import org.mingle.domain.matching.DismissalReason;
import org.mingle.domain.matching.DismissalService;
import org.mingle.domain.shared.AccountId;
import org.mingle.domain.shared.DomainException;
import org.mingle.web.shell.CurrentUser;
import org.mingle.web.shell.DomainMessages;
import org.mingle.web.shell.UiErrorHandler;

/**
 * "Not for me" on a suggestion: the three reasons to choose from, then a notice with an Undo for a mis-tap. One dialog
 * serves every card of the page; the page is redrawn after a dismissal and after its undo.
 */
class DismissDialog extends Dialog {

    /** Long enough to notice a mis-tap and reach the button. */
    private static final int UNDO_MILLIS = 8000;

    private final DismissalService dismissals;
    private final CurrentUser currentUser;
    private final Paragraph hint = new Paragraph();
    private EventId event;
    private AccountId person;
    private String name;
    private Runnable onChange = () -> { };

    DismissDialog(DismissalService dismissals, CurrentUser currentUser) {
        this.dismissals = dismissals;
        this.currentUser = currentUser;
        setId("dismiss-dialog");
        setWidth("28rem");
        setMaxWidth("calc(100vw - 2 * var(--lumo-space-m))");
        hint.setText(getTranslation("meetings.dismiss.hint"));
        hint.addClassNames(LumoUtility.Margin.Top.NONE, LumoUtility.TextColor.SECONDARY);
        var reasons = new Div();
        reasons.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.SMALL);
        for (DismissalReason reason : DismissalReason.values()) {
            String key = reason.name().toLowerCase(Locale.ROOT).replace('_', '-');
            var choice = new Button(getTranslation("meetings.dismiss." + key), click -> choose(reason));
            choice.setId("dismiss-" + key);
            choice.setWidthFull();
            reasons.add(choice);
        }
        add(hint, reasons);
        var cancel = new Button(getTranslation("meetings.dismiss.cancel"), click -> close());
        cancel.setId("dismiss-cancel");
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        getFooter().add(cancel);
    }

    /** Asks why the person is not for the viewer; {@code onChange} redraws the page after a dismissal or an undo. */
    void open(EventId event, AccountId person, String name, Runnable onChange) {
        this.event = event;
        this.person = person;
        this.name = name;
        this.onChange = onChange;
        setHeaderTitle(getTranslation("meetings.dismiss.title", name));
        open();
    }

    private void choose(DismissalReason reason) {
        close();
        var me = currentUser.require();
        try {
            dismissals.dismiss(me, event, person, reason);
        } catch (DomainException refused) {
            UiErrorHandler.show(DomainMessages.of(refused));
            onChange.run();
            return;
        }
        onChange.run();
        offerUndo(me, event, person, name, onChange);
    }

    private void offerUndo(AccountId me, EventId at, AccountId dismissed, String shown, Runnable redraw) {
        var notice = new Notification();
        notice.setId("dismiss-notice");
        notice.setDuration(UNDO_MILLIS);
        notice.setPosition(Notification.Position.BOTTOM_CENTER);
        var undo = new Button(getTranslation("meetings.dismiss.undo"), click -> {
            notice.close();
            try {
                dismissals.undo(me, at, dismissed);
                Notification.show(getTranslation("meetings.dismiss.undone", shown), 4000,
                        Notification.Position.BOTTOM_CENTER).addThemeVariants(NotificationVariant.LUMO_CONTRAST);
            } catch (DomainException refused) {
                UiErrorHandler.show(DomainMessages.of(refused));
            }
            redraw.run();
        });
        undo.setId("dismiss-undo");
        var row = new HorizontalLayout(new Paragraph(getTranslation("meetings.dismiss.done", shown)), undo);
        row.setAlignItems(FlexComponent.Alignment.CENTER);
        notice.add(row);
        notice.open();
    }
}
