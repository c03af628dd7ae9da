package org.mingle.web.accounts;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.fakeservlet.FakeHttpSession;
import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedHttpSession;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mingle.domain.accounts.AccountService;
import org.mingle.web.vaadin.KaribuViewTest;

@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccountViewTest extends KaribuViewTest {

    @Inject
    AccountService accounts;

    @Test
    void showsTheNameAndEmailAddress() {
        var account = signUp("Hedy Lamarr", "hedy@example.org");
        signInAs(account);

        UI.getCurrent().navigate("account");

        assertThat(_get(Span.class, spec -> spec.withId("account-name")).getText()).isEqualTo("Hedy Lamarr");
        assertThat(_get(Span.class, spec -> spec.withId("account-email")).getText()).isEqualTo("hedy@example.org");
    }

    @Test
    void aGermanPageSpeaksGermanAndWritesTheDayTheGermanWay() {
        var account = signUp("Lise Meitner", "lise@example.org");
        signInAs(account);
        UI.getCurrent().setLocale(Locale.GERMANY);

        UI.getCurrent().navigate("account");

        assertThat(_get(Button.class, spec -> spec.withId("delete-account")).getText()).isEqualTo("Mein Konto löschen");
        assertThat(_get(Anchor.class, spec -> spec.withId("download-data")).getText())
                .isEqualTo("Meine Daten herunterladen");
        String day = DateTimeFormatter.ofPattern("d. MMMM yyyy", Locale.GERMANY)
                .format(account.createdAt().atZone(ZoneOffset.UTC));
        assertThat(_get(Span.class, spec -> spec.withId("account-since")).getText()).isEqualTo(day);
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Mein Konto · Mingle");
    }

    @Test
    void theDownloadIsAJsonFileOfEverythingMingleHoldsAboutTheSignedInPerson() {
        var account = signUp("Annie Easley", "annie@example.org");
        signInAs(account);
        UI.getCurrent().navigate("account");

        var link = _get(Anchor.class, spec -> spec.withId("download-data"));
        String json = new String(DownloadKt._download(link), StandardCharsets.UTF_8);

        assertThat(link.getElement().hasAttribute("download")).isTrue();
        assertThat(json).startsWith("{\"account\":{").contains("\"email\":\"annie@example.org\"",
                "\"displayName\":\"Annie Easley\"", "\"organizedEvents\":[]", "\"kind\":\"SIGNED_UP\"");
    }

    @Test
    void cancellingTheDialogKeepsTheAccount() {
        var account = signUp("Radia Perlman", "radia@example.org");
        signInAs(account);
        UI.getCurrent().navigate("account");

        _click(_get(Button.class, spec -> spec.withId("delete-account")));
        assertThat(_get(Dialog.class, spec -> spec.withId("delete-dialog")).isOpened()).isTrue();
        _click(_get(Button.class, spec -> spec.withId("cancel-delete")));

        _assertNone(Dialog.class, spec -> spec.withId("delete-dialog"));
        assertThat(accounts.findActive(account.id())).isPresent();
        assertThat(currentUser().account()).contains(account.id());
    }

    @Test
    void erasureSignsOutAndTheEmailCanSignUpAgain() {
        var account = signUp("Frances Allen", "frances@example.org");
        signInAs(account);
        UI.getCurrent().navigate("account");
        var oldSession = VaadinSession.getCurrent();
        var oldHttpSession = (FakeHttpSession) ((WrappedHttpSession) oldSession.getSession()).getHttpSession();

        _click(_get(Button.class, spec -> spec.withId("delete-account")));
        _click(_get(Button.class, spec -> spec.withId("confirm-delete")));

        assertThat(accounts.findActive(account.id())).isEmpty();
        assertThat(oldHttpSession.isValid()).isFalse();
        assertThat(VaadinSession.getCurrent()).isNotSameAs(oldSession);
        assertThat(currentUser().account()).isEmpty();

        // The browser lands on the log-in page, which confirms the erasure.
        UI.getCurrent().navigate("login", QueryParameters.of("notice", "account-deleted"));
        assertThat(_get(Paragraph.class, spec -> spec.withId("login-notice")).getText())
                .startsWith("Your account and its personal data have been deleted.");

        // The old password opens nothing any more ...
        _setValue(_get(EmailField.class, spec -> spec.withId("login-email")), "frances@example.org");
        _setValue(_get(PasswordField.class, spec -> spec.withId("login-password")), PASSWORD);
        _click(_get(Button.class, spec -> spec.withId("login-submit")));
        assertThat(currentUser().account()).isEmpty();

        // ... and the address is free for a new account.
        UI.getCurrent().navigate("signup");
        _setValue(_get(TextField.class, spec -> spec.withId("signup-name")), "Frances Again");
        _setValue(_get(EmailField.class, spec -> spec.withId("signup-email")), "frances@example.org");
        _setValue(_get(PasswordField.class, spec -> spec.withId("signup-password")), "optimizing compilers 1966");
        _click(_get(Button.class, spec -> spec.withId("signup-submit")));

        var again = accounts.findByEmail("frances@example.org").orElseThrow();
        assertThat(again.id()).isNotEqualTo(account.id());
        assertThat(currentUser().account()).contains(again.id());
    }
}
