package org.mingle.web.notifications;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.theme.lumo.LumoUtility;
import io.micronaut.context.annotation.Prototype;
import java.util.EnumMap;
import java.util.Map;
import org.mingle.domain.notifications.Delivery;
import org.mingle.domain.notifications.NotificationCategory;
import org.mingle.domain.notifications.NotificationService;
import org.mingle.web.shell.CurrentUser;

/** How each category of notification reaches the signed-in person: a choice per category, saved as it changes. */
@Prototype
class MailSettingsSection extends Section {

    static final Map<Delivery, String> LABELS = Map.of(
            Delivery.IMMEDIATE, "By mail at once",
            Delivery.DAILY_DIGEST, "By mail, once a day",
            Delivery.IN_APP_ONLY, "Only here in Mingle");

    private final NotificationService notifications;
    private final CurrentUser currentUser;
    private final Map<NotificationCategory, Select<Delivery>> choices = new EnumMap<>(NotificationCategory.class);

    MailSettingsSection(NotificationService notifications, CurrentUser currentUser) {
        this.notifications = notifications;
        this.currentUser = currentUser;
        setId("mail-settings");
        addClassName("account-section");
        var heading = new H3("Mail from Mingle");
        heading.addClassNames(LumoUtility.Margin.Bottom.XSMALL);
        var text = new Paragraph("Everything also appears here. Mail about resetting your password always comes.");
        text.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.Top.NONE);
        var fields = new Div();
        fields.addClassName("mail-settings-fields");
        for (var category : NotificationCategory.values()) {
            var select = new Select<Delivery>();
            select.setId("mail-setting-" + category.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            select.setLabel(category.label());
            select.setItems(Delivery.values());
            select.setItemLabelGenerator(LABELS::get);
            select.setWidthFull();
            select.addValueChangeListener(change -> {
                if (change.isFromClient()) {
                    notifications.changeSettings(currentUser.require(), Map.of(category, change.getValue()));
                    Notification.show(category.label() + ": " + LABELS.get(change.getValue()).toLowerCase(
                            java.util.Locale.ROOT) + ".", 3000, Notification.Position.BOTTOM_CENTER);
                }
            });
            choices.put(category, select);
            fields.add(select);
        }
        add(heading, text, fields);
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        super.onAttach(attach);
        currentUser.account().ifPresent(account -> notifications.settings(account)
                .forEach((category, delivery) -> choices.get(category).setValue(delivery)));
    }
}
