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

/**
 * How each category of notification reaches the signed-in person: a choice per category, saved as it changes; and
 * the latest mail that could not reach them, with the reason their mail server gave.
 */
@Prototype
class MailSettingsSection extends Section {

    static final Map<Delivery, String> LABELS = Map.of(
            Delivery.IMMEDIATE, "By mail at once",
            Delivery.DAILY_DIGEST, "By mail, once a day",
            Delivery.IN_APP_ONLY, "Only here in Mingle");

    static final int UNDELIVERED_SHOWN = 5;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'",
            Locale.ENGLISH);

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
        var heading = new H3("Mail from Mingle");
        heading.addClassNames(LumoUtility.Margin.Bottom.XSMALL);
        var text = new Paragraph("Everything also appears here. Mail about resetting your password always comes.");
        text.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.Top.NONE);
        var fields = new Div();
        fields.addClassName("mail-settings-fields");
        for (var category : NotificationCategory.values()) {
            var select = new Select<Delivery>();
            select.setId("mail-setting-" + category.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            select.setLabel(category.label());
            select.setItems(Delivery.values());
            select.setItemLabelGenerator(LABELS::get);
            select.setWidthFull();
            select.addValueChangeListener(change -> {
                if (change.isFromClient()) {
                    notifications.changeSettings(currentUser.require(), Map.of(category, change.getValue()));
                    Notification.show(category.label() + ": " + LABELS.get(change.getValue()).toLowerCase(
                            Locale.ROOT) + ".", 3000, Notification.Position.BOTTOM_CENTER);
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
        var heading = new H4("Mail that did not reach you");
        var explanation = new Paragraph("Mingle gave up on these after its retries, or your mail server refused "
                + "them. Everything they said is in your notifications above.");
        explanation.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        undelivered.add(heading, explanation);
        for (var mail : failed) {
            var subject = new Span(mail.subject());
            subject.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
            var facts = new Paragraph("To " + mail.recipient() + " · " + WHEN.format(mail.createdAt().atZone(
                    ZoneOffset.UTC)) + " · " + mail.lastError().orElse("no reason given"));
            facts.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL, LumoUtility.Margin.NONE);
            var item = new Div(subject, facts);
            item.addClassName("undelivered-mail");
            undelivered.add(item);
        }
    }
}
