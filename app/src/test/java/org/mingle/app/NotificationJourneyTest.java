package org.mingle.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.mingle.domain.accounts.SignUp;
import org.mingle.domain.events.EventInput;
import org.mingle.domain.events.EventRole;
import org.mingle.domain.events.TeamInvitationService;
import org.mingle.testsupport.TestMailServer;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * On a phone-sized screen in a real browser, with real mail: Ada forgot her password, asks for a link on the log-in
 * page, follows the link from the mail she received, chooses a new password and logs in with it. She registers for
 * an event; the bell shows one unread notification, and opening it from the list leads to the event. Logged out,
 * the confirmation mail's link shows her check-in code. Grace, who has no account, follows a team invitation mail
 * through sign-up onto the event's dashboard.
 */
@MicronautTest(transactional = false)
class NotificationJourneyTest extends BrowserJourneys {

    private static final String ZONE = "Europe/Berlin";
    private static final String OLD_PASSWORD = "lantern pebble harbour 2031";
    private static final String NEW_PASSWORD = "meadow violin sparrow 2032";
    private static final TestMailServer SMTP = new TestMailServer().start();

    @Inject
    TeamInvitationService invitations;

    @Override
    public Map<String, String> getProperties() {
        var properties = new HashMap<>(super.getProperties());
        properties.putAll(SMTP.micronautProperties());
        return properties;
    }

    @AfterAll
    void stopMail() {
        SMTP.stop();
    }

    @Test
    void forgottenPasswordByMailThenTheBellLeadsToTheEvent() throws Exception {
        var organizer = accounts.signUp(new SignUp("olga.bell@example.com", OLD_PASSWORD, "Olga Organizer"),
                "192.0.2.10");
        var ada = accounts.signUp(new SignUp("ada.bell@example.com", OLD_PASSWORD, "Ada Lovelace"), "192.0.2.10");
        var zone = ZoneId.of(ZONE);
        var day = LocalDate.now(zone).plusDays(10);
        var draft = events.create(organizer.id(), new EventInput("Founders breakfast", "Coffee first.",
                day.atTime(8, 0).atZone(zone).toInstant(), day.atTime(10, 0).atZone(zone).toInstant(), ZONE,
                "Factory Berlin", 30, null, false, 0.3));
        var event = events.publish(organizer.id(), draft.id());

        startJourney(ZONE);
        journey.resize(375, 812);
        var wait = journey.await();

        journey.open("/login");
        journey.click("login-forgot-link");
        journey.type("#forgot-email input", "ada.bell@example.com");
        journey.click("forgot-submit");
        journey.waitForText("forgot-sent", "a link to choose a new password is on its way");
        journey.screenshot("forgot-password-phone");

        var mail = SMTP.awaitTo("ada.bell@example.com", 1);
        assertThat(mail).hasSize(1);
        String link = TestMailServer.link(mail.get(0), server.getURL() + "/reset-password?token=");
        journey.browser().get(link);
        journey.type("#reset-password input", NEW_PASSWORD);
        journey.screenshot("reset-password-phone");
        journey.click("reset-submit");
        journey.waitForText("login-notice", "Your password is changed");

        journey.logIn("ada.bell@example.com", NEW_PASSWORD, "Ada Lovelace");
        journey.open("/events/" + event.id());
        journey.click("register");
        journey.waitForText("registration-status", "You're confirmed");
        journey.open("/events/" + event.id());
        wait.until(ExpectedConditions.attributeToBe(By.id("nav-bell"), "data-unread", "1"));
        assertThat(journey.waitFor("nav-bell").getAttribute("aria-label")).isEqualTo("Notifications, 1 unread");

        journey.click("nav-bell");
        var item = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".notification.unread")));
        assertThat(item.getText()).contains("You're registered for Founders breakfast").contains("Europe/Berlin");
        journey.screenshot("notifications-phone");
        item.findElement(By.tagName("vaadin-button")).click();

        wait.until(ExpectedConditions.urlContains("/events/" + event.id()));
        wait.until(ExpectedConditions.attributeToBe(By.id("nav-bell"), "data-unread", "0"));
        var mails = SMTP.awaitTo("ada.bell@example.com", 2);
        assertThat(mails).as("the reset link and the registration").hasSize(2);

        // At the door, on a phone that is not signed in: the confirmation mail's link shows the check-in code.
        var confirmation = mails.stream().filter(sent -> subject(sent).startsWith("You're registered")).findFirst()
                .orElseThrow();
        journey.logOut();
        journey.browser().get(TestMailServer.link(confirmation, server.getURL() + "/check-in-code?token="));
        var code = registrations.mineAt(ada.id(), event.id()).orElseThrow().checkInCode();
        journey.waitForText("code-link-text", code);
        assertThat(journey.waitFor("code-link-who").getText()).isEqualTo("Ada Lovelace · show this at the door");
        journey.screenshot("check-in-code-from-mail-phone");
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aTeamInvitationMailLeadsThroughSignUpOntoTheDashboard() throws Exception {
        var owner = accounts.signUp(new SignUp("olga.team@example.com", OLD_PASSWORD, "Olga Owner"), "192.0.2.11");
        var zone = ZoneId.of(ZONE);
        var day = LocalDate.now(zone).plusDays(12);
        var draft = events.create(owner.id(), new EventInput("Hardware night", "Soldering and small talk.",
                day.atTime(18, 0).atZone(zone).toInstant(), day.atTime(21, 0).atZone(zone).toInstant(), ZONE,
                "Motorwerk", 40, null, false, 0.5));
        invitations.addOrInvite(owner.id(), draft.id(), "grace.team@example.com", EventRole.CHECKIN_STAFF, null);

        var mail = SMTP.awaitTo("grace.team@example.com", 1);
        assertThat(mail).hasSize(1);
        assertThat(mail.get(0).getSubject()).isEqualTo("Olga Owner invites you to the team of Hardware night");
        String link = TestMailServer.link(mail.get(0), server.getURL() + "/team-invitation?token=");

        startJourney(ZONE);
        journey.resize(375, 812);
        var wait = journey.await();
        journey.browser().get(link);
        journey.waitForText("team-invitation-message", "Olga Owner invites grace.team@example.com to help run "
                + "Hardware night as check-in staff.");
        journey.screenshot("team-invitation-phone");
        journey.click("team-invitation-signup");

        wait.until(ExpectedConditions.attributeToBe(By.id("signup-email"), "value", "grace.team@example.com"));
        journey.type("#signup-name input", "Grace Hopper");
        journey.type("#signup-password input", NEW_PASSWORD);
        journey.click("signup-submit");

        wait.until(ExpectedConditions.urlContains("/events/" + draft.id() + "/manage"));
        journey.waitForText("event-link", "Hardware night");
        journey.screenshot("team-invitation-dashboard-phone");
        var grace = accounts.findByEmail("grace.team@example.com").orElseThrow();
        assertThat(events.roleOf(Optional.of(grace.id()), draft.id())).contains(EventRole.CHECKIN_STAFF);
        Number overflow = (Number) journey.browser().executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(overflow.intValue()).as("no sideways scrolling on a phone").isLessThanOrEqualTo(0);
    }
}
