package org.mingle.domain.notifications;

import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;
import org.mingle.domain.personaldata.PersonalDataSection;
import org.mingle.domain.shared.AccountId;

/** A person's notifications and notification settings; erasure deletes both. */
@Singleton
class NotificationsPersonalData implements PersonalDataSection {

    private final JdbcNotifications store;
    private final JdbcReminders reminders;
    private final NotificationService notifications;

    NotificationsPersonalData(JdbcNotifications store, JdbcReminders reminders, NotificationService notifications) {
        this.store = store;
        this.reminders = reminders;
        this.notifications = notifications;
    }

    @Override
    public String name() {
        return "notifications";
    }

    @Override
    public int order() {
        return 85;
    }

    @Override
    public Object export(AccountId account) {
        Map<String, Object> section = new LinkedHashMap<>();
        Map<String, Object> settings = new LinkedHashMap<>();
        notifications.settings(account).forEach((category, delivery) -> settings.put(category.name(), delivery.name()));
        section.put("settings", settings);
        section.put("items", store.all(account).stream().map(notification -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("kind", notification.kind().name());
            item.put("title", notification.title());
            item.put("body", notification.body());
            notification.link().ifPresent(link -> item.put("link", link));
            notification.event().ifPresent(event -> item.put("eventId", event.toString()));
            item.put("createdAt", notification.createdAt().toString());
            notification.readAt().ifPresent(read -> item.put("readAt", read.toString()));
            return item;
        }).toList());
        return section;
    }

    @Override
    public void erase(AccountId account) {
        store.eraseAllOf(account);
        reminders.eraseAllOf(account);
    }
}
