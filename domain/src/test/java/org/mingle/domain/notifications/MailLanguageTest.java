package org.mingle.domain.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mingle.db.jooq.Tables.OUTGOING_MAIL;

import io.micronaut.context.BeanContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mingle.domain.accounts.AccountService;
import org.mingle.domain.accounts.PasswordResetService;
import org.mingle.domain.accounts.TestAccounts;
import org.mingle.domain.events.EventId;
import org.mingle.domain.events.EventService;
import org.mingle.domain.events.TestEvents;
import org.mingle.domain.mail.TestMailDelivery;
import org.mingle.domain.meetings.MeetingRequestService;
import org.mingle.domain.registration.RegistrationService;
import org.mingle.domain.shared.AccountId;
import org.mingle.testsupport.Await;
import org.mingle.testsupport.MicronautPostgres;
import org.mingle.testsupport.TestMailServer;

/**
 * Mail in its recipient's language, over real SMTP to GreenMail: German to an account that chose German, English to
 * one that chose English and to one that chose nothing, with the event's time written the language's way.
 */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MailLanguageTest implements MicronautPostgres {

    /** "Donnerstag, 10. Dezember 2026, 18:30 Uhr (Europe/Lisbon), Hub": a German weekday, day, month and "Uhr". */
    private static final String GERMAN_WHEN = "(Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag), "
            + "\\d{1,2}\\. (Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember) "
            + "\\d{4}, \\d{2}:\\d{2} Uhr \\(Europe/Lisbon\\), Hub";
    private static final String ENGLISH_WHEN = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) "
            + "\\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) "
            + "\\d{4}, \\d{2}:\\d{2} \\(Europe/Lisbon\\) at Hub";

    @Inject
    BeanContext beans;
    @Inject
    DSLContext sql;
    @Inject
    AccountService accounts;
    @Inject
    EventService events;
    @Inject
    RegistrationService registrations;
    @Inject
    MeetingRequestService meetings;
    @Inject
    PasswordResetService passwordResets;
    @Inject
    NotificationMailer mailer;

    private final TestMailServer smtp = new TestMailServer();
    private TestMailDelivery delivery;
    private AccountId organizer;

    @BeforeAll
    void startMailServer() {
        smtp.start();
        delivery = new TestMailDelivery(beans, smtp);
        organizer = TestAccounts.signUp(accounts, "Olga Organizer").id();
    }

    @AfterAll
    void stopMailServer() {
        smtp.stop();
    }

    @BeforeEach
    void emptyOutboxAndInbox() {
        sql.deleteFrom(OUTGOING_MAIL).execute();
        smtp.clear();
    }

    @Test
    void aGermanAccountIsToldOfItsRegistrationInGermanAndAnEnglishOneInEnglish() throws Exception {
        var event = TestEvents.published(events, organizer, 5, false);
        var greta = person("Greta Deutsch", Optional.of(Locale.GERMAN));
        var edna = person("Edna English", Optional.of(Locale.ENGLISH));
        var nina = person("Nina Nochoice", Optional.empty());

        registrations.register(greta, event);
        registrations.register(edna, event);
        registrations.register(nina, event);
        deliverAll();

        var german = mailTo(greta, "Du bist angemeldet: Founders meet investors");
        assertThat(TestMailServer.text(german)).containsPattern(GERMAN_WHEN)
                .contains("Deinen Check-in-Code findest du auf der Seite der Veranstaltung.")
                .contains("Meinen Check-in-Code zeigen: ").contains("In Mingle öffnen: ")
                .contains("Du bekommst diese Mail, weil dich Anmeldungen sofort per Mail erreichen.")
                .contains("Diese Art Mail abbestellen: ").doesNotContain("You're", "Show my");
        assertThat(TestMailServer.html(german)).contains("<h1 style=\"font-size:1.3em\">Du bist angemeldet: ")
                .contains(">Meinen Check-in-Code zeigen</a>").contains("Wähle, was Mingle dir mailt: ");
        assertThat(german.getHeader("List-Unsubscribe")).singleElement().asString()
                .startsWith("<http").contains("/api/mail-links/unsubscribe?token=");
        assertThat(german.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");

        for (var english : List.of(mailTo(edna, "You're registered for Founders meet investors"),
                mailTo(nina, "You're registered for Founders meet investors"))) {
            assertThat(TestMailServer.text(english)).containsPattern(ENGLISH_WHEN)
                    .contains("Show my check-in code: ")
                    .contains("You get this mail because registrations reach you by mail at once.")
                    .doesNotContain("Uhr", "Anmeldung");
            assertThat(TestMailServer.html(english)).contains(">Show my check-in code</a>");
            assertThat(english.getHeader("List-Unsubscribe")).singleElement().asString()
                    .contains("/api/mail-links/unsubscribe?token=");
        }
    }

    @Test
    void aMeetingRequestIsMailedInItsAddresseesLanguage() throws Exception {
        var event = TestEvents.published(events, organizer, 5, false);
        var greta = person("Greta Deutsch", Optional.of(Locale.GERMAN));
        var edna = person("Edna English", Optional.empty());
        var otherEvent = TestEvents.published(events, organizer, 5, false);
        for (var seat : List.of(event, otherEvent)) {
            registrations.register(greta, seat);
            registrations.register(edna, seat);
        }

        meetings.request(edna, event, greta, "Coffee?");
        meetings.request(greta, otherEvent, edna, null);

        var german = mailTo(greta, "Edna English möchte dich treffen");
        assertThat(TestMailServer.text(german))
                .contains("Bei Founders meet investors. Nimm die Anfrage in deinen Treffen-Anfragen an")
                .contains("Annehmen: http").contains("Ablehnen: http").contains("Anfragen ansehen: http")
                .contains("weil dich Treffen sofort per Mail erreichen");
        assertThat(TestMailServer.html(german)).contains(">Annehmen</a>").contains(">Ablehnen</a>");
        assertThat(german.getHeader("List-Unsubscribe")).hasSize(1);

        var english = mailTo(edna, "Greta Deutsch would like to meet you");
        assertThat(TestMailServer.text(english))
                .contains("At Founders meet investors. Accept or decline in your meeting requests.")
                .contains("Accept: http").contains("Decline: http").contains("See the requests: http");
    }

    @Test
    void aPasswordResetIsMailedInTheAccountsLanguage() throws Exception {
        var greta = person("Greta Deutsch", Optional.of(Locale.GERMAN));
        var edna = person("Edna English", Optional.empty());

        passwordResets.request(emailOf(greta), "192.0.2.1");
        passwordResets.request(emailOf(edna), "192.0.2.1");
        deliverAll();

        var german = mailTo(greta, "Dein Mingle-Passwort zurücksetzen");
        assertThat(TestMailServer.text(german)).contains("das Passwort des Mingle-Kontos für " + emailOf(greta))
                .contains("Der Link funktioniert einmal, eine Stunde lang.").contains("Neues Passwort wählen: http")
                .contains("ignoriere diese Mail");
        assertThat(TestMailServer.html(german)).contains(">Neues Passwort wählen</a>");
        assertThat(german.getHeader("List-Unsubscribe")).isNull();

        var english = mailTo(edna, "Reset your Mingle password");
        assertThat(TestMailServer.text(english)).contains("Choose a new password: http")
                .contains("The link works once, for one hour.");
        assertThat(english.getHeader("List-Unsubscribe")).isNull();
    }

    private AccountId person(String name, Optional<Locale> language) {
        var id = TestAccounts.signUp(accounts, name).id();
        language.ifPresent(chosen -> accounts.chooseLanguage(id, Optional.of(chosen)));
        return id;
    }

    private String emailOf(AccountId account) {
        return accounts.get(account).email().value();
    }

    /**
     * The one mail with this subject that reached the account. The application's own mailer may hold the
     * notifications when the test mails them (it claims rows with SKIP LOCKED), so the mail is awaited.
     */
    private MimeMessage mailTo(AccountId account, String subject) {
        String address = emailOf(account);
        Await.until(() -> {
            deliverAll();
            return !withSubject(address, subject).isEmpty();
        }, Duration.ofSeconds(10), () -> "a mail to " + address + ": " + subject + "; got " + subjects(address));
        var mails = withSubject(address, subject);
        assertThat(mails).hasSize(1);
        return mails.get(0);
    }

    private List<MimeMessage> withSubject(String address, String subject) {
        return smtp.to(address).stream().filter(mail -> subject.equals(subjectOf(mail))).toList();
    }

    private List<String> subjects(String address) {
        return smtp.to(address).stream().map(MailLanguageTest::subjectOf).toList();
    }

    private static String subjectOf(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void deliverAll() {
        mailer.mailDue();
        delivery.deliverAll();
    }
}
