package org.mingle.web.endorsements;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import io.micronaut.context.annotation.Prototype;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.mingle.domain.endorsements.Endorsement;
import org.mingle.domain.endorsements.EndorsementNotFoundException;
import org.mingle.domain.endorsements.EndorsementService;
import org.mingle.domain.endorsements.EndorsementStatus;
import org.mingle.domain.shared.PageRequest;
import org.mingle.web.shell.CurrentUser;
import org.mingle.web.shell.Formats;
import org.mingle.web.shell.MainLayout;
import org.mingle.web.shell.Routes;

/**
 * The endorsements the signed-in person received, under "My profile": those waiting for approval, to approve or hide,
 * and those shown on their profile, to hide. Nothing shows anywhere until approved; hidden ones are gone from both
 * lists and the endorser is not told. Each list shows a page at a time, with "Show more".
 */
@Prototype
@Route(value = Routes.MY_ENDORSEMENTS, layout = MainLayout.class)
public class MyEndorsementsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final int PAGE_SIZE = 20;

    private final EndorsementService endorsements;
    private final CurrentUser currentUser;
    private final ZoneId zone;

    private final Section pending = new Section("pending", EndorsementStatus.PENDING);
    private final Section approved = new Section("approved", EndorsementStatus.APPROVED);

    MyEndorsementsView(EndorsementService endorsements, CurrentUser currentUser, Clock clock) {
        this.endorsements = endorsements;
        this.currentUser = currentUser;
        this.zone = clock.getZone();
        setId("my-endorsements");
        addClassName("page");
        setPadding(true);

        var back = Routes.link(getTranslation("endorsements.page.back"), Routes.myProfile());
        back.setId("back-to-profile");
        back.addClassName("back-link");
        back.addComponentAsFirst(VaadinIcon.ARROW_LEFT.create());
        var heading = new H1(getTranslation("endorsements.page.heading"));
        heading.addClassNames(LumoUtility.Margin.NONE);
        var intro = new Paragraph(getTranslation("endorsements.page.intro"));
        intro.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.NONE);
        add(back, heading, intro, pending, approved);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("endorsements.page.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent enter) {
        reload();
    }

    private void reload() {
        pending.reload();
        approved.reload();
    }

    private void decide(Endorsement endorsement, EndorsementStatus status) {
        var me = currentUser.require();
        String name = endorsement.endorserName().orElse("");
        try {
            if (status == EndorsementStatus.APPROVED) {
                endorsements.approve(me, endorsement.id());
            } else {
                endorsements.hide(me, endorsement.id());
            }
            var done = Notification.show(getTranslation(status == EndorsementStatus.APPROVED
                    ? "endorsements.page.approved-notice" : "endorsements.page.hidden-notice", name), 4000,
                    Notification.Position.BOTTOM_CENTER);
            done.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (EndorsementNotFoundException gone) {
            Notification.show(getTranslation("endorsements.page.gone"), 4000, Notification.Position.BOTTOM_CENTER);
        }
        reload();
    }

    /** One list: its heading with the count, the cards, "Show more" while more are left. */
    private final class Section extends Div {

        private final String key;
        private final EndorsementStatus status;
        private final H2 heading = new H2();
        private final Div cards = new Div();
        private final Paragraph empty = new Paragraph();
        private final Button more = new Button();
        private int shownPages;

        Section(String key, EndorsementStatus status) {
            this.key = key;
            this.status = status;
            setId("endorsements-" + key);
            addClassName("endorsement-section");
            heading.setId("endorsements-" + key + "-heading");
            heading.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.Margin.Top.MEDIUM);
            cards.addClassName("endorsement-cards");
            empty.setId("endorsements-" + key + "-empty");
            empty.setText(getTranslation("endorsements.page." + key + ".empty"));
            empty.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.NONE);
            more.setId("endorsements-" + key + "-more");
            more.setText(getTranslation("endorsements.page.more"));
            more.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            more.addClickListener(click -> show(shownPages + 1));
            add(heading, empty, cards, more);
        }

        void reload() {
            show(Math.max(shownPages, 1));
        }

        private void show(int pages) {
            shownPages = pages;
            var me = currentUser.require();
            var page = endorsements.received(me, status, PageRequest.of(0, Math.min(100, pages * PAGE_SIZE)));
            heading.setText(getTranslation("endorsements.page." + key + ".heading", page.total()));
            cards.removeAll();
            page.items().forEach(endorsement -> cards.add(card(endorsement)));
            empty.setVisible(page.items().isEmpty());
            more.setVisible(page.total() > page.items().size() && page.items().size() < 100);
        }

        private Div card(Endorsement endorsement) {
            String id = "endorsement-" + endorsement.id();
            String name = endorsement.endorserName().orElse("");
            var who = new Span(name);
            who.setId(id + "-name");
            who.addClassName("event-card-title");
            var where = new Span(getTranslation("endorsements.page.met", endorsement.eventTitle().orElse(""),
                    DateTimeFormatter.ofPattern(getTranslation("format.day"), Formats.locale())
                            .format(endorsement.createdAt().atZone(zone))));
            where.setId(id + "-met");
            where.addClassName("event-card-when");
            var topics = new Div();
            topics.setId(id + "-topics");
            topics.addClassName("chips");
            endorsement.topics().forEach(topic -> {
                var chip = new Span(topic);
                chip.getElement().getThemeList().add("badge pill");
                chip.addClassName("chip");
                topics.add(chip);
            });
            var card = new Div(who, where, topics);
            card.setId(id);
            card.addClassNames("event-card", "endorsement-card");
            if (!endorsement.note().isBlank()) {
                var note = new Paragraph(endorsement.note());
                note.setId(id + "-note");
                note.addClassNames("endorsement-note", LumoUtility.Margin.NONE);
                card.add(note);
            }
            var actions = new Div();
            actions.addClassName("registration-actions");
            if (status == EndorsementStatus.PENDING) {
                var approve = new Button(getTranslation("endorsements.page.approve"),
                        click -> decide(endorsement, EndorsementStatus.APPROVED));
                approve.setId(id + "-approve");
                approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                approve.setAriaLabel(getTranslation("endorsements.page.approve-from", name));
                actions.add(approve);
            }
            var hide = new Button(getTranslation("endorsements.page.hide"),
                    click -> decide(endorsement, EndorsementStatus.HIDDEN));
            hide.setId(id + "-hide");
            hide.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            hide.setAriaLabel(getTranslation("endorsements.page.hide-from", name));
            actions.add(hide);
            card.add(actions);
            return card;
        }
    }
}
