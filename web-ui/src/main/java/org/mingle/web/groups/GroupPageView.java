package org.mingle.web.groups;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility;
import io.micronaut.context.annotation.Prototype;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;
import org.mingle.domain.events.Event;
import org.mingle.domain.groups.GroupMember;
import org.mingle.domain.groups.GroupMemberships;
import org.mingle.domain.groups.GroupService;
import org.mingle.domain.groups.GroupView;
import org.mingle.domain.groups.MembershipStatus;
import org.mingle.domain.moderation.ModerationService;
import org.mingle.domain.profiles.ProfilePhotoService;
import org.mingle.domain.shared.AccountId;
import org.mingle.domain.shared.ConflictException;
import org.mingle.domain.shared.NotFoundException;
import org.mingle.domain.shared.PageRequest;
import org.mingle.web.moderation.ListingNotice;
import org.mingle.web.moderation.ReportAction;
import org.mingle.web.profiles.Faces;
import org.mingle.web.shell.CurrentUser;
import org.mingle.web.shell.MainLayout;
import org.mingle.web.shell.Routes;

/**
 * A group's page: what it is about, its topics and city, its upcoming and past events, who runs it and (for members)
 * who belongs, with faces where people show a photo; join, leave or the pending request; the calendar feed; and for
 * owners and organizers "New event" and the members page. Signed-in people who do not run the group may report it;
 * those who run it see when an administrator unlisted it. A private group is not found by anyone outside it.
 */
@Prototype
@Route(value = Routes.GROUP, layout = MainLayout.class)
public class GroupPageView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter EVENT_TIME = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM,
            FormatStyle.SHORT);

    /** How many members the page shows; the members page has them all. */
    static final int MEMBERS_SHOWN = 24;

    private final GroupService groups;
    private final GroupMemberships memberships;
    private final ProfilePhotoService photos;
    private final CurrentUser currentUser;
    private final ReportAction reportAction;
    private final ListingNotice unlistedNotice;

    private String slug;
    private String title = "";

    GroupPageView(GroupService groups, GroupMemberships memberships, ProfilePhotoService photos,
                  ModerationService moderation, CurrentUser currentUser) {
        this.groups = groups;
        this.memberships = memberships;
        this.photos = photos;
        this.currentUser = currentUser;
        reportAction = new ReportAction(moderation, currentUser);
        unlistedNotice = new ListingNotice(moderation, currentUser);
        addClassName("page");
        setPadding(true);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent enter) {
        slug = enter.getRouteParameters().get(Routes.GROUP_SLUG).orElse("");
        try {
            show(groups.get(currentUser.account(), slug));
        } catch (NotFoundException notFound) {
            enter.rerouteToError(notFound, notFound.getMessage());
        }
    }

    private void show(GroupView view) {
        removeAll();
        var group = view.group();
        title = group.name();
        var viewer = currentUser.account();

        var heading = new H1(group.name());
        heading.addClassNames(LumoUtility.Margin.NONE);
        var place = new Span(group.city().isEmpty() ? getTranslation("groups.page.online")
                : group.online() ? getTranslation("groups.page.city-and-online", group.city()) : group.city());
        place.setId("group-place");
        place.addClassNames(LumoUtility.TextColor.SECONDARY);
        var count = new Span(getTranslation("groups.page.members-count", group.memberCount()));
        count.addClassNames(LumoUtility.TextColor.SECONDARY);
        var topics = new Div();
        topics.setId("group-topics");
        topics.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.XSMALL);
        group.topics().forEach(topic -> {
            var chip = new Span(topic);
            chip.getElement().getThemeList().add("badge pill");
            topics.add(chip);
        });
        var about = new Paragraph(group.description());
        about.setId("group-about");
        about.getStyle().set("white-space", "pre-line");
        unlistedNotice.show(group.id(), view.organizedByViewer(), groups.unlistedAt(group.id()));
        // Those who run the group change it rather than report it.
        reportAction.show(group.id(), viewer.isPresent() && !view.organizedByViewer());
        add(heading, unlistedNotice, new HorizontalLayout(place, count), topics, about, actions(view, viewer),
                reportAction);

        add(section("groups.page.upcoming", events(view, true)));
        add(section("groups.page.past", events(view, false)));
        add(section("groups.page.organizers", people(viewer, groups.organizers(viewer, group.id()), "group-organizers")));
        if (view.viewerBelongs()) {
            var members = groups.members(viewer.orElseThrow(), group.id(), new PageRequest(0, MEMBERS_SHOWN));
            add(section("groups.page.members", people(viewer, members.items(), "group-members")));
        }
    }

    private Component actions(GroupView view, Optional<AccountId> viewer) {
        var bar = new HorizontalLayout();
        bar.addClassNames(LumoUtility.FlexWrap.WRAP);
        var mine = view.mine();
        if (viewer.isEmpty()) {
            var logIn = Routes.link(getTranslation("groups.page.log-in-to-join"), Routes.logIn(Routes.group(slug)));
            logIn.setId("group-log-in");
            bar.add(logIn);
        } else if (mine.isEmpty()) {
            var join = new Button(getTranslation("groups.page.join"), VaadinIcon.PLUS.create(), click -> join());
            join.setId("group-join");
            join.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            bar.add(join);
        } else {
            if (mine.get().status() == MembershipStatus.PENDING) {
                var pending = new Span(getTranslation("groups.page.pending"));
                pending.setId("group-pending");
                pending.getElement().getThemeList().add("badge contrast");
                bar.add(pending);
            }
            var leave = new Button(getTranslation(mine.get().belongs() ? "groups.page.leave" : "groups.page.withdraw"),
                    click -> leave());
            leave.setId("group-leave");
            bar.add(leave);
        }
        if (view.organizedByViewer()) {
            var create = new Button(getTranslation("groups.page.new-event"), VaadinIcon.CALENDAR.create(),
                    click -> click.getSource().getUI().ifPresent(ui -> Routes.go(ui,
                            Routes.createEventInGroup(view.group().id()))));
            create.setId("group-new-event");
            var series = Routes.link(getTranslation("groups.page.new-series"), Routes.createSeries(view.group().id()));
            series.setId("group-new-series");
            var manage = Routes.link(getTranslation("groups.page.manage"), Routes.groupMembers(slug));
            manage.setId("group-manage");
            var report = Routes.link(getTranslation("groups.page.report"), Routes.groupReport(slug));
            report.setId("group-report");
            bar.add(create, series, manage, report);
        }
        var feed = new Anchor("/api/groups/" + view.group().id() + "/calendar.ics",
                getTranslation("groups.page.calendar"));
        feed.setId("group-calendar");
        bar.add(feed);
        return bar;
    }

    private Component events(GroupView view, boolean upcoming) {
        var list = new Div();
        list.setId(upcoming ? "group-upcoming" : "group-past");
        list.addClassName("events-list");
        list.setWidthFull();
        var page = groups.events(currentUser.account(), view.group().id().toString(), upcoming,
                new PageRequest(0, 20));
        page.items().forEach(event -> list.add(card(event)));
        if (page.items().isEmpty()) {
            var none = new Paragraph(getTranslation(upcoming ? "groups.page.no-upcoming" : "groups.page.no-past"));
            none.addClassNames(LumoUtility.TextColor.SECONDARY);
            list.add(none);
        }
        return list;
    }

    /** An event of the group as a card that opens its page, like the cards of the events list. */
    private static RouterLink card(Event event) {
        var card = Routes.link(Routes.event(event.id()));
        card.addClassName("event-card");
        card.getElement().setAttribute("data-event-id", event.id().toString());
        var title = new Span(event.title());
        title.addClassName("event-card-title");
        var when = new Span(EVENT_TIME.withLocale(UI.getCurrent().getLocale()).format(event.localStart()) + " ("
                + event.details().timeZone().getId() + ")");
        when.addClassName("event-card-when");
        var venue = new Span(event.details().venue());
        venue.addClassName("event-card-venue");
        card.add(title, when, venue);
        return card;
    }

    private Component people(Optional<AccountId> viewer, List<GroupMember> people, String id) {
        var list = new Div();
        list.setId(id);
        list.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.MEDIUM);
        var faces = viewer.map(me -> Faces.of(photos, me, people.stream().map(GroupMember::account).toList()));
        for (var person : people) {
            var face = faces.map(f -> (Component) f.small(person.account(), person.displayName()))
                    .orElseGet(Span::new);
            var name = new Span(person.displayName());
            var item = new Div(face, name);
            item.addClassName("group-person");
            item.addClassNames(LumoUtility.Display.FLEX, LumoUtility.AlignItems.CENTER, LumoUtility.Gap.SMALL);
            list.add(item);
        }
        return list;
    }

    private Component section(String headingKey, Component content) {
        var heading = new H2(getTranslation(headingKey));
        heading.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.Margin.Bottom.NONE);
        var section = new VerticalLayout(heading, content);
        section.setPadding(false);
        return section;
    }

    private void join() {
        var me = currentUser.require();
        var view = groups.get(Optional.of(me), slug);
        var status = memberships.join(me, view.group().id());
        Notification.show(getTranslation(status == MembershipStatus.MEMBER ? "groups.page.joined"
                : "groups.page.asked"), 4000, Notification.Position.BOTTOM_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        show(groups.get(Optional.of(me), slug));
    }

    private void leave() {
        var me = currentUser.require();
        try {
            memberships.leave(me, groups.get(Optional.of(me), slug).group().id());
        } catch (ConflictException lastOwner) {
            Notification.show(getTranslation("groups.page.last-owner"), 5000, Notification.Position.BOTTOM_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            return;
        }
        try {
            show(groups.get(Optional.of(me), slug));
        } catch (NotFoundException privateGroup) {
            getUI().ifPresent(ui -> Routes.go(ui, Routes.myGroups()));
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
