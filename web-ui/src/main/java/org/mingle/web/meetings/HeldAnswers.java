package org.mingle.web.meetings;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.io.Serializable;
import java.time.Clock;
import java.util.List;
import org.mingle.domain.events.Event;
import org.mingle.domain.matching.FreeNowSuggestions;
import org.mingle.domain.matching.PersonToMeet;
import org.mingle.domain.meetings.HeldMeetingService;
import org.mingle.domain.meetings.HeldState;
import org.mingle.domain.meetings.ScheduledMeeting;
import org.mingle.domain.shared.DomainException;
import org.mingle.web.shell.CurrentUser;
import org.mingle.web.shell.DomainMessages;
import org.mingle.web.shell.UiErrorHandler;

/**
 * Whether a match's meeting took place, once its slot has begun: "We met" and "They didn't show" until the viewer
 * answers, then the state ("Held", "No-show", "Waiting for Ana's confirmation"). After the viewer reported a no-show,
 * while the slot runs, people from their recommendations who are in no meeting now, each with "Request meeting".
 */
class HeldAnswers implements Serializable {

    /** Also records the connection when the viewer says "we met"; {@code null} when that is not offered. */
    interface Connect extends Serializable {
        void run();
    }

    private final transient HeldMeetingService held;
    private final transient FreeNowSuggestions freeNow;
    private final transient CurrentUser currentUser;
    private final transient Clock clock;
    private final MeetingRequestDialog requestDialog;

    HeldAnswers(HeldMeetingService held, FreeNowSuggestions freeNow, MeetingRequestDialog requestDialog,
                CurrentUser currentUser, Clock clock) {
        this.held = held;
        this.freeNow = freeNow;
        this.requestDialog = requestDialog;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Whether the meeting's slot has begun, so the two can say whether they met. */
    boolean answerable(ScheduledMeeting meeting) {
        return meeting.held() != null && !clock.instant().isBefore(meeting.slot().startsAt());
    }

    /** The answers' part of a match's card. */
    Div of(Event event, ScheduledMeeting meeting, String pid, Connect connect, Runnable onChange) {
        String name = meeting.match().other().displayName();
        var answer = meeting.held();
        var block = new Div();
        block.setId("held-" + pid);
        block.addClassName("match-held");
        block.getElement().setAttribute("data-state", answer.state().name());
        String state = stateText(answer, name);
        if (state != null) {
            var text = new Span(state);
            text.setId("held-state-" + pid);
            text.addClassNames("match-held-state", LumoUtility.FontWeight.SEMIBOLD);
            block.add(text);
        }
        // A meeting held by a scan asks neither of them: it took place.
        if (answer.viewerMet() == null && answer.state() != HeldState.HELD) {
            var question = new Span(block.getTranslation("meetings.held.question"));
            question.addClassNames(LumoUtility.TextColor.SECONDARY);
            var met = new Button(block.getTranslation("meetings.held.met"), VaadinIcon.CHECK.create());
            met.setId("held-met-" + pid);
            met.setAriaLabel(block.getTranslation("meetings.held.met-label", name));
            met.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
            answerOnClick(met, event, meeting, true, connect, block.getTranslation("meetings.held.thanks-met", name),
                    onChange);
            var noShow = new Button(block.getTranslation("meetings.held.no-show"));
            noShow.setId("held-no-show-" + pid);
            noShow.setAriaLabel(block.getTranslation("meetings.held.no-show-label", name));
            noShow.addThemeVariants(ButtonVariant.LUMO_ERROR);
            answerOnClick(noShow, event, meeting, false, null,
                    block.getTranslation("meetings.held.thanks-no-show", name), onChange);
            var actions = new Div(met, noShow);
            actions.addClassName("registration-actions");
            block.add(question, actions);
        }
        if (Boolean.FALSE.equals(answer.viewerMet())) {
            showFreeNow(block, event, meeting, pid, onChange);
        }
        return block;
    }

    private static String stateText(ScheduledMeeting.Held answer, String name) {
        var ui = UI.getCurrent();
        return switch (answer.state()) {
            case HELD -> ui.getTranslation("meetings.held.state.held");
            case NO_SHOW -> ui.getTranslation("meetings.held.state.no-show");
            case SCHEDULED -> answer.waitingForOther() ? ui.getTranslation("meetings.held.state.waiting", name) : null;
        };
    }

    private void answerOnClick(Button button, Event event, ScheduledMeeting meeting, boolean met, Connect connect,
                               String done, Runnable onChange) {
        button.setDisableOnClick(true);
        button.addClickListener(click -> {
            try {
                held.answer(currentUser.require(), event.id(), meeting.id(), met);
                if (connect != null) {
                    connect.run();
                }
                var shown = Notification.show(done, 5000, Notification.Position.BOTTOM_CENTER);
                shown.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (DomainException refused) {
                UiErrorHandler.show(DomainMessages.of(refused));
            } finally {
                button.setEnabled(true);
            }
            onChange.run();
        });
    }

    private void showFreeNow(Div block, Event event, ScheduledMeeting meeting, String pid, Runnable onChange) {
        if (!clock.instant().isBefore(meeting.slot().endsAt())) {
            return; // the slot is over: nothing left to free
        }
        List<PersonToMeet> people = freeNow.afterNoShow(currentUser.require(), event.id(), meeting);
        if (people.isEmpty()) {
            var none = new Paragraph(block.getTranslation("meetings.held.free-now-none"));
            none.setId("free-now-" + pid + "-none");
            none.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.NONE);
            block.add(none);
            return;
        }
        var heading = new Paragraph(block.getTranslation("meetings.held.free-now"));
        heading.addClassNames(LumoUtility.Margin.NONE);
        var list = new UnorderedList();
        list.setId("free-now-" + pid);
        list.addClassName("free-now-list");
        for (PersonToMeet person : people) {
            String id = person.accountId().toString();
            var who = new Span(person.displayName());
            who.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
            var item = new ListItem(who);
            item.setId("free-now-person-" + id);
            if (!person.reasons().isEmpty()) {
                var why = new Span(" · " + person.reasons().get(0).detail());
                why.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
                item.add(why);
            }
            var request = new Button(block.getTranslation("meetings.held.request"));
            request.setId("free-now-request-" + id);
            request.setAriaLabel(block.getTranslation("meetings.held.request-label", person.displayName()));
            request.addClickListener(click -> requestDialog.open(event.id(), person.accountId(), person.displayName(),
                    onChange));
            item.add(new Div(request));
            list.add(item);
        }
        block.add(heading, list);
    }
}
