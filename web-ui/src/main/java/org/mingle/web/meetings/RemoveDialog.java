package org.mingle.web.meetings;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.theme.lumo.LumoUtility;
import org.mingle.domain.shared.DomainException;
import org.mingle.web.shell.DomainMessages;
import org.mingle.web.shell.UiErrorHandler;

/**
 * Removing a session or a table, after a confirmation that says what becomes of its meetings. One dialog serves every
 * remove button of the page; the page is redrawn afterwards, whether the domain removed or refused.
 */
class RemoveDialog extends Dialog {

    private final Paragraph text = new Paragraph();
    private final Button confirm = new Button(getTranslation("meetings.remove.remove"));
    private Runnable removal = () -> { };

    /** @param onChange after a removal, or its refusal: the page as things stand now */
    RemoveDialog(Runnable onChange) {
        setId("remove-dialog");
        setHeaderTitle(getTranslation("meetings.remove.title"));
        setWidth("32rem");
        setMaxWidth("calc(100vw - 2 * var(--lumo-space-m))");
        text.setId("remove-dialog-text");
        text.addClassNames(LumoUtility.Margin.NONE);
        add(text);
        var keep = new Button(getTranslation("meetings.remove.keep"), click -> close());
        keep.setId("keep-item");
        confirm.setId("confirm-remove");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.setDisableOnClick(true);
        confirm.addClickListener(click -> {
            close();
            try {
                removal.run();
            } catch (DomainException refused) {
                UiErrorHandler.show(DomainMessages.of(refused));
            } finally {
                confirm.setEnabled(true);
            }
            onChange.run();
        });
        getFooter().add(keep, confirm);
    }

    /** A trash button that asks {@code question} here and, once confirmed, removes and says {@code done}. */
    Button button(String id, String label, String question, Runnable remove, String done) {
        var button = new Button(VaadinIcon.TRASH.create());
        button.setId(id);
        button.setAriaLabel(label);
        button.setTooltipText(label);
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_ICON);
        button.addClickListener(click -> {
            text.setText(question);
            removal = () -> {
                remove.run();
                ScheduleParts.notify(done);
            };
            confirm.setEnabled(true);
            open();
        });
        return button;
    }
}
