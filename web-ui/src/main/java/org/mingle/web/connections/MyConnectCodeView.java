package org.mingle.web.connections;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility;
import io.micronaut.context.annotation.Prototype;
import org.mingle.domain.connections.ConnectCode;
import org.mingle.domain.connections.ConnectionService;
import org.mingle.domain.shared.PublicUrl;
import org.mingle.web.registrations.QrCodes;
import org.mingle.web.shell.CurrentUser;
import org.mingle.web.shell.MainLayout;
import org.mingle.web.shell.Routes;

/**
 * The signed-in person's connect code, to show to the people they meet: the code in big letters to read out, and a QR
 * code of the address of their connect page ({@code https://host/connect/<code>}) to scan with any phone camera. The
 * address starts with Mingle's configured {@link PublicUrl}, never with a host the request names.
 */
@Prototype
@Route(value = Routes.MY_CONNECT_CODE, layout = MainLayout.class)
@PageTitle("My connect code · Mingle")
public class MyConnectCodeView extends VerticalLayout implements BeforeEnterObserver {


    private final ConnectionService connections;
    private final CurrentUser currentUser;
    private final PublicUrl publicUrl;

    private final Span code = new Span();
    private final Div qrBox = new Div();
    private final Span url = new Span();

    MyConnectCodeView(ConnectionService connections, CurrentUser currentUser, PublicUrl publicUrl) {
        this.connections = connections;
        this.currentUser = currentUser;
        this.publicUrl = publicUrl;
        setId("my-connect-code");
        addClassNames("page", "connect-code-page");
        setPadding(true);

        var heading = new H1("My connect code");
        heading.addClassNames(LumoUtility.Margin.NONE);

        var hint = new Paragraph("Let people you meet scan this. They see your profile, and at an event you both "
                + "attend you are connected: you both find each other under My network.");
        hint.setId("connect-hint");
        hint.addClassNames(LumoUtility.Margin.NONE, LumoUtility.TextColor.SECONDARY);

        code.setId("connect-code");
        code.addClassName("connect-code-text");
        code.getElement().setAttribute("aria-label", "Your connect code");
        qrBox.setId("connect-qr-box");
        qrBox.addClassName("connect-qr-box");
        url.setId("connect-url");
        url.addClassName("connect-url");
        var box = new Div(qrBox, code, url);
        box.addClassNames("checkin-code-box", "connect-code-box");

        var readOut = new Paragraph("No camera at hand? Give them the address under the code.");
        readOut.addClassNames(LumoUtility.Margin.NONE, LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);

        var network = new RouterLink("My network", NetworkView.class);
        network.setId("connect-code-network");
        network.addClassName("button-link");
        network.addComponentAsFirst(VaadinIcon.USERS.create());

        var scan = new RouterLink("Scan someone's code", ScanConnectCodeView.class);
        scan.setId("connect-code-scan");
        scan.addClassName("button-link");
        scan.addComponentAsFirst(VaadinIcon.CAMERA.create());
        var links = new Div(scan, network);
        links.addClassName("registration-actions");

        add(heading, hint, box, readOut, links);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent enter) {
        ConnectCode mine = connections.myCode(currentUser.require());
        String address = publicUrl.link(ConnectView.ROUTE_PREFIX + "/" + mine.value());
        code.setText(mine.value());
        url.setText(address);
        qrBox.removeAll();
        Image qr = QrCodes.image(address, "QR code of your connect page " + address);
        qr.setId("connect-qr");
        qr.addClassName("connect-qr");
        qrBox.add(qr);
    }
}
