package org.mingle.web.connections;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.Autocapitalize;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility;
import io.micronaut.context.annotation.Prototype;
import org.mingle.domain.connections.ConnectCode;
import org.mingle.domain.shared.PublicUrl;
import org.mingle.web.scanning.QrScanner;
import org.mingle.web.shell.MainLayout;
import org.mingle.web.shell.Routes;

/**
 * Where an attendee scans someone's connect code with their phone's camera, in Mingle itself: the camera starts
 * when the page opens, and a code of this Mingle leads to its connect page ({@link ConnectView}), which connects the
 * two. Any other QR code gets a friendly word and the camera goes on looking. Without a camera, or when it is refused,
 * the code can be typed.
 */
@Prototype
@Route(value = Routes.SCAN_CONNECT_CODE, layout = MainLayout.class)
public class ScanConnectCodeView extends VerticalLayout implements HasDynamicTitle {

    private final PublicUrl publicUrl;
    private final QrScanner scanner = new QrScanner("connect-scanner", getTranslation("connections.scan.start"));
    private final Paragraph notice = new Paragraph();
    private final TextField typed = new TextField(getTranslation("connections.scan.typed"));

    ScanConnectCodeView(PublicUrl publicUrl) {
        this.publicUrl = publicUrl;
        setId("scan-connect-code");
        addClassNames("page", "scan-page");
        setPadding(true);

        var heading = new H1(getTranslation("connections.scan.heading"));
        heading.addClassNames(LumoUtility.Margin.NONE);
        var hint = new Paragraph(getTranslation("connections.scan.hint"));
        hint.addClassNames(LumoUtility.Margin.NONE, LumoUtility.TextColor.SECONDARY);

        scanner.addScanListener(this::scanned);

        notice.setId("scan-notice");
        notice.addClassNames(LumoUtility.Margin.NONE, "friendly-notice");
        notice.getElement().setAttribute("role", "status");
        notice.getElement().setAttribute("aria-live", "polite");
        notice.setVisible(false);

        typed.setId("typed-connect-code");
        typed.setHelperText(getTranslation("connections.scan.typed-help"));
        typed.setAutocomplete(Autocomplete.OFF);
        typed.setAutocapitalize(Autocapitalize.CHARACTERS);
        typed.getElement().setAttribute("autocorrect", "off");
        typed.getElement().setAttribute("spellcheck", "false");
        typed.setMaxLength(40);
        var connect = new Button(getTranslation("connections.scan.connect"), click -> typedCode());
        connect.setId("typed-connect-submit");
        connect.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        connect.addClickShortcut(Key.ENTER).listenOn(typed);
        var byHand = new Div(typed, connect);
        byHand.addClassName("checkin-form");

        RouterLink mine = Routes.link(getTranslation("connections.scan.show-mine"), Routes.myConnectCode());
        mine.setId("scan-show-my-code");
        mine.addClassName("button-link");
        mine.addComponentAsFirst(VaadinIcon.QRCODE.create());

        add(heading, hint, scanner, notice, byHand, mine);
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        // The person came here to scan: the camera starts at once (the browser may ask them first).
        if (!scanner.isRunning()) {
            scanner.start();
        }
    }

    private void scanned(String text) {
        ScannedConnectCode.read(text, publicUrl).ifPresentOrElse(this::open, () -> {
            scanner.beep(QrScanner.Tone.FAILURE);
            showNotice(getTranslation(ScannedConnectCode.isAddress(text)
                    ? "connections.scan.elsewhere" : "connections.scan.not-a-code"));
        });
    }

    private void typedCode() {
        String text = typed.getValue() == null ? "" : typed.getValue();
        ScannedConnectCode.read(text, publicUrl).ifPresentOrElse(this::open, () -> {
            typed.setInvalid(true);
            typed.setErrorMessage(getTranslation(text.isBlank()
                    ? "connections.scan.typed-missing" : "connections.scan.typed-invalid"));
        });
    }

    private void open(ConnectCode code) {
        scanner.stop();
        getUI().ifPresent(ui -> ui.navigate(ConnectView.ROUTE_PREFIX + "/" + code.value()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("connections.scan.title");
    }

    private void showNotice(String text) {
        notice.setText(text);
        notice.setVisible(true);
    }
}
