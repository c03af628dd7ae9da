package org.mingle.web.connections;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility;
import io.micronaut.context.annotation.Prototype;
import org.mingle.domain.connections.ConnectionService;
import org.mingle.domain.shared.PublicUrl;
import org.mingle.web.shell.CurrentUser;
import org.mingle.web.shell.MainLayout;
import org.mingle.web.shell.Routes;

/**
 * The signed-in person's connect code ({@link ConnectCodeCard}), outside any event. At an event the event home's
 * "My code" tab shows it too ({@link MyCodesView}).
 */
@Prototype
@Route(value = Routes.MY_CONNECT_CODE, layout = MainLayout.class)
@PageTitle("My connect code · Mingle")
public class MyConnectCodeView extends VerticalLayout implements BeforeEnterObserver {


    private final CurrentUser currentUser;
    private final ConnectCodeCard card;

    MyConnectCodeView(ConnectionService connections, CurrentUser currentUser, PublicUrl publicUrl) {
        this.currentUser = currentUser;
        this.card = new ConnectCodeCard(connections, publicUrl);
        setId("my-connect-code");
        addClassNames("page", "connect-code-page");
        setPadding(true);

        var heading = new H1("My connect code");
        heading.addClassNames(LumoUtility.Margin.NONE);

        var hint = new Paragraph("Let people you meet scan this. They see your profile, and at an event you both "
                + "attend you are connected: you both find each other under My network.");
        hint.setId("connect-hint");
        hint.addClassNames(LumoUtility.Margin.NONE, LumoUtility.TextColor.SECONDARY);

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

        add(heading, hint, card, readOut, links);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent enter) {
        card.show(currentUser.require());
    }
}
