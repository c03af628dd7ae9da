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
public class UnsubscribeView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final NotificationService notifications;

    private final Paragraph question = new Paragraph();
    private final Button stop = new Button();
    private final Div outcome = new Div();
    private String token = "";

    UnsubscribeView(NotificationService notifications) {
        this.notifications = notifications;
        addClassNames("page", "auth-page");
        setPadding(true);

        stop.setText(getTranslation("notifications.unsubscribe.stop"));
        var heading = new H1(getTranslation("notifications.unsubscribe.heading"));
        heading.addClassNames(LumoUtility.Margin.NONE);
        question.setId("unsubscribe-question");
        stop.setId("unsubscribe-confirm");
        stop.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        stop.setDisableOnClick(true);
        stop.addClickListener(click -> stop());
        outcome.setId("unsubscribe-outcome");
        outcome.getElement().setAttribute("role", "status");
        var settings = Routes.link(getTranslation("notifications.unsubscribe.settings"), Routes.notifications());
        settings.setId("unsubscribe-settings");
        add(heading, question, stop, outcome, new Paragraph(settings));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent enter) {
        token = enter.getLocation().getQueryParameters().getSingleParameter(Routes.MAIL_TOKEN).orElse("");
        try {
            question.setText(getTranslation("notifications.unsubscribe.question",
                    names(notifications.unsubscribePreview(token))));
        } catch (InvalidInputException invalid) {
            showProblem(invalid);
        }
    }

    private void stop() {
        try {
            var stopped = notifications.unsubscribe(token);
            outcome.setText(getTranslation("notifications.unsubscribe.done", names(stopped)));
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

    /** The categories inside a sentence: "meetings and groups". */
    private String names(List<NotificationCategory> categories) {
        return String.join(" " + getTranslation("notifications.unsubscribe.and") + " ", categories.stream()
                .map(c -> getTranslation("notifications.category-in-sentence."
                        + c.name().toLowerCase(Locale.ROOT).replace('_', '-')))
                .toList());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notifications.unsubscribe.title");
    }
}
