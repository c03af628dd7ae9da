package org.mingle.web.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BrowserTimeZoneTest {

    private final List<String> handedOver = new ArrayList<>();

    @BeforeEach
    void openUi() {
        MockVaadin.setup();
    }

    @AfterEach
    void closeUi() {
        MockVaadin.tearDown();
    }

    @Test
    void asksTheBrowserOnceAndKeepsItsAnswerInTheSession() {
        BrowserTimeZone.whenKnown(UI.getCurrent(), handedOver::add);
        assertThat(handedOver).isEmpty(); // until the browser answers

        MockVaadin.clientRoundtrip(); // Karibu's browser is in Europe/Helsinki

        assertThat(handedOver).containsExactly("Europe/Helsinki");
        assertThat(VaadinSession.getCurrent().getAttribute(BrowserTimeZone.SESSION_ATTRIBUTE))
                .isEqualTo("Europe/Helsinki");
    }

    @Test
    void aZoneTheSessionKnowsIsHandedOverAtOnceWithoutAskingTheBrowser() {
        // as a page opened earlier in the session left it; this UI has asked the browser nothing
        VaadinSession.getCurrent().setAttribute(BrowserTimeZone.SESSION_ATTRIBUTE, "America/New_York");

        BrowserTimeZone.whenKnown(UI.getCurrent(), handedOver::add);

        assertThat(handedOver).containsExactly("America/New_York");
        MockVaadin.clientRoundtrip();
        assertThat(handedOver).containsExactly("America/New_York");
    }
}
