package org.mingle.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mingle.domain.accounts.Account;
import org.mingle.domain.accounts.SignUp;
import org.mingle.domain.groups.GroupInput;
import org.mingle.domain.groups.GroupMemberships;
import org.mingle.domain.groups.GroupService;
import org.mingle.domain.shared.PageRequest;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * In a real browser at phone width: a member reports a group from its page; the administrator unlists it from the
 * administration page; the group leaves the directory but its page still opens, where its owner reads why it is gone
 * from the lists, and the administrator lists it again.
 */
@MicronautTest(transactional = false)
@Property(name = "mingle.admin-emails", value = GroupModerationJourneyTest.ADMIN_EMAIL)
class GroupModerationJourneyTest extends BrowserJourneys {

    static final String ADMIN_EMAIL = "ada.groupmod@example.com";
    private static final String PASSWORD = "lantern pebble harbour 2031";
    private static final String NAME = "Free crypto giveaways";

    @Inject
    GroupService groups;
    @Inject
    GroupMemberships memberships;

    @Test
    void aMemberReportsAGroupAndTheAdministratorUnlistsItAndListsItAgain() {
        var admin = account("Ada Admin", ADMIN_EMAIL);
        var owner = account("Olga Owner", "olga.groupmod@example.com");
        var member = account("Mick Member", "mick.groupmod@example.com");
        var group = groups.create(owner.id(), new GroupInput(NAME, "free-crypto", "Send us one coin, get two back.",
                List.of("crypto"), "Berlin", null, null, null));
        memberships.join(member.id(), group.id());

        startJourney("Europe/Berlin");
        journey.resize(375, 812);

        // The member reports the group from its page.
        journey.logIn(member.email().value(), PASSWORD, member.displayName());
        journey.open("/g/free-crypto");
        journey.click("report-group");
        journey.waitFor("report-reason");
        journey.checkAccessibility();
        journey.browser().findElements(By.cssSelector("#report-reason vaadin-radio-button")).get(0).click();
        journey.type("#report-details textarea", "A scam.");
        journey.click("report-send");
        journey.waitForText("report-sent", "An administrator will look at your report.");
        journey.logOut();

        // The administrator unlists it from the administration page.
        journey.logIn(admin.email().value(), PASSWORD, admin.displayName());
        journey.open("/admin/reports");
        assertThat(journey.waitFor("reported-subjects").getText()).contains(NAME, "Group", "1 report", "A scam.",
                "Mick Member");
        journey.browser().findElement(By.cssSelector("#reported-subjects vaadin-button.unlist")).click();
        journey.waitForNotification("Unlisted");
        journey.waitFor("reports-empty");
        journey.checkAccessibility();
        assertThat(groups.search("crypto", null, null, PageRequest.of(0, 20)).items()).isEmpty();
        journey.logOut();

        // The owner still opens the page and reads why the group is gone from the lists; they cannot report it.
        journey.logIn(owner.email().value(), PASSWORD, owner.displayName());
        journey.open("/g/free-crypto");
        journey.waitForText("unlisted-notice", "Unlisted by an administrator");
        assertThat(journey.browser().findElements(By.id("report-group")).stream().noneMatch(e -> e.isDisplayed()))
                .as("those who run a group cannot report it").isTrue();
        journey.checkAccessibility();
        journey.logOut();

        // The administrator lists it again from its page.
        journey.logIn(admin.email().value(), PASSWORD, admin.displayName());
        journey.open("/g/free-crypto");
        journey.waitForText("unlisted-notice", "Unlisted by an administrator");
        journey.click("list-again");
        journey.await().until(ExpectedConditions.invisibilityOfElementLocated(By.id("unlisted-notice")));
        assertThat(groups.search("crypto", null, null, PageRequest.of(0, 20)).items()).hasSize(1);
    }

    private Account account(String name, String email) {
        return accounts.signUp(new SignUp(email, PASSWORD, name), "127.0.0.1");
    }
}
