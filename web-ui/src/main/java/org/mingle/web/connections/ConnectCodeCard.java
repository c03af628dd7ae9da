package org.mingle.web.connections;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import org.mingle.domain.connections.ConnectCode;
import org.mingle.domain.connections.ConnectionService;
import org.mingle.domain.shared.AccountId;
import org.mingle.domain.shared.PublicUrl;
import org.mingle.web.registrations.QrCodes;

/**
 * A person's connect code, to show to the people they meet: the code in big letters to read out, and a QR code of the
 * address of their connect page ({@code https://host/connect/<code>}) to scan with any phone camera. The address
 * starts with Mingle's configured {@link PublicUrl}, never with a host the request names.
 */
class ConnectCodeCard extends Div {

    private final ConnectionService connections;
    private final PublicUrl publicUrl;

    private final Span code = new Span();
    private final Div qrBox = new Div();
    private final Span url = new Span();

    ConnectCodeCard(ConnectionService connections, PublicUrl publicUrl) {
        this.connections = connections;
        this.publicUrl = publicUrl;
        code.setId("connect-code");
        code.addClassName("connect-code-text");
        code.getElement().setAttribute("aria-label", getTranslation("connections.card.code-label"));
        qrBox.setId("connect-qr-box");
        qrBox.addClassName("connect-qr-box");
        url.setId("connect-url");
        url.addClassName("connect-url");
        add(qrBox, code, url);
        addClassNames("checkin-code-box", "connect-code-box");
    }

    /** Shows the person's code, made for them the first time they need one. */
    void show(AccountId person) {
        ConnectCode mine = connections.myCode(person);
        String address = publicUrl.link(ConnectView.ROUTE_PREFIX + "/" + mine.value());
        code.setText(mine.value());
        url.setText(address);
        qrBox.removeAll();
        Image qr = QrCodes.image(address, getTranslation("connections.card.qr-alt", address));
        qr.setId("connect-qr");
        qr.addClassName("connect-qr");
        qrBox.add(qr);
    }
}
