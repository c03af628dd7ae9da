package org.mingle.domain.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mingle.db.jooq.Tables.MEETING_REQUESTS;
import static org.mingle.db.jooq.Tables.NOTIFICATIONS;
import static org.mingle.db.jooq.Tables.NOTIFICATION_DIGESTS;
import static org.mingle.db.jooq.Tables.OUTGOING_MAIL;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mingle.domain.accounts.AccountService;
import org.mingle.domain.accounts.TestAccounts;
import org.mingle.domain.accounts.TestPeople;
import org.mingle.domain.events.EventId;
import org.mingle.domain.events.EventInput;
import org.mingle.domain.events.EventPatch;
import org.mingle.domain.events.EventService;
import org.mingle.domain.events.TestEvents;
import org.mingle.domain.mail.MailState;
import org.mingle.domain.meetings.MeetingRequestService;
import org.mingle.domain.meetings.MeetingRequestStatus;
import org.mingle.domain.meetings.MeetingScheduleService;
import org.mingle.domain.meetings.SessionInput;
import org.mingle.domain.meetings.TableInput;
import org.mingle.domain.personaldata.PersonalDataService;
import org.mingle.domain.registration.RegistrationService;
import org.mingle.domain.shared.AccountId;
import org.mingle.domain.shared.ConflictException;
import org.mingle.domain.shared.InvalidInputException;
import org.mingle.domain.shared.PageRequest;
import org.mingle.testsupport.Await;
import org.mingle.testsupport.MicronautPostgres;

@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NotificationServiceTest implements MicronautPostgres {

    @Inject
    ApplicationContext context;
    @Inject
    NotificationService notifications;
    @Inject
    NotificationDigests digests;
    @Inject
    RegistrationService registrations;
    @Inject
    MeetingRequestService meetings;
    @Inject
    MeetingScheduleService meetingSchedule;
    @Inject
    EventService events;
    @Inject
    AccountService accounts;
    @Inject
    PersonalDataService personalData;
    @Inject
    MeetingReplies replies;
    @Inject
    CheckInCodeLinks codeLinks;
    @Inject
    NotificationMailer mailer;
    @Inject
    TransactionOperations<Connection> transactions;
    @Inject
    DSLContext sql;

    /** How RFC 5545 writes a local date and time. */
    private static final DateTimeFormatter ICS_LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

    private AccountId organizer;

    @BeforeAll
    void world() {
        organizer = TestAccounts.signUp(accounts, "Olga Organizer").id();
    }

    @Test
    void aConfirmedRegistrationIsToldInTheAppAndQueuedAsMailInTheEventsTime() {
        var event = TestEvents.published(events, organizer, 5, false);
        var ana = person();

        TestNotices.register(context, ana, event);

        var page = notifications.list(ana, false, PageRequest.of(0, 20));
        assertThat(page.total()).isOne();
        var told = page.items().get(0);
        assertThat(told.kind()).isEqualTo(NotificationKind.REGISTRATION_CONFIRMED);
        assertThat(told.title()).isEqualTo("You're registered for Founders meet investors");
        assertThat(told.body()).contains("(Europe/Lisbon) at Hub");
        assertThat(told.link()).contains("/events/" + event);
        assertThat(told.event()).contains(event);
        assertThat(notifications.unreadCount(ana)).isOne();
        assertThat(mailsTo(ana)).singleElement().satisfies(mail -> {
            assertThat(mail.getSubject()).isEqualTo(told.title());
            assertThat(mail.getTextBody()).contains(told.body()).contains("/events/" + event);
            assertThat(mail.getHtmlBody()).contains("Founders meet investors");
            // The domain tests run without a mail server: the mail waits, and says why.
            assertThat(mail.getState()).isEqualTo(MailState.QUEUED);
            assertThat(mail.getLastError()).isEqualTo("not sent: no mail server configured");
        });
    }

    @Test
    void eachNotificationIsKeptInTheLanguageItsRecipientChoseAndInEnglishWhenMingleDoesNotWriteThatOne() {
        var event = TestEvents.published(events, organizer, 5, false);
        var german = person();
        var french = person();
        accounts.chooseLanguage(german, Optional.of(Locale.GERMAN));
        accounts.chooseLanguage(french, Optional.of(Locale.FRENCH));

        TestNotices.register(context, german, event);
        TestNotices.register(context, french, event);

        assertThat(latest(german).title()).isEqualTo("Du bist angemeldet: Founders meet investors");
        assertThat(latest(german).body()).contains("Uhr");
        assertThat(mailTo(german, "Du bist angemeldet: Founders meet investors").getTextBody())
                .contains("Meinen Check-in-Code zeigen: ");
        assertThat(latest(french).title()).isEqualTo("You're registered for Founders meet investors");
        assertThat(mailTo(french, "You're registered for Founders meet investors").getTextBody())
                .contains("Show my check-in code: ");
    }

    @Test
    void theConfirmationMailsCodeLinkShowsTheCodeWithoutLogInWhileTheSeatIsHeld() {
        var event = TestEvents.published(events, organizer, 5, false);
        var ana = TestPeople.create(sql, 1, "Ana").get(0);
        var registration = TestNotices.register(context, ana, event);
        String text = mailsTo(ana).get(0).getTextBody();
        var token = Pattern.compile("/check-in-code\\?token=([A-Za-z0-9_.-]+)").matcher(text);
        assertThat(token.find()).as("the mail's \"Show my check-in code\" link").isTrue();

        var shown = codeLinks.show(token.group(1));

        assertThat(shown.code()).isEqualTo(registration.checkInCode());
        assertThat(shown.attendeeName()).isEqualTo("Ana 0");
        assertThat(shown.eventTitle()).isEqualTo("Founders meet investors");
        assertThat(shown.checkedIn()).isFalse();
        assertThatThrownBy(() -> codeLinks.show(token.group(1) + "x")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("token");
        registrations.cancel(ana, event);
        assertThatThrownBy(() -> codeLinks.show(token.group(1))).isInstanceOf(InvalidInputException.class)
                .satisfies(refused -> assertThat(((InvalidInputException) refused).errors().get(0).message())
                        .contains("no longer confirmed"));
    }

    @Test
    void theWaitlistedHearTheirPlaceAndHearAgainWhenASeatBecomesTheirs() {
        var event = eventWithSeats(1);
        var ana = person();
        var ben = person();
        TestNotices.register(context, ana, event);

        TestNotices.register(context, ben, event);
        assertThat(kindsOf(ben)).containsExactly(NotificationKind.REGISTRATION_WAITLISTED);
        assertThat(latest(ben).body()).startsWith("You are number 1. ");

        registrations.cancel(ana, event);

        assertThat(kindsOf(ben)).containsExactly(NotificationKind.REGISTRATION_PROMOTED,
                NotificationKind.REGISTRATION_WAITLISTED);
        assertThat(latest(ben).title()).isEqualTo("A seat is yours: Small table");
    }

    @Test
    void aChangeThatRollsBackTellsNobodyAndMailsNothing() {
        var event = TestEvents.published(events, organizer, 5, false);
        var ana = person();

        assertThatThrownBy(() -> transactions.executeWrite(status -> {
            TestNotices.register(context, ana, event);
            throw new IllegalStateException("the caller failed after registering");
        })).hasMessage("the caller failed after registering");

        assertThat(notifications.unreadCount(ana)).isZero();
        assertThat(mailsTo(ana)).isEmpty();
    }

    @Test
    void mailsThatGiveASeatCarryTheEventsCalendarInItsTimeZoneAndOtherMailDoesNot() {
        var event = eventWithSeats(1);
        var start = events.forItsRegistrants(event).localStart();
        var ana = person();
        var ben = person();
        TestNotices.register(context, ana, event);
        TestNotices.register(context, ben, event);
        registrations.cancel(ana, event);
        var mixer = TestEvents.published(events, organizer, 5, false);
        var cleo = person();
        var dan = person();
        TestNotices.register(context, cleo, mixer);
        TestNotices.register(context, dan, mixer);
        meetings.request(cleo, mixer, dan, null);

        var confirmed = mailTo(ana, "You're registered for Small table");
        assertThat(confirmed.getAttachmentName()).isEqualTo("event.ics");
        assertThat(confirmed.getAttachmentType()).isEqualTo("text/calendar; method=PUBLISH");
        assertThat(confirmed.getAttachmentText()).contains("METHOD:PUBLISH\r\n")
                .contains("UID:" + event + "@mingle\r\n")
                .contains("DTSTART;TZID=Europe/Berlin:" + ICS_LOCAL.format(start) + "\r\n");
        assertThat(mailTo(ben, "You're on the waitlist for Small table").getAttachmentName()).isNull();
        assertThat(mailTo(ben, "A seat is yours: Small table").getAttachmentText())
                .contains("UID:" + event + "@mingle\r\n");
        assertThat(mailsTo(dan)).filteredOn(mail -> mail.getSubject().endsWith(" would like to meet you"))
                .singleElement().satisfies(mail -> assertThat(mail.getAttachmentName()).isNull());
    }

    @Test
    void aSeatsMailWhoseEventIsNotThereGoesWithoutACalendarAndDoesNotHoldUpTheOthers() {
        var ana = person();
        var ben = person();
        var event = eventWithSeats(5);
        // A notification names its event without a foreign key (decision 68): one naming no event must not poison
        // the mailer's batch.
        notifications.sendAll(List.of(
                new NewNotification(ana, NotificationKind.REGISTRATION_CONFIRMED, "A seat nowhere",
                        "Lost", Optional.empty(), Optional.of(EventId.newId())),
                new NewNotification(ben, NotificationKind.REGISTRATION_CONFIRMED, "A seat here",
                        "Found", Optional.empty(), Optional.of(event))));

        assertThat(mailTo(ana, "A seat nowhere").getAttachmentName()).isNull();
        assertThat(mailTo(ben, "A seat here").getAttachmentText()).contains("UID:" + event + "@mingle\r\n");
    }

    @Test
    void meetingRequestsAreToldToTheAddresseeAndAnswersToTheSender() {
        var event = TestEvents.published(events, organizer, 5, false);
        var ana = person();
        var ben = person();
        TestNotices.register(context, ana, event);
        TestNotices.register(context, ben, event);

        var request = meetings.request(ana, event, ben, "Coffee?");
        assertThat(latest(ben).kind()).isEqualTo(NotificationKind.MEETING_REQUESTED);
        assertThat(latest(ben).title()).endsWith(" would like to meet you");
        assertThat(latest(ben).link()).contains("/events/" + event + "/my-meetings");

        meetings.accept(ben, event, request.id());
        assertThat(latest(ana).kind()).isEqualTo(NotificationKind.MEETING_ACCEPTED);
        assertThat(latest(ana).title()).endsWith(" accepted your meeting request");
        assertThat(latest(ana).link()).contains("/events/" + event + "/my-meetings?tab=matches");
    }

    @Test
    void bothPeopleHearWhenAndWhereTheirMeetingIsOnceItHasATable() {
        var event = TestEvents.published(events, organizer, 5, false);
        var start = events.get(Optional.of(organizer), event).details().startsAt();
        var ana = TestPeople.create(sql, 1, "Ana").get(0);
        var ben = TestPeople.create(sql, 1, "Ben").get(0);
        TestNotices.register(context, ana, event);
        TestNotices.register(context, ben, event);
        var request = meetings.request(ana, event, ben, "Coffee?");
        meetings.accept(ben, event, request.id()); // no session yet: accepted, not scheduled
        assertThat(kindsOf(ana)).doesNotContain(NotificationKind.MEETING_SCHEDULED);

        meetingSchedule.addSession(organizer, event, new SessionInput("Morning", start, start.plusSeconds(1800), 15));
        meetingSchedule.addTable(organizer, event, new TableInput("Window table", 2));
        meetingSchedule.placeWaiting(organizer, event);

        String localStart = start.atZone(ZoneId.of("Europe/Lisbon")).toLocalTime().toString();
        assertThat(latest(ana).title()).isEqualTo("Meeting with Ben 0 at " + localStart + ", Window table");
        assertThat(latest(ben).title()).isEqualTo("Meeting with Ana 0 at " + localStart + ", Window table");
        for (var person : List.of(ana, ben)) {
            assertThat(latest(person).kind()).isEqualTo(NotificationKind.MEETING_SCHEDULED);
            assertThat(latest(person).body()).contains("(Europe/Lisbon)");
        }
    }

    @Test
    void bothPeopleHearWhenARequestExpiresUnanswered() {
        var event = TestEvents.published(events, organizer, 5, false);
        var ana = TestPeople.create(sql, 1, "Ana").get(0);
        var ben = TestPeople.create(sql, 1, "Ben").get(0);
        TestNotices.register(context, ana, event);
        TestNotices.register(context, ben, event);
        var request = meetings.request(ana, event, ben, "Coffee?");
        sql.update(MEETING_REQUESTS).set(MEETING_REQUESTS.EXPIRES_AT, Instant.now().minusSeconds(1))
                .where(MEETING_REQUESTS.ID.eq(request.id())).execute();

        meetings.expireOverdue(500);

        assertThat(latest(ana).kind()).isEqualTo(NotificationKind.MEETING_REQUEST_EXPIRED);
        assertThat(latest(ana).title()).isEqualTo("Your meeting request to Ben 0 expired unanswered");
        assertThat(latest(ben).kind()).isEqualTo(NotificationKind.MEETING_REQUEST_EXPIRED);
        assertThat(latest(ben).title()).isEqualTo("Ana 0's meeting request expired");
    }

    @Test
    void theProposerOfANewMeetingTimeHearsWhenTheOtherAcceptsIt() {
        var event = TestEvents.published(events, organizer, 5, false);
        var start = events.get(Optional.of(organizer), event).details().startsAt();
        var ana = TestPeople.create(sql, 1, "Ana").get(0);
        var ben = TestPeople.create(sql, 1, "Ben").get(0);
        TestNotices.register(context, ana, event);
        TestNotices.register(context, ben, event);
        meetingSchedule.addSession(organizer, event, new SessionInput("Morning", start, start.plusSeconds(1800), 15));
        meetingSchedule.addTable(organizer, event, new TableInput("Window table", 2));
        var request = meetings.request(ana, event, ben, "Coffee?");
        meetings.accept(ben, event, request.id());
        var later = start.plusSeconds(900);
        meetingSchedule.propose(ana, event, request.id(), later);
        var anaBefore = notifications.unreadCount(ana);
        var benBefore = notifications.unreadCount(ben);

        meetingSchedule.acceptProposal(ben, event, request.id());

        String localLater = later.atZone(ZoneId.of("Europe/Lisbon")).toLocalTime().toString();
        assertThat(latest(ana).kind()).isEqualTo(NotificationKind.MEETING_SCHEDULED);
        assertThat(latest(ana).title()).isEqualTo("Ben 0 accepted your new time: " + localLater + ", Window table");
        assertThat(latest(ana).body()).contains("your meeting with Ben 0 is now").contains("(Europe/Lisbon)");
        assertThat(notifications.unreadCount(ana)).isEqualTo(anaBefore + 1);
        assertThat(notifications.unreadCount(ben)).as("the one who accepted has just seen the new time")
                .isEqualTo(benBefore);
    }

    @Test
    void inAppOnlyQueuesNoMailAndTheDigestCollectsADayInOneMail() {
        var event = eventWithSeats(1);
        var ana = person();
        var ben = person();
        notifications.changeSettings(ana, Map.of(NotificationCategory.REGISTRATION, Delivery.IN_APP_ONLY));
        notifications.changeSettings(ben, Map.of(NotificationCategory.REGISTRATION, Delivery.DAILY_DIGEST));

        TestNotices.register(context, ana, event);
        TestNotices.register(context, ben, event);
        registrations.cancel(ana, event);

        assertThat(notifications.unreadCount(ana)).isOne();
        assertThat(mailsTo(ana)).isEmpty();
        assertThat(notifications.unreadCount(ben)).isEqualTo(2);
        assertThat(mailsTo(ben)).isEmpty();
        var due = sql.select(NOTIFICATION_DIGESTS.DUE_AT).from(NOTIFICATION_DIGESTS)
                .where(NOTIFICATION_DIGESTS.ACCOUNT_ID.eq(ben)).fetchOne().value1();
        assertThat(due).isBetween(Instant.now().plus(Duration.ofHours(23)), Instant.now().plus(Duration.ofHours(25)));

        digests.sendBatch();
        assertThat(mailsTo(ben)).as("not due yet").isEmpty();

        sql.update(NOTIFICATION_DIGESTS).set(NOTIFICATION_DIGESTS.DUE_AT, Instant.now().minusSeconds(1))
                .where(NOTIFICATION_DIGESTS.ACCOUNT_ID.eq(ben)).execute();
        digests.sendBatch();
        digests.sendBatch();

        assertThat(mailsTo(ben)).singleElement().satisfies(mail -> {
            assertThat(mail.getSubject()).isEqualTo("Your Mingle day: 2 notifications");
            assertThat(mail.getTextBody()).contains("You're on the waitlist for Small table")
                    .contains("A seat is yours: Small table");
            assertThat(mail.getAttachmentName()).as("a digest carries no calendar").isNull();
        });
        assertThat(sql.fetchCount(NOTIFICATIONS, NOTIFICATIONS.ACCOUNT_ID.eq(ben).and(NOTIFICATIONS.DIGEST_DUE)))
                .isZero();
    }

    @Test
    void settingsStartFromTheCategoriesDefaultsAndKeepWhatIsNotChanged() {
        var ana = person();
        assertThat(notifications.settings(ana)).containsEntry(NotificationCategory.MEETINGS, Delivery.IMMEDIATE)
                .containsEntry(NotificationCategory.ENDORSEMENTS, Delivery.DAILY_DIGEST)
                .containsEntry(NotificationCategory.NETWORK, Delivery.OFF).hasSize(8);

        var changed = notifications.changeSettings(ana, Map.of(NotificationCategory.MEETINGS, Delivery.DAILY_DIGEST));
        notifications.changeSettings(ana, Map.of(NotificationCategory.GROUPS, Delivery.IN_APP_ONLY));

        assertThat(changed).containsEntry(NotificationCategory.MEETINGS, Delivery.DAILY_DIGEST);
        assertThat(notifications.settings(ana)).containsEntry(NotificationCategory.MEETINGS, Delivery.DAILY_DIGEST)
                .containsEntry(NotificationCategory.GROUPS, Delivery.IN_APP_ONLY)
                .containsEntry(NotificationCategory.REGISTRATION, Delivery.IMMEDIATE);
    }

    @Test
    void onlyTheRecipientMarksANotificationReadAndReadingTwiceIsHarmless() {
        var event = eventWithSeats(1);
        var ana = person();
        var ben = person();
        TestNotices.register(context, ana, event);
        TestNotices.register(context, ben, event);
        var anas = latest(ana);

        assertThatThrownBy(() -> notifications.markRead(ben, anas.id()))
                .isInstanceOf(NotificationNotFoundException.class);
        notifications.markRead(ana, anas.id());
        notifications.markRead(ana, anas.id());

        assertThat(notifications.unreadCount(ana)).isZero();
        assertThat(notifications.list(ana, true, PageRequest.of(0, 20)).total()).isZero();
        assertThat(notifications.list(ana, false, PageRequest.of(0, 20)).items().get(0).readAt()).isPresent();
        assertThat(notifications.markAllRead(ben)).isOne();
        assertThat(notifications.unreadCount(ben)).isZero();
    }

    @Test
    void theExportShowsNotificationsSettingsAndMailAndErasureDeletesThemQueuedMailIncluded() {
        var event = TestEvents.published(events, organizer, 5, false);
        var ana = TestAccounts.signUp(accounts, "Ana Export").id();
        TestNotices.register(context, ana, event);

        mailer.mailDue();
        var export = personalData.export(ana);
        assertThat(export.get("notifications").toString()).contains("REGISTRATION_CONFIRMED")
                .contains("REGISTRATION=IMMEDIATE");
        assertThat(export.get("mail").toString()).contains("You're registered for Founders meet investors")
                .contains("state=QUEUED");

        accounts.erase(ana, "127.0.0.1");

        assertThat(sql.fetchCount(NOTIFICATIONS, NOTIFICATIONS.ACCOUNT_ID.eq(ana))).isZero();
        assertThat(mailsTo(ana)).isEmpty();
    }

    @Test
    void aNoticeComposedForSomeoneWhoHasSinceErasedTheirAccountIsNotWritten() {
        var event = TestEvents.published(events, organizer, 5, false);
        var ana = TestAccounts.signUp(accounts, "Ana Gone").id();
        var ben = TestAccounts.signUp(accounts, "Ben Here").id();
        accounts.erase(ana, "127.0.0.1");

        var written = notifications.sendAll(List.of(
                new NewNotification(ana, NotificationKind.REGISTRATION_CONFIRMED, "A seat", "Yours", Optional.empty(),
                        Optional.of(event)),
                new NewNotification(ben, NotificationKind.REGISTRATION_CONFIRMED, "A seat", "Yours", Optional.empty(),
                        Optional.of(event))));

        assertThat(written).extracting(Notification::recipient).containsExactly(ben);
        assertThat(sql.fetchCount(NOTIFICATIONS, NOTIFICATIONS.ACCOUNT_ID.eq(ana))).isZero();
    }

    @Test
    void aMeetingRequestMailAcceptsWithoutLogInOnceAndOnlyForItsAddressee() {
        var event = TestEvents.published(events, organizer, 5, false);
        var ana = person();
        var ben = person();
        TestNotices.register(context, ana, event);
        TestNotices.register(context, ben, event);
        var request = meetings.request(ana, event, ben, null);
        String mail = mailsTo(ben).stream().filter(m -> m.getSubject().endsWith(" would like to meet you"))
                .findFirst().orElseThrow().getTextBody();
        String accept = token(mail, "Accept: https://mingle.example.org/meeting-reply?token=");
        String decline = token(mail, "Decline: https://mingle.example.org/meeting-reply?token=");

        var preview = replies.preview(accept);
        assertThat(preview.answer()).isEqualTo(MeetingRequestStatus.ACCEPTED);
        assertThat(preview.currentStatus()).isEqualTo(MeetingRequestStatus.PENDING);
        assertThat(preview.eventTitle()).isEqualTo("Founders meet investors");

        assertThat(replies.reply(accept).status()).isEqualTo(MeetingRequestStatus.ACCEPTED);

        assertThat(meetings.find(ana, event, request.id()).request().status()).isEqualTo(MeetingRequestStatus.ACCEPTED);
        assertThat(latest(ana).kind()).isEqualTo(NotificationKind.MEETING_ACCEPTED);
        assertThatThrownBy(() -> replies.reply(accept)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("This link was already used");
        assertThatThrownBy(() -> replies.reply(decline)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> replies.reply(accept.replace('A', 'B').replace('a', 'A')))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void everyNotificationMailCarriesAOneClickUnsubscribeForItsCategory() {
        var event = TestEvents.published(events, organizer, 5, false);
        var ana = person();
        TestNotices.register(context, ana, event);
        var mail = latestMailTo(ana);
        assertThat(mail.getUnsubscribeUrl()).startsWith("https://mingle.example.org/api/mail-links/unsubscribe?token=");
        String footerToken = token(mail.getTextBody(), "https://mingle.example.org/unsubscribe?token=");
        String headerToken = mail.getUnsubscribeUrl().substring(mail.getUnsubscribeUrl().indexOf("token=") + 6);

        assertThat(notifications.unsubscribePreview(footerToken)).containsExactly(NotificationCategory.REGISTRATION);
        assertThat(notifications.unsubscribe(headerToken)).containsExactly(NotificationCategory.REGISTRATION);
        assertThat(notifications.unsubscribe(headerToken)).containsExactly(NotificationCategory.REGISTRATION);

        assertThat(notifications.settings(ana)).containsEntry(NotificationCategory.REGISTRATION, Delivery.IN_APP_ONLY)
                .containsEntry(NotificationCategory.MEETINGS, Delivery.IMMEDIATE);
    }

    @Test
    void everyoneRegisteredHearsOfACancellationAndOfANewPlaceButNotOfANewDescription() {
        var event = eventWithSeats(1);
        var ana = person();
        var ben = person();
        var gone = person();
        TestNotices.register(context, ana, event);
        TestNotices.register(context, ben, event);
        TestNotices.register(context, gone, event);
        registrations.cancel(gone, event);

        events.update(organizer, event, new EventPatch(null, "A longer description.", null, null, null, null, null,
                null, false, null, null));
        assertThat(kindsOf(ana)).doesNotContain(NotificationKind.EVENT_CHANGED);

        events.update(organizer, event, new EventPatch(null, null, null, null, null, "Second floor", null, null,
                false, null, null));
        assertThat(latest(ana).kind()).isEqualTo(NotificationKind.EVENT_CHANGED);
        assertThat(latest(ana).body()).endsWith("(Europe/Berlin) at Second floor.");
        assertThat(latest(ben).kind()).as("the waitlist too").isEqualTo(NotificationKind.EVENT_CHANGED);

        events.cancel(organizer, event);

        assertThat(latest(ana).kind()).isEqualTo(NotificationKind.EVENT_CANCELLED);
        assertThat(latest(ben).title()).isEqualTo("Small table is cancelled");
        assertThat(kindsOf(gone)).as("who cancelled before").doesNotContain(NotificationKind.EVENT_CANCELLED,
                NotificationKind.EVENT_CHANGED);
    }

    private AccountId person() {
        return TestPeople.create(sql, 1, "Person").get(0);
    }

    private EventId eventWithSeats(int seats) {
        var start = Instant.now().plus(Duration.ofDays(5)).truncatedTo(ChronoUnit.MINUTES);
        var event = events.create(organizer, new EventInput("Small table", "", start, start.plus(Duration.ofHours(2)),
                "Europe/Berlin", "", seats, null, false, 0.5, false, 5));
        return events.publish(organizer, event.id()).id();
    }

    private Notification latest(AccountId account) {
        return notifications.list(account, false, PageRequest.of(0, 1)).items().get(0);
    }

    private List<NotificationKind> kindsOf(AccountId account) {
        return notifications.list(account, false, PageRequest.of(0, 20)).items().stream()
                .map(Notification::kind).toList();
    }

    private org.mingle.db.jooq.tables.records.OutgoingMailRecord latestMailTo(AccountId account) {
        mailer.mailDue();
        return sql.selectFrom(OUTGOING_MAIL).where(OUTGOING_MAIL.ACCOUNT_ID.eq(account))
                .orderBy(OUTGOING_MAIL.CREATED_AT.desc()).limit(1).fetchOne();
    }

    private static String token(String text, String prefix) {
        int start = text.indexOf(prefix);
        assertThat(start).as("%s in %s", prefix, text).isNotNegative();
        var rest = text.substring(start + prefix.length());
        return rest.split("\\s")[0];
    }

    /**
     * The mail to the account with that subject. The application's own mailer may hold the notifications when the
     * test mails them (it claims rows with SKIP LOCKED), so the mail is awaited rather than read once.
     */
    private org.mingle.db.jooq.tables.records.OutgoingMailRecord mailTo(AccountId account, String subject) {
        Await.until(() -> mailsTo(account).stream().anyMatch(mail -> mail.getSubject().equals(subject)),
                Duration.ofSeconds(10), () -> "a mail " + subject);
        return mailsTo(account).stream().filter(mail -> mail.getSubject().equals(subject)).findFirst().orElseThrow();
    }

    /** The mail to the account, once the notifications waiting to be mailed were. */
    private List<org.mingle.db.jooq.tables.records.OutgoingMailRecord> mailsTo(AccountId account) {
        mailer.mailDue();
        return sql.selectFrom(OUTGOING_MAIL).where(OUTGOING_MAIL.ACCOUNT_ID.eq(account)).fetch();
    }
}
