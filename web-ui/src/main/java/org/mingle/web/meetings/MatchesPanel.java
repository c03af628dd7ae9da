package org.mingle.web.meetings;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.mingle.domain.connections.ConnectionService;
import org.mingle.domain.connections.ConnectionSource;
import org.mingle.domain.curated.CuratedReason;
import org.mingle.domain.curated.CuratedService;
import org.mingle.domain.events.Event;
import org.mingle.domain.events.EventStatus;
import org.mingle.domain.meetings.MeetingRequestId;
import org.mingle.domain.meetings.MeetingScheduleService;
import org.mingle.domain.meetings.ScheduledMeeting;
import org.mingle.domain.profiles.ProfilePhotoService;
import org.mingle.domain.shared.AccountId;
import org.mingle.domain.shared.DomainException;
import org.mingle.domain.shared.FieldError;
import org.mingle.domain.shared.InvalidInputException;
import org.mingle.web.connections.WeMetButton;
import org.mingle.web.profiles.Faces;
import org.mingle.web.profiles.ProfileCard;
import org.mingle.web.shell.CurrentUser;
import org.mingle.web.shell.DomainMessages;
import org.mingle.web.shell.UiErrorHandler;

/**
 * The "My matches" tab: accepted requests, with the other person's profile as far as they show it, links included,
 * and the meeting's time and table once it has them. Either person may propose another free time, which the other
 * accepts or declines; a confirmed attendee records having met with "We met". Once a meeting's slot has begun, its
 * two people say whether it took place ({@link HeldAnswers}).
 */
class MatchesPanel extends Div {

    private final MeetingScheduleService schedule;
    private final ConnectionService connections;
    private final CuratedService curated;
    private final ProfilePhotoService photos;
    private final CurrentUser currentUser;
    private final ProposeTimeDialog proposeDialog;
    private final HeldAnswers heldAnswers;
    private final Runnable onChange;

    private final Div matches = new Div();
    private final Paragraph noMatches = new Paragraph(getTranslation("meetings.matches.empty"));

    private Event event;

    /** @param onChange after a meeting's time changed: every tab as things stand now */
    MatchesPanel(MeetingScheduleService schedule, ConnectionService connections, CuratedService curated,
                 ProfilePhotoService photos, CurrentUser currentUser, HeldAnswers heldAnswers, Runnable onChange) {
        this.heldAnswers = heldAnswers;
        this.schedule = schedule;
        this.connections = connections;
        this.curated = curated;
        this.photos = photos;
        this.currentUser = currentUser;
        this.onChange = onChange;
        proposeDialog = new ProposeTimeDialog(schedule, currentUser);
        setId("matches-panel");
        addClassName("tab-panel");
        matches.setId("matches");
        matches.addClassName("matches-list");
        noMatches.setId("matches-empty");
        noMatches.addClassNames(LumoUtility.TextColor.SECONDARY);
        add(matches, noMatches);
    }

    /**
     * The matches, each with its meeting and, for a confirmed attendee, "We met" to add the person to their network.
     *
     * @param connected whom the viewer is connected with at the event; {@code null} when "We met" is not offered
     */
    void show(Event shown, List<ScheduledMeeting> mine, Set<AccountId> connected) {
        event = shown;
        matches.removeAll();
        var faces = Faces.of(photos, currentUser.require(),
                mine.stream().map(meeting -> meeting.match().other().accountId()).toList());
        // Why the organizers' curated schedule arranged a meeting, where it did.
        Map<MeetingRequestId, CuratedReason> reasons = curated.reasons(currentUser.require(), shown.id());
        for (ScheduledMeeting meeting : mine) {
            var view = meeting.match();
            String pid = view.other().accountId().toString();
            var card = new ProfileCard("match-" + pid, view.other(),
                    faces.small(view.other().accountId(), view.other().displayName()));
            card.getElement().setAttribute("data-meeting", meeting.id().toString());
            var since = new Span(getTranslation("meetings.matches.since",
                    MeetingTimes.moment(view.request().respondedAt(), zone())));
            since.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
            card.add(since, meetingTime(meeting, pid));
            var reason = reasons.get(meeting.id());
            if (reason != null) {
                card.add(curatedReason(reason, pid));
            }
            if (heldAnswers.answerable(meeting)) {
                // "We met" here says the meeting took place, and records the connection too where that is offered.
                var other = view.other().accountId();
                HeldAnswers.Connect connect = connected == null || connected.contains(other) ? null
                        : () -> connections.record(currentUser.require(), event.id(), other, ConnectionSource.MEETING);
                card.add(heldAnswers.of(event, meeting, pid, connect, onChange));
            } else if (connected != null) {
                var other = view.other();
                var weMet = new WeMetButton("we-met-" + pid, getTranslation("meetings.matches.we-met"), connections,
                        currentUser, event.id(),
                        other.accountId(), other.displayName(), ConnectionSource.MEETING,
                        connected.contains(other.accountId()), null);
                var actions = new Div(weMet);
                actions.addClassName("registration-actions");
                card.add(actions);
            }
            matches.add(card);
        }
        noMatches.setVisible(matches.getComponentCount() == 0);
    }

    /** Scrolls to the card of the meeting, if it is listed. */
    void scrollTo(String meeting) {
        matches.getChildren().filter(card -> meeting.equals(card.getElement().getAttribute("data-meeting")))
                .findFirst().ifPresent(card -> card.scrollIntoView());
    }

    /**
     * When and where the two meet, or that they get a time as soon as one is free; a proposed other time with the
     * buttons that answer it (the other person's) or withdraw it (the viewer's own); and a way to propose another.
     */
    private Div meetingTime(ScheduledMeeting meeting, String pid) {
        String name = meeting.match().other().displayName();
        var block = new Div();
        block.setId("match-" + pid + "-meeting");
        block.addClassName("match-meeting");
        // A meeting for now without a table is at the meeting point and never gets a later slot (decision 52).
        var time = new Span(meeting.slot() == null
                ? getTranslation(meeting.match().request().meetsNow() ? "meetings.matches.meeting-point"
                        : "meetings.matches.no-time")
                : MeetingTimes.place(meeting.slot(), meeting.table(), zone()));
        time.setId("match-" + pid + "-time");
        time.addClassName(meeting.slot() == null ? "match-time-waiting" : "match-time");
        block.add(time);
        if (meeting.slot() != null) {
            block.getElement().setAttribute("data-starts-at", meeting.slot().startsAt().toString());
        }
        var actions = new Div();
        actions.addClassName("registration-actions");
        // Times change only while the event is open; afterwards a proposal can still be dropped.
        boolean open = event.status() == EventStatus.PUBLISHED;
        var proposal = meeting.proposal();
        if (proposal != null) {
            String proposed = MeetingTimes.spanBeside(proposal.slot(), meeting.slot(), zone());
            var text = new Span(proposal.byViewer() ? getTranslation("meetings.matches.you-proposed", proposed)
                    : getTranslation("meetings.matches.proposes", name, proposed));
            text.setId("match-" + pid + "-proposal");
            text.addClassName("match-proposal");
            text.getElement().setAttribute("data-by-viewer", Boolean.toString(proposal.byViewer()));
            block.add(text);
            if (proposal.byViewer()) {
                var withdraw = new Button(getTranslation("meetings.matches.withdraw"));
                withdraw.setId("withdraw-time-" + pid);
                withdraw.setAriaLabel(getTranslation("meetings.matches.withdraw-label", name));
                withdraw.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                answerOnClick(withdraw, () -> schedule.dropProposal(currentUser.require(), event.id(), meeting.id()),
                        getTranslation("meetings.matches.withdrawn"));
                actions.add(withdraw);
            } else {
                var decline = new Button(getTranslation("meetings.matches.decline"));
                decline.setId("decline-time-" + pid);
                decline.setAriaLabel(getTranslation("meetings.matches.decline-label", name));
                decline.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY,
                        ButtonVariant.LUMO_SMALL);
                answerOnClick(decline, () -> schedule.dropProposal(currentUser.require(), event.id(), meeting.id()),
                        getTranslation("meetings.matches.declined"));
                var accept = new Button(getTranslation("meetings.matches.accept"));
                accept.setId("accept-time-" + pid);
                accept.setAriaLabel(getTranslation("meetings.matches.accept-label", name));
                accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS,
                        ButtonVariant.LUMO_SMALL);
                answerOnClick(accept, () -> schedule.acceptProposal(currentUser.require(), event.id(), meeting.id()),
                        getTranslation("meetings.matches.moved", name, MeetingTimes.day(proposal.slot(), zone())));
                accept.setVisible(open);
                actions.add(accept, decline);
            }
        }
        if (meeting.slot() != null && open) {
            var other = new Button(getTranslation("meetings.matches.propose"), VaadinIcon.CLOCK.create());
            other.setId("propose-time-" + pid);
            other.setAriaLabel(getTranslation("meetings.matches.propose-label", name));
            other.addThemeVariants(ButtonVariant.LUMO_SMALL);
            other.setDisableOnClick(true);
            other.addClickListener(click -> {
                proposeDialog.open(event.id(), meeting, zone(), onChange);
                other.setEnabled(true);
            });
            actions.add(other);
        }
        if (actions.getComponentCount() > 0) {
            block.add(actions);
        }
        return block;
    }

    /** "You both asked to meet", "Ada asked to meet you", "You asked to meet Ada" or "Best remaining match". */
    private Span curatedReason(CuratedReason reason, String pid) {
        String text = switch (reason.reason()) {
            case BOTH_ASKED -> getTranslation("curated.reason.both");
            case ONE_ASKED -> reason.askedByViewer() ? getTranslation("curated.reason.you-asked", reason.withName())
                    : getTranslation("curated.reason.asked-you", reason.withName());
            case BEST_REMAINING_MATCH -> getTranslation("curated.reason.best");
        };
        var span = new Span(getTranslation("curated.reason.arranged", text));
        span.setId("match-" + pid + "-reason");
        span.addClassNames("match-reason", LumoUtility.FontSize.SMALL);
        return span;
    }

    /** One answer per click, as for requests; a refusal is said in words and the tab shows things as they are now. */
    private void answerOnClick(Button button, Supplier<ScheduledMeeting> answer, String done) {
        button.setDisableOnClick(true);
        button.addClickListener(click -> {
            try {
                answer.get();
                var shown = Notification.show(done, 5000, Notification.Position.BOTTOM_CENTER);
                shown.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (InvalidInputException invalid) {
                UiErrorHandler.show(readable(invalid));
            } catch (DomainException refused) {
                UiErrorHandler.show(DomainMessages.of(refused));
            } finally {
                button.setEnabled(true);
            }
            onChange.run();
        });
    }

    /** "That time is not a free slot for both of you." rather than the field name and a fragment. */
    private static String readable(InvalidInputException invalid) {
        StringBuilder text = new StringBuilder();
        for (FieldError error : invalid.errors()) {
            String subject = "startsAt".equals(error.field()) ? "That time" : "The input";
            text.append(text.length() == 0 ? "" : " ").append(subject).append(' ')
                    .append(DomainMessages.of(error)).append('.');
        }
        return text.toString();
    }

    /** The event's own time zone, where both people are. */
    private ZoneId zone() {
        return event.details().timeZone();
    }
}
