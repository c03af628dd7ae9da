package org.mingle.web.connections;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mingle.domain.accounts.Account;
import org.mingle.domain.connections.ConnectionService;
import org.mingle.web.scanning.QrScanner;
import org.mingle.web.shell.Routes;
import org.mingle.web.vaadin.KaribuViewTest;

/** The scan page: the camera starts with it, and a typed code leads to the connect page as a scanned one does. */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScanConnectCodeViewTest extends KaribuViewTest {

    @Inject
    ConnectionService connections;

    private Account ana;
    private Account ben;

    @BeforeAll
    void accounts() {
        ana = signUp("Ana Alves", "ana.scanpage@example.org");
        ben = signUp("Ben Bauer", "ben.scanpage@example.org");
    }

    @Test
    void theCameraStartsWithThePage() {
        signInAs(ana);
        UI.getCurrent().navigate(Routes.SCAN_CONNECT_CODE);

        var scanner = _get(QrScanner.class, spec -> spec.withId("connect-scanner"));
        assertThat(scanner.isRunning()).isTrue();
        assertThat(_get(Button.class, spec -> spec.withId("connect-scanner-toggle")).getText())
                .isEqualTo("Stop the camera");
    }

    @Test
    void aTypedCodeInLowerCaseWithADashOpensItsConnectPage() {
        String code = connections.myCode(ben.id()).value();
        signInAs(ana);
        UI.getCurrent().navigate(Routes.SCAN_CONNECT_CODE);

        _setValue(field(), code.substring(0, 4).toLowerCase() + "-" + code.substring(4));
        _click(_get(Button.class, spec -> spec.withId("typed-connect-submit")));

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("connect/" + code);
        assertThat(_get(ConnectView.class)).isNotNull();
    }

    @Test
    void somethingElseTypedIsRefusedNextToTheField() {
        signInAs(ana);
        UI.getCurrent().navigate(Routes.SCAN_CONNECT_CODE);

        _setValue(field(), "hello");
        _click(_get(Button.class, spec -> spec.withId("typed-connect-submit")));

        assertThat(field().isInvalid()).isTrue();
        assertThat(field().getErrorMessage()).contains("eight letters and digits");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo(Routes.SCAN_CONNECT_CODE);
    }

    @Test
    void aGermanPageSpeaksGermanAndRefusesInGerman() {
        signInAs(ana);
        UI.getCurrent().setLocale(Locale.GERMANY);
        UI.getCurrent().navigate(Routes.SCAN_CONNECT_CODE);

        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Kontaktcode scannen · Mingle");
        assertThat(_get(Button.class, spec -> spec.withId("connect-scanner-toggle")).getText())
                .isEqualTo("Kamera ausschalten");
        _setValue(field(), "hallo");
        _click(_get(Button.class, spec -> spec.withId("typed-connect-submit")));

        assertThat(field().getErrorMessage())
                .isEqualTo("Ein Kontaktcode hat acht Buchstaben und Ziffern, zum Beispiel 7K3M9QXA.");
    }

    private static TextField field() {
        return _get(TextField.class, spec -> spec.withId("typed-connect-code"));
    }
}
