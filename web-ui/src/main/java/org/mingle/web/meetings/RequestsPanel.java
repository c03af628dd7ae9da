package org.mingle.web.meetings;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.mingle.domain.events.Event;
import org.mingle.domain.matching.Reason;
import org.mingle.domain.matching.RecommendationService;
import org.mingle.domain.meetings.MeetingRequest;
import org.mingle.domain.meetings.MeetingRequestService;
import org.mingle.domain.meetings.MeetingRequestStatus;
import org.mingle.domain.meetings.MeetingRequestView;
import org.mingle.domain.meetings.ResponseRate;
import org.mingle.domain.profiles.ProfilePhotoService;
import org.mingle.domain.shared.AccountId;
import org.mingle.domain.shared.DomainException;
import org.mingle.web.profiles.Faces;
import org.mingle.web.shell.CurrentUser;
import org.mingle.web.shell.DomainMessages;
import org.mingle.web.shell.Routes;
import org.mingle.web.shell.UiErrorHandler;

/**
 * The "Requests" tab: requests waiting for the viewer's answer (accept, or decline with a suggestion), each with why
 * Mingle thinks the two should meet and how the sender answers requests here; the viewer's own unanswered ones
 * (cancel); and earlier ones with how they ended and whom a decline suggested.
 */
class RequestsPanel extends Div {

    private final MeetingRequestService meetings;
    private final RecommendationService recommendations;
    private final ProfilePhotoService photos;
    private final DeclineDialog declineDialog;
    private final CurrentUser currentUser;
    private final Runnable onChange;

    private final Div incoming = new Div();
    private final Div outgoing = new Div();
    private final Div past = new Div();

    private Event event;
    private Faces faces;
    private Map<AccountId, List<Reason>> reasons = Map.of();

    /** @param onChange after an answer: every tab as things stand now */
    RequestsPanel(MeetingRequestService meetings, RecommendationService recommendations, ProfilePhotoService photos,
                  CurrentUser currentUser, Runnable onChange) {
        this.meetings = meetings;
        this.recommendations = recommendations;
        this.declineDialog = new DeclineDialog(meetings, recommendations, currentUser);
        this.photos = photos;
        this.currentUser = currentUser;
        this.onChange = onChange;
        setId("requests-panel");
        addClassName("tab-panel");
        incoming.setId("incoming-requests");
        outgoing.setId("outgoing-requests");
        past.setId("past-requests");
        add(list(getTranslation("meetings.requests.incoming"), incoming),
                list(getTranslation("meetings.requests.outgoing"), outgoing),
                list(getTranslation("meetings.requests.past"), past));
    }

    /** Shows the event's requests; answers how many wait for the viewer's answer. */
    long show(Event shown, List<MeetingRequestView> requests) {
        event = shown;
        var me = currentUser.require();
        faces = Faces.of(photos, me, requests.stream().map(view -> view.other().accountId()).distinct().toList());
        var waiting = requests.stream().filter(view -> view.incoming() && pending(view))
                .map(view -> view.request().from()).distinct().toList();
        reasons = waiting.isEmpty() ? Map.of() : recommendations.reasons(me, shown.id(), waiting);
        fill(incoming, requests, view -> view.incoming() && pending(view),
                getTranslation("meetings.requests.incoming-empty"));
        fill(outgoing, requests, view -> !view.incoming() && pending(view),
                getTranslation("meetings.requests.outgoing-empty"));
        fill(past, requests, view -> !pending(view), getTranslation("meetings.requests.past-empty"));
        return requests.stream().filter(view -> view.incoming() && pending(view)).count();
    }

    private void fill(Div list, List<MeetingRequestView> requests, Predicate<MeetingRequestView> which,
                      String empty) {
        list.removeAll();
        requests.stream().filter(which).forEach(view -> list.add(requestCard(view)));
        if (list.getComponentCount() == 0) {
            var none = new Paragraph(empty);
            none.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.NONE, "empty-list");
            list.add(none);
        }
    }

    private Div requestCard(MeetingRequestView view) {
        MeetingRequest request = view.request();
        var other = view.other();
        String pid = other.accountId().toString();
        var name = Routes.link(other.displayName(), Routes.person(other.accountId(), event.id()));
        name.addClassName("request-card-name");
        String asked = MeetingTimes.moment(request.createdAt(), event.details().timeZone());
        var when = new Span(view.incoming() ? getTranslation("meetings.requests.asked-you", asked)
                : getTranslation("meetings.requests.you-asked", asked));
        when.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        var face = faces.small(other.accountId(), other.displayName());
        var card = new Div(face, name);
        card.setId("request-" + request.id());
        card.addClassName("request-card");
        card.getElement().setAttribute("data-status", request.status().name());
        card.getElement().setAttribute("data-account-id", pid);
        card.getElement().setAttribute("data-name", other.displayName());
        if (other.headline() != null && !other.headline().isEmpty()) {
            var headline = new Span(other.headline());
            headline.addClassNames(LumoUtility.FontSize.SMALL);
            card.add(headline);
        }
        card.add(when);
        if (request.meetsNow()) {
            var now = new Span(getTranslation("meetings.requests.meets-now"));
            now.setId("meets-now-" + request.id());
            now.getElement().getThemeList().add("badge success");
            card.add(now);
        }
        if (request.status() == MeetingRequestStatus.PENDING) {
            String expires = MeetingTimes.moment(request.expiresAt(), event.details().timeZone());
            var expiry = new Span(getTranslation(view.incoming() ? "meetings.requests.answer-by"
                    : "meetings.requests.expires", expires));
            expiry.setId("expiry-" + request.id());
            expiry.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
            card.add(expiry);
        }
        if (request.message() != null) {
            var message = new Paragraph(request.message());
            message.setId("message-" + request.id());
            message.addClassName("request-message");
            card.add(message);
        }
        if (view.incoming() && request.status() == MeetingRequestStatus.PENDING) {
            card.add(ReasonList.of(reasons.getOrDefault(request.from(), List.of()), "request-reasons-" + pid),
                    responseRate(view.senderRate(), pid));
        }
        if (view.suggestion() != null) {
            card.add(suggestion(view, pid));
        }
        card.add(requestActions(view));
        return card;
    }

    /** "Answers 4 of 5 requests here", or "new here" while too few requests count to say. */
    private Span responseRate(ResponseRate rate, String pid) {
        var line = new Span(rate == null || rate.newHere() ? getTranslation("meetings.requests.rate-new")
                : getTranslation("meetings.requests.rate", rate.answered(), rate.counted()));
        line.setId("rate-" + pid);
        line.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL, "request-rate");
        return line;
    }

    /**
     * Whom the decline suggested: for the sender a sentence with a link to that person, to ask them; for the decliner
     * a reminder. A paragraph, so the link reads as part of the sentence.
     */
    private Paragraph suggestion(MeetingRequestView view, String pid) {
        var person = view.suggestion();
        var sentence = new Paragraph();
        sentence.setId("suggestion-" + pid);
        sentence.addClassNames("request-suggestion", LumoUtility.Margin.NONE);
        if (view.incoming()) {
            sentence.setText(getTranslation("meetings.requests.you-suggested", person.displayName()));
        } else {
            var link = Routes.link(person.displayName(), Routes.person(person.accountId(), event.id()));
            link.setId("suggestion-link-" + pid);
            sentence.add(new Span(getTranslation("meetings.requests.suggested-before") + " "), link,
                    new Span(" " + getTranslation("meetings.requests.suggested-after")));
        }
        return sentence;
    }

    /**
     * Pending incoming requests are answered, pending outgoing ones cancelled; a pair has one open request at most, so
     * these buttons are named after the other person, which a test or a screen reader can find without the request id.
     */
    private Div requestActions(MeetingRequestView view) {
        var actions = new Div();
        actions.addClassName("registration-actions");
        MeetingRequest request = view.request();
        String pid = view.other().accountId().toString();
        String name = view.other().displayName();
        if (request.status() != MeetingRequestStatus.PENDING) {
            var status = new Span(outcome(view));
            status.getElement().getThemeList().add(request.status() == MeetingRequestStatus.ACCEPTED
                    ? "badge success" : "badge contrast");
            actions.add(status);
        } else if (view.incoming()) {
            var accept = new Button(getTranslation("meetings.requests.accept"));
            accept.setId("accept-" + pid);
            accept.setAriaLabel(getTranslation("meetings.requests.accept-label", name));
            accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
            var decline = new Button(getTranslation("meetings.requests.decline"));
            decline.setId("decline-" + pid);
            decline.setAriaLabel(getTranslation("meetings.requests.decline-label", name));
            decline.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            respondOnClick(accept, () -> meetings.accept(currentUser.require(), event.id(), request.id()),
                    getTranslation("meetings.requests.accepted", name));
            decline.addClickListener(click -> declineDialog.open(event.id(), view, onChange));
            actions.add(accept, decline);
        } else {
            var cancel = new Button(getTranslation("meetings.requests.cancel"));
            cancel.setId("cancel-request-" + pid);
            cancel.setAriaLabel(getTranslation("meetings.requests.cancel-label", name));
            cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            respondOnClick(cancel, () -> meetings.cancel(currentUser.require(), event.id(), request.id()),
                    getTranslation("meetings.requests.cancelled"));
            actions.add(cancel);
        }
        return actions;
    }

    /** One answer per click: the button stays disabled until the domain has answered and the lists are redrawn. */
    private void respondOnClick(Button button, Supplier<MeetingRequest> answer, String done) {
        button.setDisableOnClick(true);
        button.addClickListener(click -> {
            try {
                answer.get();
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

    private String outcome(MeetingRequestView view) {
        return getTranslation(switch (view.request().status()) {
            case ACCEPTED -> "meetings.requests.outcome.matched";
            case DECLINED -> view.incoming() ? "meetings.requests.outcome.you-declined"
                    : "meetings.requests.outcome.declined";
            case CANCELLED -> view.incoming() ? "meetings.requests.outcome.cancelled"
                    : "meetings.requests.outcome.you-cancelled";
            case EXPIRED -> "meetings.requests.outcome.expired";
            case PENDING -> "meetings.requests.outcome.waiting";
        });
    }

    private static boolean pending(MeetingRequestView view) {
        return view.request().status() == MeetingRequestStatus.PENDING;
    }

    private static Div list(String title, Component content) {
        var heading = new H3(title);
        heading.addClassNames(LumoUtility.Margin.Bottom.XSMALL, LumoUtility.FontSize.MEDIUM);
        content.getElement().getClassList().add("request-list");
        var block = new Div(heading, content);
        block.addClassName("request-block");
        return block;
    }
}
