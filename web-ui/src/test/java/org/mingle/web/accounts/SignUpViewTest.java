package org.mingle.web.accounts;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mingle.domain.accounts.AccountService;
import org.mingle.web.events.EventsView;
import org.mingle.web.events.MyEventsView;
import org.mingle.web.vaadin.KaribuViewTest;

@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignUpViewTest extends KaribuViewTest {

    @Inject
    AccountService accounts;

    @BeforeAll
    void existingAccount() {
        signUp("Katherine Johnson", "katherine@example.org");
    }

    @Test
    void emptyFieldsShowEachMessageNextToItsField() {
        UI.getCurrent().navigate("signup");

        _click(submit());

        assertThat(errorOf("signup-name")).isEqualTo("Name is required");
        assertThat(errorOf("signup-email")).isEqualTo("Email is required");
        assertThat(errorOf("signup-password")).isEqualTo("Password is required");
        assertThat(currentUser().account()).isEmpty();
        assertThat(_get(SignUpView.class)).isNotNull();
    }

    @Test
    void aShortPasswordAndABadAddressAreRefusedAndCorrectedOnesClearTheirMessages() {
        UI.getCurrent().navigate("signup");
        _setValue(_get(TextField.class, spec -> spec.withId("signup-name")), "Dorothy Vaughan");
        _setValue(_get(EmailField.class, spec -> spec.withId("signup-email")), "dorothy-at-example.org");
        _setValue(_get(PasswordField.class, spec -> spec.withId("signup-password")), "too short");

        _click(submit());

        assertThat(errorOf("signup-email")).isEqualTo("Email must be a valid email address");
        assertThat(errorOf("signup-password")).isEqualTo("Password must have at least 12 characters");
        assertValid("signup-name");

        _setValue(_get(EmailField.class, spec -> spec.withId("signup-email")), "dorothy@example.org");
        _click(submit());

        assertValid("signup-name", "signup-email");
        assertThat(errorOf("signup-password")).isEqualTo("Password must have at least 12 characters");
        assertThat(accounts.findByEmail("dorothy@example.org")).isEmpty();
    }

    @Test
    void aTakenEmailShowsAtTheEmailField() {
        UI.getCurrent().navigate("signup");

        fill("Another Katherine", "Katherine@Example.org", PASSWORD);
        _click(submit());

        assertThat(errorOf("signup-email")).isEqualTo(
                "An account with this email address already exists. Log in, or use another address.");
        assertThat(currentUser().account()).isEmpty();
    }

    @Test
    void signingUpSignsInWithANewSessionIdAndOpensTheEventsList() {
        UI.getCurrent().navigate("signup");
        String sessionIdBefore = VaadinSession.getCurrent().getSession().getId();

        fill("Mary Jackson", "mary@example.org", "wind tunnel at langley 1958");
        _click(submit());

        var account = accounts.findByEmail("mary@example.org").orElseThrow();
        assertThat(currentUser().account()).contains(account.id());
        assertThat(account.displayName()).isEqualTo("Mary Jackson");
        assertThat(VaadinSession.getCurrent().getSession().getId()).isNotEqualTo(sessionIdBefore);
        assertThat(_get(EventsView.class)).isNotNull();
        assertThat(_get(Span.class, spec -> spec.withId("user-name")).getText()).isEqualTo("Mary Jackson");
    }

    @Test
    void signingUpContinuesWhereTheVisitorWasGoing() {
        UI.getCurrent().navigate("signup", QueryParameters.of("continue", "my-events"));

        fill("Christine Darden", "christine@example.org", "sonic boom research 1967");
        _click(submit());

        assertThat(_get(MyEventsView.class)).isNotNull();
    }

    private static void fill(String name, String email, String password) {
        _setValue(_get(TextField.class, spec -> spec.withId("signup-name")), name);
        _setValue(_get(EmailField.class, spec -> spec.withId("signup-email")), email);
        _setValue(_get(PasswordField.class, spec -> spec.withId("signup-password")), password);
    }

    private static Button submit() {
        return _get(Button.class, spec -> spec.withId("signup-submit"));
    }

    private static String errorOf(String id) {
        var field = (HasValidation) _get(Component.class, spec -> spec.withId(id));
        assertThat(field.isInvalid()).as("%s is invalid", id).isTrue();
        return field.getErrorMessage();
    }

    private static void assertValid(String... ids) {
        for (String id : ids) {
            var field = (HasValidation) _get(Component.class, spec -> spec.withId(id));
            assertThat(field.isInvalid()).as("%s is valid", id).isFalse();
        }
    }
}
