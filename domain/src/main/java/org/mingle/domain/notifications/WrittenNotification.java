package org.mingle.domain.notifications;

import java.util.List;
import java.util.Locale;
import org.mingle.domain.shared.TextRules;

/**
 * A notification written in every language Mingle writes, English first, or once when its words are the same in all.
 * The store keeps the text its recipient reads, chosen in the statement that writes it (decision 66): the change that
 * causes a notification, often holding an event's lock, pays no separate lookup of the recipient's language.
 *
 * @param titles      the title in each language, cut to {@value NotificationService#TITLE_MAX} characters
 * @param bodies      the body in each language, cut to {@value NotificationService#BODY_MAX} characters
 * @param mailActions the mail's actions in each language as stored (a label and a path per line); empty when it has
 *                    none
 */
record WrittenNotification(NotificationId id, NewNotification request, List<Locale> languages, List<String> titles,
                           List<String> bodies, List<String> mailActions) {

    static WrittenNotification of(NewNotification request, List<Locale> spoken) {
        var languages = request.literal() ? List.of(Locale.ENGLISH) : List.copyOf(spoken);
        return new WrittenNotification(NotificationId.newId(), request, languages,
                languages.stream().map(language -> TextRules.truncate(request.title().in(language),
                        NotificationService.TITLE_MAX)).toList(),
                languages.stream().map(language -> TextRules.truncate(request.body().in(language),
                        NotificationService.BODY_MAX)).toList(),
                request.mailActions().isEmpty() ? List.of()
                        : languages.stream().map(language -> actionsText(request.mailActions(), language)).toList());
    }

    private static String actionsText(List<NewNotification.MailAction> actions, Locale language) {
        return String.join("\n", actions.stream().map(action -> action.label().in(language) + "\t" + action.path())
                .toList());
    }
}
