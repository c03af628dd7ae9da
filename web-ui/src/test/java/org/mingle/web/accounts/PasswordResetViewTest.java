package org.mingle.web.accounts;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mingle.db.jooq.Tables.OUTGOING_MAIL;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.regex.Pattern;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mingle.domain.accounts.AccountService;
import org.mingle.domain.accounts.PasswordResetService;
import org.mingle.web.vaadin.KaribuViewTest;

@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PasswordResetViewTest extends KaribuViewTest {

    private static final Pattern LINK = Pattern.compile("https://mingle\\.example\\.org/reset-password\\?token=(\\S+)");
    private static final String NEW_PASSWORD = "copper lantern drifts 77";

    @Inject
    AccountService accounts;
    @Inject
    DSLContext sql;

    @Test
    void theLogInPageLeadsToTheFormWhichAnswersAlikeForAnyAddress() {
        UI.getCurrent().navigate("login");
        assertThat(_get(RouterLink.class, spec -> spec.withId("login-forgot-link")).getHref())
                .isEqualTo("forgot-password");
        UI.getCurrent().navigate("forgot-password");

        _setValue(_get(EmailField.class, spec -> spec.withId("forgot-email")), "nobody.here@example.org");
        _click(_get(Button.class, spec -> spec.withId("forgot-submit")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("forgot-sent")).isVisible()).isTrue();
        assertThat(sql.fetchCount(OUTGOING_MAIL, OUTGOING_MAIL.RECIPIENT.eq("nobody.here@example.org"))).isZero();
    }

    @Test
    void aBadAddressIsShownAtTheField() {
        UI.getCurrent().navigate("forgot-password");
        _setValue(_get(EmailField.class, spec -> spec.withId("forgot-email")), "not an address");
        _click(_get(Button.class, spec -> spec.withId("forgot-submit")));

        var email = _get(EmailField.class, spec -> spec.withId("forgot-email"));
        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).isEqualTo("Email address must be a valid email address");
    }

    @Test
    void theMailedLinkSetsTheNewPassword() {
        var account = signUp("Grace Reset", "grace.reset@example.org");
        UI.getCurrent().navigate("forgot-password");
        _setValue(_get(EmailField.class, spec -> spec.withId("forgot-email")), "grace.reset@example.org");
        _click(_get(Button.class, spec -> spec.withId("forgot-submit")));
        String token = tokenMailedTo("grace.reset@example.org");

        UI.getCurrent().navigate("reset-password", QueryParameters.of("token", token));
        _setValue(_get(PasswordField.class, spec -> spec.withId("reset-password")), "short");
        _click(_get(Button.class, spec -> spec.withId("reset-submit")));
        assertThat(_get(PasswordField.class, spec -> spec.withId("reset-password")).isInvalid()).isTrue();

        _setValue(_get(PasswordField.class, spec -> spec.withId("reset-password")), NEW_PASSWORD);
        _click(_get(Button.class, spec -> spec.withId("reset-submit")));

        assertThat(accounts.logIn("grace.reset@example.org", NEW_PASSWORD, "192.0.2.1").id())
                .isEqualTo(account.id());
    }

    @Test
    void aUsedLinkExplainsItselfAndOffersANewOne() {
        signUp("Ida Twice", "ida.twice@example.org");
        resets().request("ida.twice@example.org", "192.0.2.1");
        String token = tokenMailedTo("ida.twice@example.org");
        resets().confirm(token, NEW_PASSWORD, "192.0.2.1");

        UI.getCurrent().navigate("reset-password", QueryParameters.of("token", token));
        _setValue(_get(PasswordField.class, spec -> spec.withId("reset-password")), "another " + NEW_PASSWORD);
        _click(_get(Button.class, spec -> spec.withId("reset-submit")));
        var problem = _get(Div.class, spec -> spec.withId("reset-link-problem"));
        assertThat(problem.isVisible()).isTrue();
        assertThat(problem.getText()).startsWith("This link was already used");
        assertThat(_get(RouterLink.class, spec -> spec.withId("reset-ask-again")).getHref())
                .isEqualTo("forgot-password");
    }

    @Test
    void aSignedInSessionEndsWhenThePasswordIsResetElsewhere() {
        var account = signUp("Hedy Elsewhere", "hedy.elsewhere@example.org");
        signInAs(account);
        assertThat(currentUser().account()).contains(account.id());

        resets().request("hedy.elsewhere@example.org", "192.0.2.1");
        resets().confirm(tokenMailedTo("hedy.elsewhere@example.org"), NEW_PASSWORD, "192.0.2.1");

        assertThat(currentUser().account()).isEmpty();
    }

    private PasswordResetService resets() {
        return beans.getBean(PasswordResetService.class);
    }

    private String tokenMailedTo(String address) {
        var text = sql.select(OUTGOING_MAIL.TEXT_BODY).from(OUTGOING_MAIL).where(OUTGOING_MAIL.RECIPIENT.eq(address))
                .orderBy(OUTGOING_MAIL.CREATED_AT.desc()).limit(1).fetchOne().value1();
        var matcher = LINK.matcher(text);
        assertThat(matcher.find()).as(text).isTrue();
        return matcher.group(1);
    }
}
