package org.mingle.web.connections;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility;
import io.micronaut.context.annotation.Prototype;
import java.util.List;
import org.mingle.domain.connections.ConnectCodeNotFoundException;
import org.mingle.domain.connections.ConnectTarget;
import org.mingle.domain.connections.ConnectionService;
import org.mingle.domain.connections.MyConnection;
import org.mingle.domain.events.Event;
import org.mingle.domain.profiles.ProfilePhotoService;
import org.mingle.domain.shared.DomainException;
import org.mingle.domain.shared.NotFoundException;
import org.mingle.domain.shared.RuleViolationException;
import org.mingle.web.events.EventTimes;
import org.mingle.web.profiles.Faces;
import org.mingle.web.profiles.ProfileCard;
import org.mingle.web.shell.CurrentUser;
import org.mingle.web.shell.DomainMessages;
import org.mingle.web.shell.MainLayout;

/**
 * Where a scanned connect code leads: {@code connect/<code>}. It needs a signed-in account, so a visitor logs in
 * first and comes back here ({@link org.mingle.web.accounts.RouteAccessControl}). It shows the person behind the code
 * and, when exactly one event the two attend is happening now, connects them there at once; with several events in
 * common (or none happening now) it offers one button per event, and says so when they attend no event together. An
 * unknown code, or one's own, gets a friendly word.
 */
@Prototype
@Route(value = ConnectView.ROUTE_PREFIX + "/:" + ConnectView.CODE_PARAMETER, layout = MainLayout.class)
public class ConnectView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String ROUTE_PREFIX = "connect";
    public static final String CODE_PARAMETER = "code";

    private final ConnectionService connections;
    private final ProfilePhotoService photos;
    private final CurrentUser currentUser;

    private final Div notice = new Div();
    private final ProfileCard person = new ProfileCard("connect-person");
    private final Div result = new Div();
    private final Div choices = new Div();

    private String code;
    private ConnectTarget target;

    ConnectView(ConnectionService connections, ProfilePhotoService photos, CurrentUser currentUser) {
        this.connections = connections;
        this.photos = photos;
        this.currentUser = currentUser;
        setId("connect-page");
        addClassNames("page", "connect-page");
        setPadding(true);

        var heading = new H1(getTranslation("connections.scan.connect"));
        heading.addClassNames(LumoUtility.Margin.NONE);

        notice.setId("connect-notice");
        notice.addClassName("friendly-notice");
        notice.setVisible(false);

        person.addClassName("profile-card-page");
        person.setVisible(false);

        result.setId("connect-result");
        result.addClassName("connect-result");
        result.getElement().setAttribute("role", "status");
        result.setVisible(false);

        choices.setId("connect-events");
        choices.addClassName("connect-events");
        choices.setVisible(false);

        add(heading, notice, person, result, choices);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent enter) {
        code = enter.getRouteParameters().get(CODE_PARAMETER).orElse("");
        target = null;
        notice.setVisible(false);
        person.setVisible(false);
        result.setVisible(false);
        choices.setVisible(false);
        try {
            target = connections.target(currentUser.require(), code);
        } catch (ConnectCodeNotFoundException unknown) {
            showNotice(getTranslation("connections.connect.unknown"), false);
            return;
        } catch (RuleViolationException ownCode) {
            showNotice(getTranslation("connections.connect.own-code"), true);
            return;
        } catch (NotFoundException unknown) {
            showNotice(getTranslation("connections.connect.unknown"), false);
            return;
        }
        var other = target.person();
        person.show(other, Faces.of(photos, currentUser.require(), List.of(other.accountId()))
                .large(other.accountId(), other.displayName()));
        person.setVisible(true);
        List<Event> common = target.events();
        if (common.isEmpty()) {
            showResult(getTranslation("connections.connect.not-same-event", name()), null, "not-same-event");
        } else if (target.happeningNow() == 1) {
            connect(common.get(0));
        } else {
            showChoices(common);
        }
    }

    private void showChoices(List<Event> common) {
        choices.removeAll();
        var question = new Paragraph(target.happeningNow() > 1
                ? getTranslation("connections.connect.which-event", name())
                : getTranslation("connections.connect.where", name()));
        question.setId("connect-question");
        question.addClassNames(LumoUtility.Margin.NONE);
        choices.add(question);
        for (int i = 0; i < common.size(); i++) {
            Event event = common.get(i);
            var choice = new Button(getTranslation("connections.connect.at", event.title()));
            choice.setId("connect-at-" + event.id());
            choice.addClassName("connect-choice");
            choice.getElement().setAttribute("data-event-id", event.id().toString());
            if (i < target.happeningNow()) {
                choice.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            choice.setDisableOnClick(true);
            choice.addClickListener(click -> connect(event));
            String now = i < target.happeningNow() ? getTranslation("connections.connect.now") + " · " : "";
            var when = new Span(now + EventTimes.span(event));
            when.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
            var row = new Div(choice, when);
            row.addClassName("connect-choice-row");
            choices.add(row);
        }
        choices.setVisible(true);
    }

    private void connect(Event event) {
        try {
            MyConnection connection = connections.recordByCode(currentUser.require(), event.id(), code).connection();
            choices.setVisible(false);
            var open = new RouterLink(getTranslation("connections.connect.open-network"), NetworkView.class);
            open.setQueryParameters(NetworkView.opening(connection.id()));
            open.setId("connect-open-network");
            open.addClassName("button-link");
            open.addComponentAsFirst(VaadinIcon.USERS.create());
            showResult(getTranslation("connections.connect.done", name(), event.title()), open, "connected");
            result.getElement().setAttribute("data-connection-id", connection.id().toString());
        } catch (DomainException refused) {
            choices.setVisible(false);
            showResult(DomainMessages.of(refused), null, "refused");
        }
    }

    private void showResult(String text, RouterLink link, String state) {
        result.removeAll();
        var message = new Paragraph(text);
        message.setId("connect-message");
        message.addClassNames(LumoUtility.Margin.NONE, "connect-message");
        result.add(message);
        if (link != null) {
            result.add(link);
        }
        result.getElement().setAttribute("data-state", state);
        result.getElement().removeAttribute("data-connection-id");
        result.setClassName("connect-result-success", "connected".equals(state));
        result.setVisible(true);
    }

    private void showNotice(String text, boolean ownCode) {
        notice.removeAll();
        var message = new Paragraph(text);
        message.setId("connect-notice-text");
        notice.add(message);
        if (ownCode) {
            var mine = new RouterLink(getTranslation("connections.scan.show-mine"), MyConnectCodeView.class);
            mine.setId("connect-show-my-code");
            notice.add(mine);
        }
        notice.setVisible(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("connections.connect.title");
    }

    private String name() {
        return target.person().displayName();
    }
}
