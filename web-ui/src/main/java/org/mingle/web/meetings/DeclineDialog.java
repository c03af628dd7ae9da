package org.mingle.web.meetings;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.ArrayList;
import java.util.List;
import org.mingle.domain.events.EventId;
import org.mingle.domain.matching.PersonToMeet;
import org.mingle.domain.matching.RecommendationService;
import org.mingle.domain.meetings.MeetingRequestService;
import org.mingle.domain.meetings.MeetingRequestView;
import org.mingle.domain.shared.AccountId;
import org.mingle.domain.shared.DomainException;
import org.mingle.web.shell.CurrentUser;
import org.mingle.web.shell.DomainMessages;
import org.mingle.web.shell.UiErrorHandler;

/**
 * Declines a meeting request, optionally suggesting someone the sender might meet instead: up to three of the
 * viewer's best recommendations whom Mingle would also recommend to the sender (decision 56). "No suggestion" is
 * chosen to begin with. The decline button stays disabled from the click until the answer.
 */
class DeclineDialog extends Dialog {

    static final int SUGGESTIONS = 3;

    /** A choice in the list: someone to suggest with the first reason to, or nobody ({@code account} null). */
    record Choice(AccountId account, String name, String reason) {

        String label() {
            return reason == null ? name : name + " · " + reason;
        }
    }

    private final MeetingRequestService meetings;
    private final RecommendationService recommendations;
    private final CurrentUser currentUser;

    private final Paragraph intro = new Paragraph();
    private final RadioButtonGroup<Choice> suggestion = new RadioButtonGroup<>();
    private final Button decline = new Button(getTranslation("meetings.decline-dialog.decline"));

    private EventId event;
    private MeetingRequestView request;
    private Runnable afterwards = () -> { };

    DeclineDialog(MeetingRequestService meetings, RecommendationService recommendations, CurrentUser currentUser) {
        this.meetings = meetings;
        this.recommendations = recommendations;
        this.currentUser = currentUser;
        setId("decline-dialog");
        setWidth("32rem");
        setMaxWidth("calc(100vw - 2 * var(--lumo-space-m))");
        intro.addClassNames(LumoUtility.Margin.Top.NONE, LumoUtility.TextColor.SECONDARY);
        suggestion.setId("decline-suggestion");
        suggestion.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        suggestion.setItemLabelGenerator(Choice::label);
        add(intro, suggestion);

        var keep = new Button(getTranslation("meetings.decline-dialog.cancel"), click -> close());
        keep.setId("decline-dialog-cancel");
        decline.setId("decline-dialog-confirm");
        decline.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        decline.setDisableOnClick(true);
        decline.addClickListener(click -> decline());
        getFooter().add(keep, decline);
    }

    /**
     * Opens the dialog for one incoming request.
     *
     * @param afterwards runs once the request is declined or the decline refused, to show the new state
     */
    void open(EventId shown, MeetingRequestView incoming, Runnable afterwards) {
        this.event = shown;
        this.request = incoming;
        this.afterwards = afterwards;
        String name = incoming.other().displayName();
        setHeaderTitle(getTranslation("meetings.decline-dialog.title", name));
        List<Choice> choices = new ArrayList<>();
        var nobody = new Choice(null, getTranslation("meetings.decline-dialog.nobody"), null);
        choices.add(nobody);
        for (PersonToMeet person : suggestions(incoming)) {
            choices.add(new Choice(person.accountId(), person.displayName(),
                    person.reasons().isEmpty() ? null : ReasonList.text(person.reasons().get(0))));
        }
        suggestion.setItems(choices);
        suggestion.setValue(nobody);
        suggestion.setLabel(getTranslation("meetings.decline-dialog.suggest", name));
        suggestion.setVisible(choices.size() > 1);
        intro.setText(getTranslation(choices.size() > 1 ? "meetings.decline-dialog.intro"
                : "meetings.decline-dialog.intro-alone", name));
        decline.setEnabled(true);
        open();
    }

    private List<PersonToMeet> suggestions(MeetingRequestView incoming) {
        try {
            return recommendations.suggestionsFor(currentUser.require(), event, incoming.request().from(),
                    SUGGESTIONS);
        } catch (DomainException noLongerAttending) {
            return List.of(); // declining needs no recommendations
        }
    }

    private void decline() {
        Choice chosen = suggestion.getValue();
        try {
            meetings.decline(currentUser.require(), event, request.request().id(),
                    chosen == null ? null : chosen.account());
            close();
            var done = Notification.show(chosen == null || chosen.account() == null
                            ? getTranslation("meetings.requests.declined")
                            : getTranslation("meetings.decline-dialog.declined-suggesting", chosen.name()),
                    5000, Notification.Position.BOTTOM_CENTER);
            done.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (DomainException refused) {
            close();
            UiErrorHandler.show(DomainMessages.of(refused));
        } finally {
            decline.setEnabled(true);
        }
        afterwards.run();
    }
}
