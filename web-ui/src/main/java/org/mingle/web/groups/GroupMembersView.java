package org.mingle.web.groups;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import io.micronaut.context.annotation.Prototype;
import java.util.Optional;
import java.util.stream.Stream;
import org.mingle.domain.groups.GroupMember;
import org.mingle.domain.groups.GroupMemberships;
import org.mingle.domain.groups.GroupRole;
import org.mingle.domain.groups.GroupService;
import org.mingle.domain.groups.GroupView;
import org.mingle.domain.profiles.ProfilePhotoService;
import org.mingle.domain.shared.AccessDeniedException;
import org.mingle.domain.shared.ConflictException;
import org.mingle.domain.shared.NotFoundException;
import org.mingle.domain.shared.PageRequest;
import org.mingle.web.profiles.Faces;
import org.mingle.web.shell.CurrentUser;
import org.mingle.web.shell.MainLayout;
import org.mingle.web.shell.Routes;

/**
 * A group's members for its owners and organizers: the requests waiting (approve or decline), and everyone who
 * belongs with their role, which owners change (a group always keeps an owner), and "Remove": owners for anyone else,
 * organizers for members without a role.
 */
@Prototype
@Route(value = Routes.GROUP_MEMBERS, layout = MainLayout.class)
public class GroupMembersView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final GroupService groups;
    private final GroupMemberships memberships;
    private final ProfilePhotoService photos;
    private final CurrentUser currentUser;

    private String slug;
    private String title = "";

    GroupMembersView(GroupService groups, GroupMemberships memberships, ProfilePhotoService photos,
                     CurrentUser currentUser) {
        this.groups = groups;
        this.memberships = memberships;
        this.photos = photos;
        this.currentUser = currentUser;
        addClassName("page");
        setPadding(true);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent enter) {
        slug = enter.getRouteParameters().get(Routes.GROUP_SLUG).orElse("");
        var me = currentUser.require();
        try {
            var view = groups.get(Optional.of(me), slug);
            if (!view.organizedByViewer()) {
                throw new AccessDeniedException("Only the group's owners and organizers manage its members.");
            }
            show(view);
        } catch (NotFoundException | AccessDeniedException notHere) {
            enter.rerouteToError(new GroupPageNotFound(), notHere.getMessage());
        }
    }

    private void show(GroupView view) {
        removeAll();
        var me = currentUser.require();
        var group = view.group();
        title = getTranslation("groups.members.title", group.name());
        var heading = new H1(getTranslation("groups.members.heading"));
        heading.addClassNames(LumoUtility.Margin.NONE);
        var back = Routes.link(group.name(), Routes.group(slug));
        back.setId("group-back");
        boolean owner = view.mine().filter(m -> m.owns()).isPresent();

        var requests = groups.requests(me, group.id(), new PageRequest(0, PageRequest.MAX_SIZE));
        var members = groups.members(me, group.id(), new PageRequest(0, PageRequest.MAX_SIZE));
        var faces = Faces.of(photos, me, Stream.concat(requests.items().stream(),
                members.items().stream()).map(GroupMember::account).toList());

        var requestList = new Div();
        requestList.setId("group-requests");
        for (var request : requests.items()) {
            var approve = new Button(getTranslation("groups.members.approve"), click -> act(() ->
                    memberships.approve(me, group.id(), request.account())));
            approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            approve.setAriaLabel(getTranslation("groups.members.approve-person", request.displayName()));
            var decline = new Button(getTranslation("groups.members.decline"), click -> act(() ->
                    memberships.decline(me, group.id(), request.account())));
            decline.addThemeVariants(ButtonVariant.LUMO_SMALL);
            decline.setAriaLabel(getTranslation("groups.members.decline-person", request.displayName()));
            requestList.add(row(faces, request, approve, decline));
        }
        if (requests.items().isEmpty()) {
            var none = new Paragraph(getTranslation("groups.members.no-requests"));
            none.addClassNames(LumoUtility.TextColor.SECONDARY);
            requestList.add(none);
        }

        var memberList = new Div();
        memberList.setId("group-member-list");
        for (var member : members.items()) {
            Component role;
            if (owner) {
                var select = new Select<GroupRole>();
                select.setItems(GroupRole.values());
                select.setItemLabelGenerator(r -> getTranslation("groups.role." + r.name()));
                select.setValue(member.role());
                select.setAriaLabel(getTranslation("groups.members.role-of", member.displayName()));
                select.addValueChangeListener(change -> {
                    if (change.isFromClient()) {
                        act(() -> memberships.changeRole(me, group.id(), member.account(), change.getValue()));
                    }
                });
                role = select;
            } else {
                role = new Span(getTranslation("groups.role." + member.role().name()));
            }
            // Owners take anyone else out; organizers only members without a role (MembershipRules.requireRemoval).
            if (!member.account().equals(me) && (owner || member.role() == GroupRole.MEMBER)) {
                var remove = new Button(getTranslation("groups.members.remove"), click -> act(() ->
                        memberships.remove(me, group.id(), member.account())));
                remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
                remove.setAriaLabel(getTranslation("groups.members.remove-person", member.displayName()));
                remove.addClassName("group-member-remove");
                memberList.add(row(faces, member, role, remove));
            } else {
                memberList.add(row(faces, member, role));
            }
        }
        add(heading, back, section("groups.members.requests", requestList),
                section("groups.members.members", memberList));
    }

    private Div row(Faces faces, GroupMember person, Component... actions) {
        var name = new Span(person.displayName());
        name.addClassNames(LumoUtility.Flex.GROW);
        var row = new Div(faces.small(person.account(), person.displayName()), name);
        row.add(actions);
        row.addClassName("group-member-row");
        row.getElement().setAttribute("data-account-id", person.account().toString());
        row.addClassNames(LumoUtility.Display.FLEX, LumoUtility.AlignItems.CENTER, LumoUtility.Gap.SMALL,
                LumoUtility.FlexWrap.WRAP, LumoUtility.Padding.Vertical.XSMALL);
        return row;
    }

    private Component section(String key, Component content) {
        var heading = new H2(getTranslation(key));
        heading.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.Margin.Bottom.NONE);
        var section = new VerticalLayout(heading, content);
        section.setPadding(false);
        return section;
    }

    private void act(Runnable change) {
        try {
            change.run();
        } catch (ConflictException lastOwner) {
            Notification.show(getTranslation("groups.page.last-owner"), 5000, Notification.Position.BOTTOM_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        show(groups.get(Optional.of(currentUser.require()), slug));
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    /** Outsiders and plain members get the same "not found" as for a group they may not see. */
    static final class GroupPageNotFound extends NotFoundException {

        GroupPageNotFound() {
            super("No such group page.");
        }
    }
}
