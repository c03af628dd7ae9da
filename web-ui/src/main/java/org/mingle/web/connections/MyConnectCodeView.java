package org.mingle.web.connections;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
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
public class MyConnectCodeView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {


    private final CurrentUser currentUser;
    private final ConnectCodeCard card;

    MyConnectCodeView(ConnectionService connections, CurrentUser currentUser, PublicUrl publicUrl) {
        this.currentUser = currentUser;
        this.card = new ConnectCodeCard(connections, publicUrl);
        setId("my-connect-code");
        addClassNames("page", "connect-code-page");
        setPadding(true);

        var heading = new H1(getTranslation("connections.my-code.heading"));
        heading.addClassNames(LumoUtility.Margin.NONE);

        var hint = new Paragraph(getTranslation("connections.my-code.hint"));
        hint.setId("connect-hint");
        hint.addClassNames(LumoUtility.Margin.NONE, LumoUtility.TextColor.SECONDARY);

        var readOut = new Paragraph(getTranslation("connections.my-code.read-out"));
        readOut.addClassNames(LumoUtility.Margin.NONE, LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);

        var network = new RouterLink(getTranslation("connections.my-code.network"), NetworkView.class);
        network.setId("connect-code-network");
        network.addClassName("button-link");
        network.addComponentAsFirst(VaadinIcon.USERS.create());

        var scan = new RouterLink(getTranslation("connections.my-code.scan"), ScanConnectCodeView.class);
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

    @Override
    public String getPageTitle() {
        return getTranslation("connections.my-code.title");
    }
}
