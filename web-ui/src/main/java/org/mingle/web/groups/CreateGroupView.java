package org.mingle.web.groups;

import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import io.micronaut.context.annotation.Prototype;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.mingle.domain.groups.GroupInput;
import org.mingle.domain.groups.GroupRules;
import org.mingle.domain.groups.GroupService;
import org.mingle.domain.groups.GroupVisibility;
import org.mingle.domain.groups.JoinPolicy;
import org.mingle.domain.groups.SlugTakenException;
import org.mingle.domain.shared.InvalidInputException;
import org.mingle.domain.shared.RuleViolationException;
import org.mingle.web.shell.CurrentUser;
import org.mingle.web.shell.MainLayout;
import org.mingle.web.shell.Routes;

/**
 * The form that creates a group; its creator becomes the owner. The domain validates; each refused field shows its
 * message next to the field, a taken address next to the address.
 */
@Prototype
@Route(value = Routes.CREATE_GROUP, layout = MainLayout.class)
public class CreateGroupView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final GroupService groups;
    private final CurrentUser currentUser;

    final TextField name = new TextField();
    final TextField slug = new TextField();
    final TextArea description = new TextArea();
    final TextField topics = new TextField();
    final TextField city = new TextField();
    final RadioButtonGroup<JoinPolicy> policy = new RadioButtonGroup<>();
    final RadioButtonGroup<GroupVisibility> visibility = new RadioButtonGroup<>();
    private final Button save = new Button();

    CreateGroupView(GroupService groups, CurrentUser currentUser) {
        this.groups = groups;
        this.currentUser = currentUser;
        addClassName("page");
        setPadding(true);

        var heading = new H1(getTranslation("groups.create.heading"));
        heading.addClassNames(LumoUtility.Margin.NONE);
        name.setLabel(getTranslation("groups.create.name"));
        name.setId("group-name");
        name.setRequired(true);
        name.setMaxLength(GroupRules.NAME_MAX);
        slug.setLabel(getTranslation("groups.create.slug"));
        slug.setHelperText(getTranslation("groups.create.slug-help"));
        slug.setId("group-slug");
        description.setLabel(getTranslation("groups.create.description"));
        description.setId("group-description");
        description.setMaxLength(GroupRules.DESCRIPTION_MAX);
        topics.setLabel(getTranslation("groups.create.topics"));
        topics.setHelperText(getTranslation("groups.create.topics-help"));
        topics.setId("group-topics-field");
        city.setLabel(getTranslation("groups.create.city"));
        city.setHelperText(getTranslation("groups.create.city-help"));
        city.setId("group-city");
        policy.setLabel(getTranslation("groups.create.policy"));
        policy.setId("group-policy");
        policy.setItems(JoinPolicy.values());
        policy.setItemLabelGenerator(p -> getTranslation("groups.policy." + p.name()));
        policy.setValue(JoinPolicy.OPEN);
        visibility.setLabel(getTranslation("groups.create.visibility"));
        visibility.setId("group-visibility");
        visibility.setItems(GroupVisibility.values());
        visibility.setItemLabelGenerator(v -> getTranslation("groups.visibility." + v.name()));
        visibility.setValue(GroupVisibility.PUBLIC);
        List.<HasSize>of(name, slug, description, topics, city).forEach(HasSize::setWidthFull);

        save.setText(getTranslation("groups.create.save"));
        save.setId("group-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setDisableOnClick(true);
        save.addClickListener(click -> save());
        setMaxWidth("40rem");
        add(heading, name, slug, description, topics, city, policy, visibility, save);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent enter) {
        currentUser.require();
    }

    private void save() {
        clearErrors();
        try {
            var created = groups.create(currentUser.require(), input());
            Routes.go(UI.getCurrent(), Routes.group(created.slug()));
        } catch (InvalidInputException invalid) {
            invalid.errors().forEach(error -> fields().getOrDefault(error.field(), name)
                    .setErrorMessage(error.message()));
            invalid.errors().forEach(error -> fields().getOrDefault(error.field(), name).setInvalid(true));
        } catch (SlugTakenException taken) {
            slug.setErrorMessage(getTranslation("groups.create.slug-taken"));
            slug.setInvalid(true);
        } catch (RuleViolationException tooMany) {
            name.setErrorMessage(getTranslation("groups.create.too-many"));
            name.setInvalid(true);
        } finally {
            save.setEnabled(true);
        }
    }

    GroupInput input() {
        var topicList = Arrays.stream(topics.getValue().split(",")).map(String::strip).filter(t -> !t.isEmpty())
                .toList();
        return new GroupInput(name.getValue(), slug.getValue().isBlank() ? null : slug.getValue().strip(),
                description.getValue(), topicList, city.getValue(), null, policy.getValue().name(),
                visibility.getValue().name());
    }

    private Map<String, HasValidation> fields() {
        return Map.of("name", name, "slug", slug, "description", description, "topics", topics, "city", city);
    }

    private void clearErrors() {
        fields().values().forEach(field -> field.setInvalid(false));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("groups.create.title");
    }
}
