package org.mingle.web.notifications;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import io.micronaut.context.annotation.Prototype;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.mingle.domain.notifications.Notification;
import org.mingle.domain.notifications.NotificationService;
import org.mingle.domain.shared.PageRequest;
import org.mingle.web.shell.CurrentUser;
import org.mingle.web.shell.Formats;
import org.mingle.web.shell.MainLayout;
import org.mingle.web.shell.NotificationsChanged;
import org.mingle.web.shell.Routes;

/**
 * What Mingle told the signed-in person, newest first: unread ones stand out until opened or marked read. Below the
 * list, how each kind of notification reaches them by mail ({@link MailSettingsSection}).
 */
@Prototype
@Route(value = Routes.NOTIFICATIONS, layout = MainLayout.class)
public class NotificationsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final int PAGE_SIZE = 20;

    private final NotificationService notifications;
    private final CurrentUser currentUser;

    private final Div list = new Div();
    private final Paragraph empty = new Paragraph();
    private final Checkbox unreadOnly = new Checkbox();
    private final Button markAll = new Button();
    private final Button more = new Button();
    private int shown;

    NotificationsView(NotificationService notifications, CurrentUser currentUser, MailSettingsSection settings) {
        this.notifications = notifications;
        this.currentUser = currentUser;
        addClassName("page");
        setPadding(true);

        unreadOnly.setLabel(getTranslation("notifications.page.unread-only"));
        markAll.setText(getTranslation("notifications.page.mark-all-read"));
        more.setText(getTranslation("notifications.page.show-more"));
        var heading = new H1(getTranslation("notifications.page.heading"));
        heading.addClassNames(LumoUtility.Margin.NONE);

        unreadOnly.setId("notifications-unread-only");
        unreadOnly.addValueChangeListener(change -> refresh());
        markAll.setId("notifications-mark-all");
        markAll.addClickListener(click -> {
            notifications.markAllRead(currentUser.require());
            NotificationsChanged.fire();
            refresh();
        });
        var toolbar = new Div(unreadOnly, markAll);
        toolbar.addClassName("notification-actions");

        list.setId("notifications-list");
        list.setWidthFull();
        list.getElement().setAttribute("role", "list");
        empty.setId("notifications-empty");
        empty.addClassNames(LumoUtility.TextColor.SECONDARY);
        more.setId("notifications-more");
        more.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        more.addClickListener(click -> showNextPage());

        add(heading, toolbar, empty, list, more, settings);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent enter) {
        refresh();
    }

    private void refresh() {
        list.removeAll();
        shown = 0;
        showNextPage();
    }

    private void showNextPage() {
        var account = currentUser.require();
        var page = notifications.list(account, unreadOnly.getValue(),
                PageRequest.of(shown / PAGE_SIZE, PAGE_SIZE));
        page.items().forEach(notification -> list.add(item(notification)));
        shown += page.items().size();
        more.setVisible(shown < page.total());
        empty.setText(getTranslation(unreadOnly.getValue() ? "notifications.page.nothing-unread"
                : "notifications.page.empty"));
        empty.setVisible(page.total() == 0);
        markAll.setEnabled(notifications.unreadCount(account) > 0);
    }

    private Div item(Notification notification) {
        var title = new H3(notification.title());
        title.addClassName("notification-title");
        var body = new Paragraph(notification.body());
        body.addClassName("notification-body");
        var when = new Span(when().format(notification.createdAt().atZone(ZoneOffset.UTC)));
        when.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        var actions = new Div(when);
        actions.addClassName("notification-actions");
        notification.link().ifPresent(path -> {
            var open = new Button(getTranslation("notifications.page.open"), click -> {
                notifications.markRead(currentUser.require(), notification.id());
                NotificationsChanged.fire();
                Routes.go(UI.getCurrent(), new Location(path.substring(1)));
            });
            open.getElement().setAttribute("aria-label",
                    getTranslation("notifications.page.open-label", notification.title()));
            open.addThemeVariants(ButtonVariant.LUMO_SMALL);
            actions.add(open);
        });
        var item = new Div(title, body, actions);
        item.addClassName("notification");
        item.getElement().setAttribute("role", "listitem");
        item.getElement().setAttribute("data-kind", notification.kind().name());
        if (notification.unread()) {
            item.addClassName("unread");
            var read = new Button(getTranslation("notifications.page.mark-read"));
            read.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            read.getElement().setAttribute("aria-label",
                    getTranslation("notifications.page.mark-read-label", notification.title()));
            read.addClickListener(click -> {
                notifications.markRead(currentUser.require(), notification.id());
                NotificationsChanged.fire();
                item.removeClassName("unread");
                read.setVisible(false);
                markAll.setEnabled(notifications.unreadCount(currentUser.require()) > 0);
            });
            actions.add(read);
            var unread = new Span(getTranslation("notifications.page.unread") + ": ");
            unread.addClassName("sr-only");
            title.addComponentAsFirst(unread);
        }
        return item;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notifications.page.title");
    }

    private DateTimeFormatter when() {
        return DateTimeFormatter.ofPattern(getTranslation("format.day-and-time-utc"), Formats.locale());
    }
}
