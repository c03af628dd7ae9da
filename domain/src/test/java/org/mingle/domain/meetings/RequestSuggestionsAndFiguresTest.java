package org.mingle.domain.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mingle.db.jooq.Tables.MEETING_REQUESTS;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mingle.domain.accounts.AccountService;
import org.mingle.domain.accounts.TestAccounts;
import org.mingle.domain.accounts.TestPeople;
import org.mingle.domain.events.EventId;
import org.mingle.domain.events.EventService;
import org.mingle.domain.events.TestEvents;
import org.mingle.domain.personaldata.PersonalDataService;
import org.mingle.domain.registration.RegistrationService;
import org.mingle.domain.shared.AccountId;
import org.mingle.domain.shared.RuleViolationException;
import org.mingle.testsupport.MicronautPostgres;

/**
 * Declining with a suggestion, the sender's response rate on a request, and the figures the reports read, on
 * requests crafted in the database.
 */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RequestSuggestionsAndFiguresTest implements MicronautPostgres {

    @Inject
    MeetingRequestService meetings;
    @Inject
    BlockService blocks;
    @Inject
    AccountService accounts;
    @Inject
    EventService events;
    @Inject
    RegistrationService registrations;
    @Inject
    PersonalDataService personalData;
    @Inject
    DSLContext sql;

    private AccountId organizer;

    @BeforeAll
    void world() {
        organizer = TestAccounts.signUp(accounts, "Olga Organizer").id();
    }

    @Test
    void aDeclineSuggestsSomeoneBothPeopleThenSee() {
        var event = event();
        var people = attendees(event, 3);
        var sender = people.get(0);
        var addressee = people.get(1);
        var instead = people.get(2);
        var request = meetings.request(sender, event, addressee, null);

        var declined = meetings.decline(addressee, event, request.id(), instead);

        assertThat(declined.status()).isEqualTo(MeetingRequestStatus.DECLINED);
        assertThat(meetings.find(sender, event, request.id()).suggestion().accountId()).isEqualTo(instead);
        assertThat(meetings.requests(addressee, event)).singleElement()
                .satisfies(view -> assertThat(view.suggestion().accountId()).isEqualTo(instead));
        assertThat(personalData.export(addressee).toString()).contains("suggestedAccountId=" + instead);
    }

    @Test
    void aSuggestionNobodyMayBeGivenIsRefusedAndTheRequestStaysUnanswered() {
        var event = event();
        var people = attendees(event, 6);
        var sender = people.get(0);
        var addressee = people.get(1);
        var blockedBySender = people.get(2);
        var blockingAddressee = people.get(3);
        var matchedWithSender = people.get(4);
        var fine = people.get(5);
        var elsewhere = attendees(event(), 1).get(0);
        blocks.block(sender, blockedBySender);
        blocks.block(blockingAddressee, addressee);
        var match = meetings.request(sender, event, matchedWithSender, null);
        meetings.accept(matchedWithSender, event, match.id());
        var request = meetings.request(sender, event, addressee, null);

        for (AccountId refused : List.of(sender, addressee, elsewhere, new AccountId(java.util.UUID.randomUUID()),
                blockedBySender, blockingAddressee, matchedWithSender)) {
            assertThatThrownBy(() -> meetings.decline(addressee, event, request.id(), refused))
                    .isInstanceOf(RuleViolationException.class);
            assertThat(meetings.find(addressee, event, request.id()).request().status())
                    .as("still waiting after suggesting %s", refused).isEqualTo(MeetingRequestStatus.PENDING);
        }
        meetings.decline(addressee, event, request.id(), fine);
        assertThat(meetings.find(sender, event, request.id()).suggestion().accountId()).isEqualTo(fine);
    }

    @Test
    void theAddresseeSeesHowTheSenderAnswersTheRequestsTheyReceiveHere() {
        var event = event();
        var people = attendees(event, 6);
        var sender = people.get(0);
        var addressee = people.get(1);
        // What the sender received: one accepted, one declined, one expired, one unanswered for two days.
        var accepted = meetings.request(people.get(2), event, sender, null);
        meetings.accept(sender, event, accepted.id());
        meetings.decline(sender, event, meetings.request(people.get(3), event, sender, null).id());
        expire(meetings.request(people.get(4), event, sender, null));
        var waiting = meetings.request(people.get(5), event, sender, null);
        sql.update(MEETING_REQUESTS).set(MEETING_REQUESTS.CREATED_AT, Instant.now().minus(Duration.ofDays(2)))
                .where(MEETING_REQUESTS.ID.eq(waiting.id())).execute();
        var request = meetings.request(sender, event, addressee, null);

        var seen = meetings.find(addressee, event, request.id());

        assertThat(seen.senderRate()).isEqualTo(new ResponseRate(2, 4));
        assertThat(meetings.find(sender, event, request.id()).senderRate()).as("the sender's own view").isNull();
        var fromNewcomer = meetings.request(people.get(2), event, people.get(3), null);
        assertThat(meetings.find(people.get(3), event, fromNewcomer.id()).senderRate())
                .as("nothing received yet: new here").isEqualTo(new ResponseRate(0, 0))
                .satisfies(rate -> assertThat(rate.newHere()).isTrue());
    }

    @Test
    void figuresPerEventAndAcrossThemWithTheMedianOfAnEvenCount() {
        var first = event();
        var second = event();
        var third = event();
        var people = attendees(first, 8);
        var others = attendees(second, 2);
        var more = attendees(third, 2);
        var from = people.get(0);
        answered(first, from, people.get(1), true, 10);
        answered(first, from, people.get(2), false, 20);
        answered(first, from, people.get(3), true, 30);
        answered(first, from, people.get(4), false, 40);
        expire(meetings.request(from, first, people.get(5), null));
        meetings.request(from, first, people.get(6), null);
        meetings.cancel(from, first, meetings.request(from, first, people.get(7), null).id());
        answered(second, others.get(0), others.get(1), true, 60);
        expire(meetings.request(more.get(0), third, more.get(1), null));

        var figures = meetings.figures(List.of(first, second, third));

        assertThat(figures.of(first)).isEqualTo(new RequestFigures(7, 2, 2, 1, Duration.ofMinutes(25)));
        assertThat(figures.of(first).acceptanceRate()).isEqualTo(0.5);
        assertThat(figures.of(second)).isEqualTo(new RequestFigures(1, 1, 0, 0, Duration.ofMinutes(60)));
        assertThat(figures.of(third)).as("none answered").isEqualTo(new RequestFigures(1, 0, 0, 1, null));
        assertThat(figures.overall()).isEqualTo(new RequestFigures(9, 3, 2, 2, Duration.ofMinutes(30)));
        assertThat(meetings.figures(List.of(event())).overall()).isEqualTo(RequestFigures.NONE);
        assertThat(meetings.figures(List.of()).overall()).isEqualTo(RequestFigures.NONE);
    }

    /** A request answered this many minutes after it was sent. */
    private void answered(EventId event, AccountId from, AccountId to, boolean accept, int minutes) {
        var request = meetings.request(from, event, to, null);
        if (accept) {
            meetings.accept(to, event, request.id());
        } else {
            meetings.decline(to, event, request.id());
        }
        var sent = Instant.now().minus(Duration.ofHours(5)).truncatedTo(ChronoUnit.SECONDS);
        sql.update(MEETING_REQUESTS).set(MEETING_REQUESTS.CREATED_AT, sent)
                .set(MEETING_REQUESTS.RESPONDED_AT, sent.plus(Duration.ofMinutes(minutes)))
                .where(MEETING_REQUESTS.ID.eq(request.id())).execute();
    }

    /** Expired unanswered, as the sweep marks it. */
    private void expire(MeetingRequest request) {
        sql.update(MEETING_REQUESTS).set(MEETING_REQUESTS.STATUS, MeetingRequestStatus.EXPIRED)
                .set(MEETING_REQUESTS.RESPONDED_AT, MEETING_REQUESTS.EXPIRES_AT)
                .where(MEETING_REQUESTS.ID.eq(request.id())).execute();
    }

    private EventId event() {
        return TestEvents.published(events, organizer, 20, false);
    }

    private List<AccountId> attendees(EventId event, int count) {
        var people = TestPeople.create(sql, count, "Attendee");
        people.forEach(person -> registrations.register(person, event));
        return people;
    }
}
