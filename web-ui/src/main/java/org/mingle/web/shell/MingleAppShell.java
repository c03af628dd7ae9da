package org.mingle.web.shell;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.component.page.Viewport;
import com.vaadin.flow.server.AppShellSettings;
import jakarta.inject.Singleton;
import java.util.Map;

/**
 * The page around every view: title, a viewport for phones, and Mingle's small style sheet. The style sheet is a
 * plain static resource ({@code META-INF/VAADIN/webapp/styles/mingle.css}), so the precompiled production bundle
 * still fits and no frontend build is needed. Theme: Lumo, Vaadin's default.
 *
 * <p>Mingle's mark as the tab's icon (SVG, a PNG where SVG is not understood) and a web app manifest, so a phone can
 * put Mingle on its home screen and open it without the browser's bars (decision 33). There is no service worker:
 * nothing is promised to work offline.
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
    /** The colour of the browser's bars around Mingle; the manifest names it too. */
    static final String THEME_COLOR = "#006af5";

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle(APP_NAME);
        settings.addLink("stylesheet", STYLE_SHEET);
        settings.addMetaTag("description", "Mingle: networking events that help people meet the right people.");
        settings.addMetaTag("theme-color", THEME_COLOR);
        // The PNG says its size, so browsers that take SVG prefer the SVG.
        settings.addLink("icons/mingle.svg", Map.of("rel", "icon", "type", "image/svg+xml"));
        settings.addFavIcon("icon", "icons/mingle-32.png", "32x32");
        settings.addLink("apple-touch-icon", "icons/mingle-180.png");
        settings.addLink("manifest", "manifest.webmanifest");
    }
}
