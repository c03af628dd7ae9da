package org.mingle.web.shell;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.component.page.Viewport;
import com.vaadin.flow.server.AppShellSettings;
import jakarta.inject.Singleton;

/**
 * The page around every view: title, a viewport for phones, and Mingle's small style sheet. The style sheet is a
 * plain static resource ({@code META-INF/VAADIN/webapp/styles/mingle.css}), so the precompiled production bundle
 * still fits and no frontend build is needed. Theme: Lumo, Vaadin's default.
 *
 * <p>Push (over a WebSocket, long polling where none can be opened) lets the server show what happens meanwhile: a
 * meeting request or a round about to start as a toast, the bell's count, the door's count of check-ins.
 */
@Singleton
@Push
@Viewport("width=device-width, initial-scale=1, viewport-fit=cover")
public class MingleAppShell implements AppShellConfigurator {

    public static final String APP_NAME = "Mingle";
    public static final String STYLE_SHEET = "styles/mingle.css";

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle(APP_NAME);
        settings.addLink("stylesheet", STYLE_SHEET);
        settings.addMetaTag("description", "Mingle: networking events that help people meet the right people.");
    }
}
