package org.mingle.web.shell;

import com.vaadin.flow.component.UI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.mingle.domain.shared.DomainException;
import org.mingle.domain.shared.FieldError;

/**
 * The domain's validation and refusal messages in the page's language (decision 63). The domain writes them in
 * English, with a stable code and the values they were made from for the common ones; the text of
 * {@code error.<code>} in the page's language is shown, or the domain's English message when the message has no code
 * or the code no translation. The API keeps answering the English message: it is the contract.
 */
public final class DomainMessages {

    static final String PREFIX = "error.";
    private static final Translations TRANSLATIONS = new Translations();

    private DomainMessages() {
    }

    /** A field's message, such as "must be at most 200 characters", to follow the field's label. */
    public static String of(FieldError error) {
        return in(pageLanguage(), error);
    }

    /** A refusal's sentence, such as "Registration for this event has closed." */
    public static String of(DomainException refusal) {
        return in(pageLanguage(), refusal);
    }

    static String in(Locale language, FieldError error) {
        return translated(language, Optional.ofNullable(error.code()), error.arguments(), error.message());
    }

    static String in(Locale language, DomainException refusal) {
        return translated(language, refusal.code(), refusal.arguments(), refusal.getMessage());
    }

    private static String translated(Locale language, Optional<String> code, List<Object> arguments,
                                     String english) {
        return code.flatMap(known -> TRANSLATIONS.find(PREFIX + known, language, arguments.toArray()))
                .orElse(english);
    }

    private static Locale pageLanguage() {
        UI ui = UI.getCurrent();
        return ui == null || ui.getLocale() == null ? Locale.ENGLISH : ui.getLocale();
    }
}
