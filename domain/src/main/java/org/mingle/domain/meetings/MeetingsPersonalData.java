package org.mingle.domain.meetings;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.mingle.domain.personaldata.PersonalDataSection;
import org.mingle.domain.shared.AccountId;

/**
 * Meeting requests a person sent or received, with the time and table of each meeting, whether it took place and the
 * person's answer to "Did you meet?", in the personal-data export. Erasure cancels what is pending, frees the person's
 * meeting slots (their answers go with them), and forgets the messages the person wrote and the suggestions that name
 * the person or that the person made when declining; the requests themselves stay, anonymous, so organizers' counts
 * stay right.
 */
@Singleton
class MeetingsPersonalData implements PersonalDataSection {

    private final MeetingRequests requests;
    private final MeetingSchedule schedule;
    private final HeldMeetings held;
    private final Clock clock;

    MeetingsPersonalData(MeetingRequests requests, MeetingSchedule schedule, HeldMeetings held, Clock clock) {
        this.held = held;
        this.requests = requests;
        this.schedule = schedule;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "meetingRequests";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public Object export(AccountId account) {
        Map<MeetingRequestId, MeetingSchedule.Booking> bookings = schedule.ofAccount(account).stream()
                .collect(Collectors.toMap(booking -> booking.booked().meeting(), Function.identity()));
        Map<MeetingRequestId, HeldMeetings.Answer> answers = held.answersOf(account).stream()
                .collect(Collectors.toMap(HeldMeetings.Answer::meeting, Function.identity()));
        List<MeetingRequest> all = requests.ofAccount(account);
        Map<MeetingRequestId, AccountId> suggestions = requests.suggestions(all.stream()
                .map(MeetingRequest::id).toList());
        return all.stream().map(request -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", request.id().toString());
            item.put("eventId", request.eventId().toString());
            item.put("direction", request.from().equals(account) ? "SENT" : "RECEIVED");
            item.put("otherAccountId", request.otherThan(account).toString());
            item.put("message", request.message());
            item.put("status", request.status().name());
            item.put("createdAt", request.createdAt().toString());
            item.put("respondedAt", request.respondedAt() == null ? null : request.respondedAt().toString());
            AccountId suggested = suggestions.get(request.id());
            if (suggested != null) {
                item.put("suggestedAccountId", suggested.toString()); // whom the decline suggested meeting instead
            }
            MeetingSchedule.Booking booking = bookings.get(request.id());
            if (booking != null) {
                Slot slot = booking.booked().placement().slot();
                item.put("meetingStartsAt", slot.startsAt().toString());
                item.put("meetingEndsAt", slot.endsAt().toString());
                item.put("meetingTable", booking.tableName());
                item.put("meetingState", booking.state().name());
                HeldMeetings.Answer answer = answers.get(request.id());
                if (answer != null) {
                    item.put("meetingAnswer", answer.met() ? "WE_MET" : "THEY_DID_NOT_SHOW");
                    item.put("meetingAnsweredAt", answer.answeredAt().toString());
                }
            }
            return item;
        }).toList();
    }

    @Override
    public void erase(AccountId account) {
        schedule.deleteInvolving(account);
        requests.forget(account, clock.instant().truncatedTo(ChronoUnit.MICROS));
    }
}
