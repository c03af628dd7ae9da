package org.mingle.web.accounts;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mingle.domain.accounts.AccountService;
import org.mingle.domain.accounts.SignUp;
import org.mingle.web.shell.CurrentUser;
import org.mingle.web.vaadin.KaribuViewTest;

/** The sign-up page counts against the same per-client limit as the API, with the session's client address. */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignUpLimitViewTest extends KaribuViewTest {

    @Inject
    AccountService accounts;

    @Override
    public Map<String, String> getProperties() {
        var properties = new HashMap<>(super.getProperties());
        properties.put("mingle.accounts.sign-ups-per-client-per-hour", "1");
        return properties;
    }

    @Test
    void aClientThatCreatedItsAccountsThisHourIsAskedToWait() {
        UI.getCurrent().navigate("signup");
        accounts.signUp(new SignUp("first@example.org", PASSWORD, "First Person"), CurrentUser.clientAddress());

        _setValue(_get(TextField.class, spec -> spec.withId("signup-name")), "Second Person");
        _setValue(_get(EmailField.class, spec -> spec.withId("signup-email")), "second@example.org");
        _setValue(_get(PasswordField.class, spec -> spec.withId("signup-password")), "another fine password 7");
        _click(_get(Button.class, spec -> spec.withId("signup-submit")));

        assertThat(_get(Div.class, spec -> spec.withId("signup-error")).getText())
                .startsWith("Too many accounts were created from your network. Please wait ");
        assertThat(accounts.findByEmail("second@example.org")).isEmpty();
        assertThat(currentUser().account()).isEmpty();
    }
}
