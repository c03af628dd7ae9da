package org.mingle.web.meetings;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.ArrayList;
import java.util.List;
import org.mingle.domain.shared.FieldError;
import org.mingle.domain.shared.InvalidInputException;
import org.mingle.web.shell.FieldErrors;

/** What the sections of the meeting schedule say alike: counts, empty lists, form errors and "done" notices. */
final class ScheduleParts {

    private ScheduleParts() {
    }

    /**
     * Shows each message at its field: "Seats must be between 2 and 200", and as a sentence of its own where the
     * domain wrote one ("Another table is called this."). Answers what no field of the form shows.
     */
    static String show(FieldErrors fields, InvalidInputException invalid) {
        List<FieldError> labelled = new ArrayList<>();
        List<FieldError> sentences = new ArrayList<>();
        for (FieldError error : invalid.errors()) {
            (isSentence(error.message()) ? sentences : labelled).add(error);
        }
        List<String> unplaced = new ArrayList<>(fields.show(labelled));
        for (FieldError error : sentences) {
            try {
                fields.showSentence(error.field(), sentence(error.message()));
            } catch (IllegalArgumentException noSuchField) {
                unplaced.add(sentence(error.message()));
            }
        }
        return String.join(" ", unplaced);
    }

    /** "another table is called this" and "an event has at most 50 ..." read as sentences; "is required" does not. */
    private static boolean isSentence(String message) {
        return message.startsWith("another ") || message.startsWith("an ");
    }

    private static String sentence(String message) {
        return Character.toUpperCase(message.charAt(0)) + message.substring(1) + (message.endsWith(".") ? "" : ".");
    }

    static Paragraph empty(String id, String text) {
        var none = new Paragraph(text);
        none.setId(id);
        none.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.NONE, "empty-list");
        return none;
    }

    static void showError(Div error, String message) {
        error.setText(message);
        error.setVisible(!message.isEmpty());
    }

    static void notify(String message) {
        var done = Notification.show(message, 5000, Notification.Position.BOTTOM_CENTER);
        done.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
