package org.mingle.web.registrations;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.theme.lumo.LumoUtility;
import io.micronaut.context.annotation.Prototype;
import org.mingle.domain.notifications.CheckInCodeLinks;
import org.mingle.domain.shared.InvalidInputException;
import org.mingle.web.shell.MainLayout;
import org.mingle.web.shell.Routes;

/**
 * Where a confirmation mail's "Show my check-in code" leads: the attendee's code as a QR code and as text, for the
 * door, without logging in (the signed link names the attendee and the event). A damaged or expired link, or a
 * registration no longer confirmed, says so instead.
 */
@Prototype
@AnonymousAllowed
@Route(value = Routes.CHECK_IN_CODE_LINK, layout = MainLayout.class)
public class CheckInCodeView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CheckInCodeLinks links;
    private final H1 heading = new H1();
    private final Paragraph who = new Paragraph();
    private final Div code = new Div();

    CheckInCodeView(CheckInCodeLinks links) {
        this.links = links;
        addClassNames("page", "auth-page");
        setPadding(true);
        heading.setText(getTranslation("registrations.link.heading"));
        heading.addClassNames(LumoUtility.Margin.NONE);
        who.setId("code-link-who");
        who.getElement().setAttribute("role", "status");
        code.setId("code-link-code");
        code.addClassName("check-in-code");
        add(heading, who, code);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent enter) {
        String token = enter.getLocation().getQueryParameters().getSingleParameter(Routes.MAIL_TOKEN).orElse("");
        try {
            var shown = links.show(token);
            heading.setText(shown.eventTitle());
            who.setText(shown.attendeeName() + " · " + getTranslation(shown.checkedIn()
                    ? "registrations.link.already-checked-in" : "registrations.link.show-at-door"));
            var text = new Paragraph(shown.code());
            text.setId("code-link-text");
            text.addClassNames(LumoUtility.FontSize.XLARGE, LumoUtility.FontWeight.SEMIBOLD);
            code.add(QrCodes.image(shown.code(), getTranslation("registrations.link.qr-alt", shown.code())), text);
        } catch (InvalidInputException invalid) {
            heading.setText(getTranslation("registrations.link.invalid"));
            who.setText(invalid.errors().get(0).message());
            who.addClassName("auth-error");
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("registrations.link.title");
    }
}
