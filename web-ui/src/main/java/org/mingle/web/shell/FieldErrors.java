package org.mingle.web.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mingle.domain.shared.FieldError;

/**
 * Shows the domain's validation messages next to the form fields they name: "Capacity must be between 1 and 100000".
 * The domain is the one validator, so the fields are set to manual validation and never mark themselves invalid.
 */
public final class FieldErrors {

    /** Domain field name to the field that shows its message, in form order. */
    private final Map<String, LabelledField> fields = new LinkedHashMap<>();

    /**
     * @param field     the domain's name of the field, such as {@code startsAt}
     * @param component the field showing its message; a {@link HasValidation} component
     * @param label     what the message starts with, such as {@code Start}; empty to show the message alone, as a
     *                  sentence ("No Mingle account uses this email address")
     */
    public <C extends Component & HasValidation> FieldErrors add(String field, C component, String label) {
        component.setManualValidation(true);
        fields.put(field, new LabelledField(component, label));
        return this;
    }

    /**
     * Marks each refused field with its message, focuses the first one in form order (so a keyboard or screen-reader
     * user lands on it), and answers the messages of fields this form does not show.
     */
    public List<String> show(List<FieldError> errors) {
        List<String> unplaced = new ArrayList<>();
        for (FieldError error : errors) {
            LabelledField field = fields.get(error.field());
            if (field == null) {
                unplaced.add(error.field() + ": " + DomainMessages.of(error));
            } else {
                String message = DomainMessages.of(error);
                if (message.equals(error.message())) {
                    field.showError(message);
                } else {
                    // Written in the page's language: shown alone under the field, as a sentence, for the label
                    // given here may be the English one the domain's English messages start with.
                    field.show(LabelledField.sentence(message));
                }
            }
        }
        fields.values().stream().filter(LabelledField::isInvalid).findFirst()
                .map(LabelledField::component)
                .filter(Focusable.class::isInstance)
                .ifPresent(component -> ((Focusable<?>) component).focus());
        return unplaced;
    }

    /** Shows a whole sentence at one field, such as "An account with this email address already exists." */
    public void showSentence(String field, String sentence) {
        var labelled = fields.get(field);
        if (labelled == null) {
            throw new IllegalArgumentException("No field " + field);
        }
        labelled.show(sentence);
        if (labelled.component() instanceof Focusable<?> focusable) {
            focusable.focus();
        }
    }

    public void clear() {
        fields.values().forEach(LabelledField::clearError);
    }

    private record LabelledField(Component component, String label) {

        void showError(String message) {
            show(label.isEmpty() ? sentence(message) : label + " " + message);
        }

        void show(String text) {
            var validated = (HasValidation) component;
            validated.setErrorMessage(text);
            validated.setInvalid(true);
        }

        void clearError() {
            var validated = (HasValidation) component;
            validated.setInvalid(false);
            validated.setErrorMessage(null);
        }

        boolean isInvalid() {
            return ((HasValidation) component).isInvalid();
        }

        static String sentence(String message) {
            return message.isEmpty() ? message : Character.toUpperCase(message.charAt(0)) + message.substring(1);
        }
    }
}
