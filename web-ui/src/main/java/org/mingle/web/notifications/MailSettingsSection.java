package org.mingle.web.notifications;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.theme.lumo.LumoUtility;
import io.micronaut.context.annotation.Prototype;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mingle.domain.mail.MailOutbox;
import org.mingle.domain.mail.QueuedMail;
import org.mingle.domain.notifications.Delivery;
import org.mingle.domain.notifications.NotificationCategory;
import org.mingle.domain.notifications.NotificationService;
import org.mingle.web.shell.CurrentUser;
import org.mingle.web.shell.Formats;

/**
 * How each category of notification reaches the signed-in person: a choice per category, saved as it changes; and
 * the latest mail that could not reach them, with the reason their mail server gave.
 */
@Prototype
class MailSettingsSection extends Section {

    static final int UNDELIVERED_SHOWN = 5;

    private final NotificationService notifications;
    private final MailOutbox mail;
    private final CurrentUser currentUser;
    private final Div undelivered = new Div();
    private final Map<NotificationCategory, Select<Delivery>> choices = new EnumMap<>(NotificationCategory.class);

    MailSettingsSection(NotificationService notifications, MailOutbox mail, CurrentUser currentUser) {
        this.notifications = notifications;
        this.mail = mail;
        this.currentUser = currentUser;
        setId("mail-settings");
        addClassName("account-section");
        var heading = new H3(getTranslation("notifications.mail.heading"));
        heading.addClassNames(LumoUtility.Margin.Bottom.XSMALL);
        var text = new Paragraph(getTranslation("notifications.mail.intro"));
        text.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.Top.NONE);
        var fields = new Div();
        fields.addClassName("mail-settings-fields");
        for (var category : NotificationCategory.values()) {
            var select = new Select<Delivery>();
            select.setId("mail-setting-" + category.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            select.setLabel(category(category));
            // OFF only where people opt in (decision 48): the rest always reach the bell.
            select.setItems(category.choices());
            select.setItemLabelGenerator(this::delivery);
            select.setWidthFull();
            select.addValueChangeListener(change -> {
                if (change.isFromClient()) {
                    notifications.changeSettings(currentUser.require(), Map.of(category, change.getValue()));
                    Notification.show(getTranslation("notifications.mail.saved", category(category),
                            delivery(change.getValue())), 3000, Notification.Position.BOTTOM_CENTER);
                }
            });
            choices.put(category, select);
            fields.add(select);
        }
        undelivered.setId("undelivered-mail");
        undelivered.setVisible(false);
        add(heading, text, fields, undelivered);
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        super.onAttach(attach);
        currentUser.account().ifPresent(account -> {
            notifications.settings(account).forEach((category, delivery) -> choices.get(category).setValue(delivery));
            showUndelivered(mail.undeliveredTo(account, UNDELIVERED_SHOWN));
        });
    }

    private void showUndelivered(List<QueuedMail> failed) {
        undelivered.removeAll();
        undelivered.setVisible(!failed.isEmpty());
        if (failed.isEmpty()) {
            return;
        }
        var heading = new H4(getTranslation("notifications.mail.undelivered"));
        var explanation = new Paragraph(getTranslation("notifications.mail.undelivered-text"));
        explanation.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        undelivered.add(heading, explanation);
        for (var mail : failed) {
            var subject = new Span(mail.subject());
            subject.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
            var facts = new Paragraph(getTranslation("notifications.mail.to", mail.recipient()) + " · "
                    + when().format(mail.createdAt().atZone(ZoneOffset.UTC)) + " · "
                    + mail.lastError().orElse(getTranslation("notifications.mail.no-reason")));
            facts.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL, LumoUtility.Margin.NONE);
            var item = new Div(subject, facts);
            item.addClassName("undelivered-mail");
            undelivered.add(item);
        }
    }

    /** The category's name; the domain's English label stays for mail and the API. */
    private String category(NotificationCategory category) {
        return getTranslation("notifications.category." + category.name().toLowerCase(Locale.ROOT)
                .replace('_', '-'));
    }

    private String delivery(Delivery delivery) {
        return getTranslation(switch (delivery) {
            case IMMEDIATE -> "notifications.delivery.immediate";
            case DAILY_DIGEST -> "notifications.delivery.daily";
            case IN_APP_ONLY -> "notifications.delivery.in-app";
            case OFF -> "notifications.delivery.off";
        });
    }

    private DateTimeFormatter when() {
        return DateTimeFormatter.ofPattern(getTranslation("format.day-and-time-utc"), Formats.locale());
    }
}
