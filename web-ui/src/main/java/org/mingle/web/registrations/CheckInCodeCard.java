package org.mingle.web.registrations;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.theme.lumo.LumoUtility;
import org.mingle.domain.registration.Registration;

/** The code to show at the door: large text to read out, and a QR code to scan. */
public final class CheckInCodeCard {

    private CheckInCodeCard() {
    }

    public static Div of(Registration registration) {
        String rid = registration.id().toString();
        var ui = UI.getCurrent();
        var label = new Span(ui.getTranslation("registrations.code.label"));
        label.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        var code = new Span(registration.checkInCode());
        code.setId("checkin-code-" + rid);
        code.addClassName("checkin-code-text");
        var qr = QrCodes.image(registration.checkInCode(),
                ui.getTranslation("registrations.code.qr-alt", registration.checkInCode()));
        qr.setId("checkin-qr-" + rid);
        var box = new Div(label, code, qr);
        box.addClassName("checkin-code-box");
        return box;
    }
}
