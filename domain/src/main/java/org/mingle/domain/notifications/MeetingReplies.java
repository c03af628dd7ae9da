package org.mingle.domain.notifications;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.UUID;
import org.mingle.domain.events.EventId;
import org.mingle.domain.events.EventService;
import org.mingle.domain.mail.SignedLinks;
import org.mingle.domain.meetings.MeetingRequest;
import org.mingle.domain.meetings.MeetingRequestId;
import org.mingle.domain.meetings.MeetingRequestService;
import org.mingle.domain.meetings.MeetingRequestStatus;
import org.mingle.domain.shared.AccountId;

/**
 * Accepting or declining a meeting request from the mail that announced it, without logging in: the mail's two links
 * are signed for its addressee, that request and that answer, work once and for a week. The answer goes through
 * {@link MeetingRequestService} as if the addressee had given it in the app, with the same rules.
 */
@Singleton
public class MeetingReplies {

    /** The page the mail's links open, with the link's secret as its {@code token} parameter. */
    public static final String PAGE = "meeting-reply";

    /** What a link would do, shown before it does it. */
    public record Preview(String fromName, String eventTitle, MeetingRequestStatus answer,
                          MeetingRequestStatus currentStatus) {
    }

    private final SignedLinks links;
    private final MeetingRequestService meetings;
    private final EventService events;

    MeetingReplies(SignedLinks links, MeetingRequestService meetings, EventService events) {
        this.links = links;
        this.meetings = meetings;
        this.events = events;
    }

    /** The path of the page that gives this answer to this request, for its addressee. */
    String path(AccountId addressee, EventId event, MeetingRequestId request, MeetingRequestStatus answer) {
        return "/" + PAGE + "?token=" + links.sign(SignedLinks.Purpose.MEETING_REPLY, addressee.toString(),
                event.toString(), request.toString(), answer.name());
    }

    /**
     * @throws org.mingle.domain.shared.InvalidInputException for {@code token} when the link is damaged, expired or used
     */
    public Preview preview(String token) {
        var reply = Reply.of(links.verify(token, SignedLinks.Purpose.MEETING_REPLY));
        var view = meetings.find(reply.addressee(), reply.event(), reply.request());
        return new Preview(view.other().displayName(), events.get(java.util.Optional.of(reply.addressee()),
                reply.event()).title(), reply.answer(), view.request().status());
    }

    /**
     * Gives the link's answer and uses the link up, together.
     *
     * @throws org.mingle.domain.shared.InvalidInputException for {@code token} when the link is damaged, expired or used
     * @throws org.mingle.domain.shared.ConflictException    when the request was answered or withdrawn meanwhile
     */
    @Transactional
    public MeetingRequest reply(String token) {
        var reply = Reply.of(links.use(token, SignedLinks.Purpose.MEETING_REPLY));
        return reply.answer() == MeetingRequestStatus.ACCEPTED
                ? meetings.accept(reply.addressee(), reply.event(), reply.request())
                : meetings.decline(reply.addressee(), reply.event(), reply.request());
    }

    private record Reply(AccountId addressee, EventId event, MeetingRequestId request, MeetingRequestStatus answer) {

        static Reply of(SignedLinks.Verified link) {
            var subject = link.subject();
            return new Reply(new AccountId(UUID.fromString(subject.get(0))),
                    new EventId(UUID.fromString(subject.get(1))),
                    new MeetingRequestId(UUID.fromString(subject.get(2))),
                    MeetingRequestStatus.valueOf(subject.get(3)));
        }
    }
}
