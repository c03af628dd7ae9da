package org.mingle.domain.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mingle.db.jooq.Tables.FOLLOW_UP_NOTICES;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mingle.domain.accounts.AccountService;
import org.mingle.domain.accounts.TestAccounts;
import org.mingle.domain.accounts.TestPeople;
import org.mingle.domain.connections.ConnectionId;
import org.mingle.domain.connections.ConnectionService;
import org.mingle.domain.connections.ConnectionSource;
import org.mingle.domain.connections.NotesPatch;
import org.mingle.domain.events.EventId;
import org.mingle.domain.events.EventService;
import org.mingle.domain.events.TestEvents;
import org.mingle.domain.registration.RegistrationService;
import org.mingle.domain.shared.AccountId;
import org.mingle.domain.shared.PageRequest;
import org.mingle.testsupport.MicronautPostgres;
import org.mingle.testsupport.Parallel;

@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FollowUpNoticesTest implements MicronautPostgres {

    @Inject
    FollowUpNotices notices;
    @Inject
    NotificationService notifications;
    @Inject
    ConnectionService connections;
    @Inject
    EventService events;
    @Inject
    RegistrationService registrations;
    @Inject
    AccountService accounts;
    @Inject
    DSLContext sql;
    @Inject
    Clock clock;

    private AccountId organizer;
    private EventId event;
    private LocalDate today;

    @BeforeAll
    void world() {
        organizer = TestAccounts.signUp(accounts, "Olga Follow-ups").id();
        event = TestEvents.published(events, organizer, 10, false);
        today = LocalDate.now(clock);
    }

    @Test
    void theOwnerHearsOnceOnTheDayWithWhomAndWhatTheyNoted() {
        var ana = attendee();
        var ben = attendee("Ben");
        var met = connect(ana, ben);
        remind(ana, met, "TO_CONTACT", today, "Send the grid pilot deck");

        notices.noticeAll();
        notices.noticeAll();

        assertThat(noticed(ana)).singleElement().satisfies(notice -> {
            assertThat(notice.title()).isEqualTo("Follow up with Ben 0");
            assertThat(notice.body()).isEqualTo("You meant to get in touch with Ben 0, whom you met at "
                    + "Founders meet investors. Your note: \u201cSend the grid pilot deck\u201d");
            assertThat(notice.link()).contains("/network?connection=" + met);
            assertThat(notice.event()).contains(event);
        });
    }

    @Test
    void aReminderMovedToAnotherDayIsANewNoticeAndAnotherCheckOnTheSameDayIsNot() {
        var ana = attendee();
        var met = connect(ana, attendee());
        remind(ana, met, "CONTACTED", today.minusDays(1), null);
        notices.noticeAll();
        assertThat(noticed(ana)).as("a check missed around midnight catches up").hasSize(1);

        remind(ana, met, "CONTACTED", today, null);
        notices.noticeAll();
        remind(ana, met, "MEETING_BOOKED", today, "Bring the numbers");
        notices.noticeAll();

        assertThat(noticed(ana)).hasSize(2);
        assertThat(noticed(ana).get(0).body()).contains("and meant to follow up now");
    }

    @Test
    void notBeforeTheDayNorWhenDoneNorForRemindersLongPast() {
        var ana = attendee();
        var ben = attendee();
        var cleo = attendee();
        remind(ana, connect(ana, attendee()), "TO_CONTACT", today.plusDays(1), "Not yet");
        remind(ben, connect(ben, attendee()), "DONE", today, "Already sorted");
        remind(cleo, connect(cleo, attendee()), "TO_CONTACT", today.minusDays(3), "Set in the past");

        notices.noticeAll();

        assertThat(noticed(ana)).isEmpty();
        assertThat(noticed(ben)).isEmpty();
        assertThat(noticed(cleo)).as("the badge shows it; no notice for a day long gone").isEmpty();
        assertThat(connections.dueCount(cleo)).isEqualTo(1);
    }

    @Test
    void eachHearsOnlyOfTheirOwnFollowUpOnASharedConnection() {
        var ana = attendee();
        var ben = attendee();
        var met = connect(ana, ben);
        remind(ana, met, "TO_CONTACT", today, "Ana's private plan");
        remind(ben, met, "TO_CONTACT", today.plusDays(2), "Ben's private plan");

        notices.noticeAll();

        assertThat(noticed(ana)).singleElement().satisfies(notice -> assertThat(notice.body())
                .contains("Ana's private plan").doesNotContain("Ben's"));
        assertThat(noticed(ben)).isEmpty();
        assertThat(notifications.list(ben, false, PageRequest.of(0, 50)).items())
                .noneSatisfy(notice -> assertThat(notice.body()).contains("Ana's private plan"));
    }

    @Test
    void checksOnSeveralInstancesAtOnceTellEachOwnerOnce() throws Exception {
        var hub = attendee();
        var owners = new ArrayList<AccountId>();
        for (int i = 0; i < 12; i++) {
            var owner = attendee();
            remind(owner, connect(owner, hub), "TO_CONTACT", today, "Call back " + i);
            owners.add(owner);
        }

        var results = Parallel.run(List.<Callable<Object>>of(notices::noticeAll, notices::noticeAll,
                notices::noticeAll, notices::noticeAll));

        assertThat(results).allSatisfy(result -> assertThat(result).isInstanceOf(Integer.class));
        assertThat(results.stream().mapToInt(result -> (Integer) result).sum()).isGreaterThanOrEqualTo(12);
        assertThat(owners).allSatisfy(owner -> assertThat(noticed(owner)).hasSize(1));
    }

    @Test
    void negativeControlWithoutTheRecordEveryCheckTellsAgain() {
        var ana = attendee();
        var met = connect(ana, attendee());
        remind(ana, met, "TO_CONTACT", today, null);

        notices.noticeAll();
        sql.deleteFrom(FOLLOW_UP_NOTICES).where(FOLLOW_UP_NOTICES.CONNECTION_ID.eq(met)).execute();
        notices.noticeAll();

        assertThat(noticed(ana)).hasSize(2);
    }

    private AccountId attendee() {
        return attendee("Attendee");
    }

    private AccountId attendee(String name) {
        var person = TestPeople.create(sql, 1, name).get(0);
        registrations.register(person, event);
        return person;
    }

    private ConnectionId connect(AccountId one, AccountId other) {
        return connections.record(one, event, other, ConnectionSource.SEARCH).connection().id();
    }

    private void remind(AccountId owner, ConnectionId connection, String followUp, LocalDate day, String note) {
        connections.update(owner, connection, new NotesPatch(Optional.ofNullable(note), null, Optional.of(followUp),
                Optional.of(day.toString()), null));
    }

    private List<Notification> noticed(AccountId person) {
        return notifications.list(person, false, PageRequest.of(0, 50)).items().stream()
                .filter(n -> n.kind() == NotificationKind.FOLLOW_UP_DUE).toList();
    }
}
