package org.mingle.web.moderation;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;
import org.mingle.domain.events.EventId;
import org.mingle.domain.moderation.ModerationService;
import org.mingle.domain.moderation.ReportReason;
import org.mingle.domain.moderation.ReportRules;
import org.mingle.domain.shared.AccountId;
import org.mingle.domain.shared.DomainException;
import org.mingle.domain.shared.GroupId;
import org.mingle.domain.shared.InvalidInputException;
import org.mingle.web.shell.CurrentUser;
import org.mingle.web.shell.DomainMessages;
import org.mingle.web.shell.FieldErrors;
import org.mingle.web.shell.TextLimits;
import org.mingle.web.shell.Translations;
import org.mingle.web.shell.UiErrorHandler;

/**
 * "Report" on an event's page, for signed-in people who are not on its team, and on a group's page, for those who do
 * not run it: a dialog with the reason as radio buttons and optional details; once sent, the button gives way to a
 * confirmation. A refusal (reported already, too many reports today) closes the dialog and says why.
 */
public class ReportAction extends Div {

    private final ModerationService moderation;
    private final CurrentUser currentUser;

    private final Button report = new Button(getTranslation("moderation.report.button"), VaadinIcon.FLAG_O.create());
    private final Paragraph confirmation = new Paragraph(getTranslation("moderation.report.sent"));
    private final Dialog dialog = new Dialog();
    private final RadioButtonGroup<ReportReason> reason = new RadioButtonGroup<>();
    private final TextArea details = new TextArea(getTranslation("moderation.report.details"));
    private final Button send = new Button(getTranslation("moderation.report.send"));
    private final FieldErrors fieldErrors = new FieldErrors();

    /** What is shown: an event's or a group's id; and how to report it. */
    private Object subject;
    private Filing filing;

    /** Files the report of the subject shown. */
    @FunctionalInterface
    private interface Filing {
        void file(AccountId reporter, ReportReason reason, String details);
    }

    public ReportAction(ModerationService moderation, CurrentUser currentUser) {
        this.moderation = moderation;
        this.currentUser = currentUser;
        setId("report-action");
        report.setId("report-event");
        report.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        report.addClickListener(click -> openDialog());
        confirmation.setId("report-sent");
        confirmation.getElement().setAttribute("role", "status");
        confirmation.addClassNames(LumoUtility.TextColor.SECONDARY);
        confirmation.setVisible(false);
        add(report, confirmation);

        dialog.setId("report-dialog");
        dialog.setHeaderTitle(getTranslation("moderation.report.title"));
        dialog.setWidth("32rem");
        dialog.setMaxWidth("calc(100vw - 2 * var(--lumo-space-m))");
        reason.setId("report-reason");
        reason.setLabel(getTranslation("moderation.report.reason"));
        reason.setRequired(true);
        reason.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        reason.setItems(ReportReason.values());
        reason.setItemLabelGenerator(ReportAction::reasonLabel);
        details.setId("report-details");
        details.setWidthFull();
        details.setMinHeight("6rem");
        details.setMaxLength(TextLimits.maxLength(ReportRules.DETAILS_MAX));
        details.setHelperText(getTranslation("moderation.report.details-help"));
        fieldErrors.add("reason", reason, getTranslation("moderation.report.reason"))
                .add("details", details, getTranslation("moderation.report.details"));
        dialog.add(reason, details);

        var cancel = new Button(getTranslation("moderation.report.cancel"), click -> dialog.close());
        cancel.setId("report-cancel");
        send.setId("report-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setDisableOnClick(true);
        send.addClickListener(click -> send());
        dialog.getFooter().add(cancel, send);
    }

    /** Shows the action for this event, or hides it for viewers who may not report it. */
    public void show(EventId shown, boolean mayReport) {
        show(shown, mayReport, "report-event", "moderation.report.title",
                (reporter, why, words) -> moderation.reportEvent(reporter, shown, why, words));
    }

    /** Shows the action for this group, or hides it for viewers who may not report it. */
    public void show(GroupId shown, boolean mayReport) {
        show(shown, mayReport, "report-group", "moderation.report.title-group",
                (reporter, why, words) -> moderation.reportGroup(reporter, shown, why, words));
    }

    private void show(Object shown, boolean mayReport, String buttonId, String titleKey, Filing how) {
        if (!shown.equals(subject)) {
            confirmation.setVisible(false);
            report.setVisible(true);
        }
        subject = shown;
        filing = how;
        report.setId(buttonId);
        dialog.setHeaderTitle(getTranslation(titleKey));
        setVisible(mayReport);
    }

    static String reasonLabel(ReportReason reason) {
        return switch (reason) {
            case SPAM -> Translations.translate("moderation.reason.spam");
            case FAKE_OR_TEST -> Translations.translate("moderation.reason.fake-or-test");
            case OFFENSIVE -> Translations.translate("moderation.reason.offensive");
            case OTHER -> Translations.translate("moderation.reason.something-else");
        };
    }

    private void openDialog() {
        reason.clear();
        details.clear();
        fieldErrors.clear();
        send.setEnabled(true);
        dialog.open();
    }

    private void send() {
        try {
            fieldErrors.clear();
            filing.file(currentUser.require(), reason.getValue(), details.getValue());
            dialog.close();
            report.setVisible(false);
            confirmation.setVisible(true);
        } catch (InvalidInputException invalid) {
            List<String> unplaced = fieldErrors.show(invalid.errors());
            unplaced.forEach(UiErrorHandler::show);
        } catch (DomainException refused) {
            dialog.close();
            UiErrorHandler.show(DomainMessages.of(refused));
        } finally {
            send.setEnabled(true);
        }
    }
}
