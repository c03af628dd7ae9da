package org.mingle.web.notifications;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.theme.lumo.LumoUtility;
import io.micronaut.context.annotation.Prototype;
import java.util.List;
import java.util.Locale;
import org.mingle.domain.notifications.NotificationCategory;
import org.mingle.domain.notifications.NotificationService;
import org.mingle.domain.shared.InvalidInputException;
import org.mingle.web.shell.MainLayout;
import org.mingle.web.shell.Routes;

/**
 * Where a mail's "Stop this kind of mail" link leads: it names what it would stop and acts only on a click, since
 * mail scanners open links by themselves. No log-in: the signed link names the account.
 */
@Prototype
@AnonymousAllowed
@Route(value = Routes.UNSUBSCRIBE, layout = MainLayout.class)
@PageTitle("Stop mail · Mingle")
public class UnsubscribeView extends VerticalLayout implements BeforeEnterObserver {

    private final NotificationService notifications;

    private final Paragraph question = new Paragraph();
    private final Button stop = new Button("Stop this mail");
    private final Div outcome = new Div();
    private String token = "";

    UnsubscribeView(NotificationService notifications) {
        this.notifications = notifications;
        addClassNames("page", "auth-page");
        setPadding(true);

        var heading = new H1("Stop mail from Mingle");
        heading.addClassNames(LumoUtility.Margin.NONE);
        question.setId("unsubscribe-question");
        stop.setId("unsubscribe-confirm");
        stop.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        stop.setDisableOnClick(true);
        stop.addClickListener(click -> stop());
        outcome.setId("unsubscribe-outcome");
        outcome.getElement().setAttribute("role", "status");
        var settings = Routes.link("Choose what Mingle mails you", Routes.notifications());
        settings.setId("unsubscribe-settings");
        add(heading, question, stop, outcome, new Paragraph(settings));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent enter) {
        token = enter.getLocation().getQueryParameters().getSingleParameter(Routes.MAIL_TOKEN).orElse("");
        try {
            question.setText("Stop mail about " + names(notifications.unsubscribePreview(token))
                    + "? You still see it here, under the bell.");
        } catch (InvalidInputException invalid) {
            showProblem(invalid);
        }
    }

    private void stop() {
        try {
            var stopped = notifications.unsubscribe(token);
            outcome.setText("Done: mail about " + names(stopped) + " stays in Mingle now. You can turn it back on "
                    + "in your notification settings.");
            stop.setVisible(false);
        } catch (InvalidInputException invalid) {
            showProblem(invalid);
        }
    }

    private void showProblem(InvalidInputException invalid) {
        question.setText(invalid.errors().get(0).message());
        outcome.addClassName("auth-error");
        stop.setVisible(false);
    }

    private static String names(List<NotificationCategory> categories) {
        return String.join(" and ", categories.stream().map(c -> c.label().toLowerCase(Locale.ROOT)).toList());
    }
}
