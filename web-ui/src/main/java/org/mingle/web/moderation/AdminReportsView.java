package org.mingle.web.moderation;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import io.micronaut.context.annotation.Prototype;
import org.mingle.domain.events.EventId;
import org.mingle.domain.moderation.ContentReport;
import org.mingle.domain.moderation.ModerationService;
import org.mingle.domain.moderation.ReportedSubject;
import org.mingle.domain.moderation.SubjectKind;
import org.mingle.domain.shared.DomainException;
import org.mingle.domain.shared.GroupId;
import org.mingle.web.shell.CurrentUser;
import org.mingle.web.shell.DomainMessages;
import org.mingle.web.shell.MainLayout;
import org.mingle.web.shell.Routes;
import org.mingle.web.shell.Translations;
import org.mingle.web.shell.UiErrorHandler;

/**
 * The administration page: the open reports grouped by what they report (events and groups), the most reported first,
 * each with how many reports, their reasons and details and a link to the subject, and "Unlist" (or "List again" for a
 * subject reported anew after it was unlisted) and "Dismiss". Only for administrators; everyone else gets the
 * not-found page, so the page does not even show that it exists.
 */
@Prototype
@Route(value = Routes.ADMIN_REPORTS, layout = MainLayout.class)
public class AdminReportsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ModerationService moderation;
    private final CurrentUser currentUser;

    private final Div subjects = new Div();
    private final Paragraph empty = new Paragraph(getTranslation("moderation.admin.empty"));

    AdminReportsView(ModerationService moderation, CurrentUser currentUser) {
        this.moderation = moderation;
        this.currentUser = currentUser;
        addClassName("page");
        setPadding(true);

        var heading = new H1(getTranslation("moderation.admin.heading"));
        heading.addClassNames(LumoUtility.Margin.NONE);
        subjects.setId("reported-subjects");
        subjects.setWidthFull();
        empty.setId("reports-empty");
        empty.addClassNames(LumoUtility.TextColor.SECONDARY);
        add(heading, subjects, empty);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent enter) {
        if (!moderation.isAdministrator(currentUser.require())) {
            enter.rerouteToError(NotFoundException.class);
            return;
        }
        showReports();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("moderation.admin.title");
    }

    private void showReports() {
        subjects.removeAll();
        var open = moderation.openBySubject(currentUser.require());
        open.forEach(subject -> subjects.add(card(subject)));
        empty.setVisible(open.isEmpty());
    }

    private Div card(ReportedSubject subject) {
        String title = subject.title().orElse(getTranslation("moderation.admin.gone"));
        var heading = new H2();
        heading.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.Margin.Vertical.SMALL);
        if (subject.title().isEmpty()) {
            heading.setText(title);
        } else if (subject.kind() == SubjectKind.EVENT) {
            heading.add(Routes.link(title, Routes.event(new EventId(subject.id()))));
        } else {
            // A group's page opens by its id as well as by its slug.
            heading.add(Routes.link(title, Routes.group(subject.id().toString())));
        }
        var kind = new Span(getTranslation(subject.kind() == SubjectKind.EVENT ? "moderation.admin.kind.event"
                : "moderation.admin.kind.group"));
        kind.addClassName("reported-kind");
        kind.getElement().getThemeList().add("badge contrast");
        var count = new Span(Translations.plural("moderation.admin.reports", subject.reports().size()));
        count.getElement().getThemeList().add("badge");
        var reports = new UnorderedList();
        reports.addClassName("reported-list");
        subject.reports().forEach(report -> reports.add(item(report)));

        var card = new Div(heading, kind, count, reports);
        card.addClassName("reported-subject");
        card.getElement().setAttribute("data-subject", subject.id().toString());
        card.getElement().setAttribute("data-kind", subject.kind().name());
        if (subject.title().isPresent()) {
            card.add(subject.unlistedAt().isEmpty() ? unlistButton(subject, title) : listAgainButton(subject, title));
        }
        return card;
    }

    private Button unlistButton(ReportedSubject subject, String title) {
        var unlist = new Button(getTranslation("moderation.admin.unlist"), click -> changeListing(subject, false));
        unlist.addClassName("unlist");
        unlist.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        unlist.getElement().setAttribute("aria-label", getTranslation("moderation.admin.unlist-named", title));
        unlist.setDisableOnClick(true);
        return unlist;
    }

    /** For a subject reported again after it was unlisted: the administrator may take the first decision back. */
    private Button listAgainButton(ReportedSubject subject, String title) {
        var listAgain = new Button(getTranslation("moderation.notice.list-again"),
                click -> changeListing(subject, true));
        listAgain.addClassName("list-again");
        listAgain.getElement().setAttribute("aria-label", getTranslation("moderation.admin.list-again-named", title));
        listAgain.setDisableOnClick(true);
        return listAgain;
    }

    private ListItem item(ContentReport report) {
        var reason = new Span(ReportAction.reasonLabel(report.reason()));
        reason.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
        var who = new Span(" · " + report.reporterName().orElse(getTranslation("moderation.admin.erased")));
        who.addClassNames(LumoUtility.TextColor.SECONDARY);
        var item = new ListItem(reason, who);
        if (!report.details().isEmpty()) {
            var details = new Paragraph(report.details());
            details.addClassNames(LumoUtility.Margin.Vertical.XSMALL, "report-details");
            item.add(details);
        }
        var dismiss = new Button(getTranslation("moderation.admin.dismiss"), click -> dismiss(report));
        dismiss.addClassName("dismiss");
        dismiss.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        dismiss.setDisableOnClick(true);
        item.add(dismiss);
        return item;
    }

    private void changeListing(ReportedSubject subject, boolean listed) {
        var admin = currentUser.require();
        if (subject.kind() == SubjectKind.EVENT) {
            act(() -> moderation.changeEventListing(admin, new EventId(subject.id()), listed),
                    getTranslation(listed ? "moderation.admin.listed" : "moderation.admin.unlisted"));
        } else {
            act(() -> moderation.changeGroupListing(admin, new GroupId(subject.id()), listed),
                    getTranslation(listed ? "moderation.admin.listed" : "moderation.admin.unlisted-group"));
        }
    }

    private void dismiss(ContentReport report) {
        act(() -> moderation.dismiss(currentUser.require(), report.id()), getTranslation("moderation.admin.dismissed"));
    }

    private void act(Runnable action, String done) {
        try {
            action.run();
            var shown = Notification.show(done, 4000, Notification.Position.BOTTOM_CENTER);
            shown.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (DomainException refused) {
            UiErrorHandler.show(DomainMessages.of(refused));
        }
        showReports();
    }
}
