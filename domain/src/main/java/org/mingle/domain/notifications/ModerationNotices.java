package org.mingle.domain.notifications;

import io.micronaut.context.annotation.Requires;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.mingle.domain.mail.Words;
import org.mingle.domain.moderation.Administrators;
import org.mingle.domain.moderation.ContentReported;
import org.mingle.domain.moderation.ModerationService;

/**
 * Tells every administrator of a new report ({@link NotificationKind#CONTENT_REPORTED}), with a link to the
 * administration page, in the transaction that filed it. The reporter stays unnamed here: the page shows who.
 */
@Singleton
@Requires(property = NotificationService.ENABLED, notEquals = "false")
class ModerationNotices {

    private final NotificationService notifications;
    private final Administrators administrators;

    ModerationNotices(NotificationService notifications, Administrators administrators) {
        this.notifications = notifications;
        this.administrators = administrators;
    }

    @EventListener
    void contentReported(ContentReported report) {
        var what = Words.of("moderation.kind." + report.kind().name());
        var reason = Words.of("moderation.reason." + report.reason().name());
        for (var administrator : administrators.active()) {
            notifications.send(new NewNotification(administrator.id(), NotificationKind.CONTENT_REPORTED,
                    Words.of("moderation.reported.title", report.subjectTitle()),
                    Words.of("moderation.reported.body", what, report.subjectTitle(), reason),
                    Optional.of("/" + ModerationService.ADMIN_PAGE), Optional.empty()));
        }
    }
}
