package org.mingle.web.curated;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.Optional;
import org.mingle.domain.curated.CuratedService;
import org.mingle.domain.curated.MarkKind;
import org.mingle.domain.events.EventId;
import org.mingle.domain.shared.AccountId;
import org.mingle.domain.shared.DomainException;
import org.mingle.web.shell.CurrentUser;
import org.mingle.web.shell.DomainMessages;
import org.mingle.web.shell.UiErrorHandler;

/**
 * "Must meet" and "No thanks" on another attendee: pressing one marks the person so (replacing the other mark),
 * pressing it again takes the mark off. The buttons say whether they are pressed, and the person is never told.
 */
public class MarkButtons extends Div {

    private final transient CuratedService curated;
    private final CurrentUser currentUser;
    private final Button mustMeet = new Button(getTranslation("curated.mark.must-meet"), VaadinIcon.STAR.create());
    private final Button noThanks = new Button(getTranslation("curated.mark.no-thanks"), VaadinIcon.BAN.create());

    private EventId event;
    private AccountId person;
    private String name;
    private Optional<MarkKind> mark = Optional.empty();

    public MarkButtons(CuratedService curated, CurrentUser currentUser) {
        this.curated = curated;
        this.currentUser = currentUser;
        setId("mark-buttons");
        addClassName("registration-actions");
        mustMeet.setId("mark-must-meet");
        noThanks.setId("mark-no-thanks");
        noThanks.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        mustMeet.addClickListener(click -> toggle(MarkKind.MUST_MEET));
        noThanks.addClickListener(click -> toggle(MarkKind.NO_THANKS));
        mustMeet.setDisableOnClick(true);
        noThanks.setDisableOnClick(true);
        add(mustMeet, noThanks);
        setVisible(false);
    }

    /** Shows the viewer's mark on the person at the event. */
    public void show(EventId shownEvent, AccountId shownPerson, String displayName) {
        event = shownEvent;
        person = shownPerson;
        name = displayName;
        mark = curated.markOn(currentUser.require(), event, person);
        mustMeet.setAriaLabel(getTranslation("curated.mark.must-meet-label", name));
        noThanks.setAriaLabel(getTranslation("curated.mark.no-thanks-label", name));
        showPressed();
        setVisible(true);
    }

    private void toggle(MarkKind kind) {
        try {
            if (mark.filter(kind::equals).isPresent()) {
                curated.unmark(currentUser.require(), event, person);
                mark = Optional.empty();
                tell(getTranslation("curated.mark.removed", name));
            } else {
                mark = Optional.of(curated.mark(currentUser.require(), event, person, kind));
                tell(getTranslation(kind == MarkKind.MUST_MEET ? "curated.mark.must-meet-done"
                        : "curated.mark.no-thanks-done", name));
            }
        } catch (DomainException refused) {
            UiErrorHandler.show(DomainMessages.of(refused));
        } finally {
            mustMeet.setEnabled(true);
            noThanks.setEnabled(true);
        }
        showPressed();
    }

    private void showPressed() {
        boolean must = mark.filter(MarkKind.MUST_MEET::equals).isPresent();
        boolean no = mark.filter(MarkKind.NO_THANKS::equals).isPresent();
        mustMeet.getElement().setAttribute("aria-pressed", Boolean.toString(must));
        noThanks.getElement().setAttribute("aria-pressed", Boolean.toString(no));
        mustMeet.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (must) {
            mustMeet.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        noThanks.removeThemeVariants(ButtonVariant.LUMO_ERROR);
        if (no) {
            noThanks.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
    }

    private static void tell(String text) {
        var shown = Notification.show(text, 4000, Notification.Position.BOTTOM_CENTER);
        shown.addThemeVariants(NotificationVariant.LUMO_CONTRAST);
    }
}
