package org.mingle.web.notifications;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.theme.lumo.LumoUtility;
import io.micronaut.context.annotation.Prototype;
import java.util.Locale;
import org.mingle.domain.meetings.MeetingRequestStatus;
import org.mingle.domain.notifications.MeetingReplies;
import org.mingle.domain.shared.ConflictException;
import org.mingle.domain.shared.InvalidInputException;
import org.mingle.domain.shared.RuleViolationException;
import org.mingle.web.shell.DomainMessages;
import org.mingle.web.shell.MainLayout;
import org.mingle.web.shell.Routes;

/**
 * Where a meeting request mail's "Accept" and "Decline" lead: it says what it would do and does it on a click, without
 * a log-in. A link used before, expired or overtaken by an answer given in the app says so.
 */
@Prototype
@AnonymousAllowed
@Route(value = Routes.MEETING_REPLY, layout = MainLayout.class)
public class MeetingReplyView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final MeetingReplies replies;

    private final Paragraph question = new Paragraph();
    private final Button confirm = new Button();
    private final Div outcome = new Div();
    private String token = "";

    MeetingReplyView(MeetingReplies replies) {
        this.replies = replies;
        addClassNames("page", "auth-page");
        setPadding(true);

        var heading = new H1(getTranslation("notifications.meeting-reply.heading"));
        heading.addClassNames(LumoUtility.Margin.NONE);
        question.setId("meeting-reply-question");
        confirm.setId("meeting-reply-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setDisableOnClick(true);
        confirm.addClickListener(click -> reply());
        outcome.setId("meeting-reply-outcome");
        outcome.getElement().setAttribute("role", "status");
        var login = Routes.link(getTranslation("notifications.meeting-reply.log-in"), Routes.logIn());
        login.setId("meeting-reply-login");
        add(heading, question, confirm, outcome, new Paragraph(login));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent enter) {
        token = enter.getLocation().getQueryParameters().getSingleParameter(Routes.MAIL_TOKEN).orElse("");
        try {
            var preview = replies.preview(token);
            boolean accept = preview.answer() == MeetingRequestStatus.ACCEPTED;
            if (preview.currentStatus() != MeetingRequestStatus.PENDING) {
                showProblem(getTranslation("notifications.meeting-reply.already."
                        + preview.currentStatus().name().toLowerCase(Locale.ROOT)));
                return;
            }
            question.setText(getTranslation(accept ? "notifications.meeting-reply.accept-question"
                    : "notifications.meeting-reply.decline-question", preview.fromName(), preview.eventTitle()));
            confirm.setText(getTranslation(accept ? "notifications.meeting-reply.accept"
                    : "notifications.meeting-reply.decline"));
            if (!accept) {
                confirm.addThemeVariants(ButtonVariant.LUMO_ERROR);
            }
        } catch (InvalidInputException invalid) {
            showProblem(invalid.errors().get(0).message());
        } catch (org.mingle.domain.shared.NotFoundException gone) {
            showProblem(getTranslation("notifications.meeting-reply.gone"));
        }
    }

    private void reply() {
        try {
            var answered = replies.reply(token);
            outcome.setText(answered.status() == MeetingRequestStatus.ACCEPTED
                    ? getTranslation("notifications.meeting-reply.accepted")
                    : getTranslation("notifications.meeting-reply.declined"));
            confirm.setVisible(false);
        } catch (InvalidInputException invalid) {
            showProblem(invalid.errors().get(0).message());
        } catch (ConflictException | RuleViolationException refused) {
            showProblem(DomainMessages.of(refused));
        }
    }

    private void showProblem(String message) {
        question.setText(message);
        question.addClassName("auth-error");
        confirm.setVisible(false);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notifications.meeting-reply.title");
    }
}
