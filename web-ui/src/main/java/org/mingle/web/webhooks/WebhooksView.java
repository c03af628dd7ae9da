package org.mingle.web.webhooks;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility;
import io.micronaut.context.annotation.Prototype;
import java.util.Arrays;
import java.util.List;
import org.mingle.domain.events.Event;
import org.mingle.domain.events.EventAccess;
import org.mingle.domain.events.EventService;
import org.mingle.domain.shared.InvalidInputException;
import org.mingle.domain.shared.PageRequest;
import org.mingle.domain.shared.RuleViolationException;
import org.mingle.domain.webhooks.WebhookService;
import org.mingle.domain.webhooks.WebhookType;
import org.mingle.web.events.TeamPages;
import org.mingle.web.shell.CurrentUser;
import org.mingle.web.shell.DomainMessages;
import org.mingle.web.shell.FieldErrors;
import org.mingle.web.shell.MainLayout;
import org.mingle.web.shell.Routes;

/**
 * An event's webhooks, for its organizers: add an address with the kinds of change it is told about (its signing
 * secret is shown once, right then), see each one's recent deliveries with every attempt and answer, and remove it.
 * Check-in staff and anyone else get the not-found page.
 */
@Prototype
@Route(value = Routes.WEBHOOKS, layout = MainLayout.class)
public class WebhooksView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final EventService events;
    private final WebhookService webhooks;
    private final CurrentUser currentUser;

    private final RouterLink back = new RouterLink();
    private final TextField url = new TextField();
    private final CheckboxGroup<WebhookType> types = new CheckboxGroup<>();
    private final Button add = new Button();
    private final FieldErrors fieldErrors = new FieldErrors();
    private final Div secret = new Div();
    private final Div list = new Div();
    private Event event;

    WebhooksView(EventService events, WebhookService webhooks, CurrentUser currentUser) {
        this.events = events;
        this.webhooks = webhooks;
        this.currentUser = currentUser;
        setId("webhooks-page");
        addClassNames("page");
        setPadding(true);

        back.setId("back-to-dashboard");
        var heading = new H1(getTranslation("webhooks.page.heading"));
        heading.addClassNames(LumoUtility.Margin.NONE);
        var explanation = new Paragraph(getTranslation("webhooks.page.explanation"));
        explanation.addClassNames(LumoUtility.TextColor.SECONDARY);

        url.setLabel(getTranslation("webhooks.form.url"));
        url.setId("webhook-url");
        url.setWidthFull();
        url.setMaxLength(2048);
        types.setLabel(getTranslation("webhooks.form.types"));
        types.setId("webhook-types");
        types.setItems(WebhookType.values());
        types.setItemLabelGenerator(WebhookLabels::describe);
        types.addClassName("webhook-types");
        // The labels lead the domain's English messages; one the page translates stands alone (decision 63).
        fieldErrors.add("url", url, "Address").add("types", types, "Tell it when");
        add.setText(getTranslation("webhooks.form.add"));
        add.setId("webhook-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setDisableOnClick(true);
        add.addClickListener(click -> addWebhook());
        var form = new Div(new H3(getTranslation("webhooks.form.heading")), url, types, add);
        form.addClassName("account-section");
        secret.setId("webhook-secret");
        secret.setVisible(false);
        list.setId("webhooks");

        add(back, heading, explanation, secret, list, form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent enter) {
        TeamPages.open(enter, events, currentUser.account(), EventAccess::canManage).ifPresent(opened -> {
            event = opened.event();
            TeamPages.linkToDashboard(back, event);
            showList();
        });
    }

    @Override
    public String getPageTitle() {
        return (event == null ? getTranslation("webhooks.page.heading")
                : getTranslation("webhooks.page.title-of", event.title())) + " · Mingle";
    }

    private void addWebhook() {
        try {
            fieldErrors.clear();
            List<String> chosen = Arrays.stream(WebhookType.values()).filter(types.getValue()::contains)
                    .map(WebhookType::wireName).toList();
            var created = webhooks.create(currentUser.require(), event.id(), url.getValue().strip(), chosen);
            url.clear();
            types.clear();
            showSecret(created.webhook().url(), created.secret());
            showList();
        } catch (InvalidInputException invalid) {
            fieldErrors.show(invalid.errors());
        } catch (RuleViolationException tooMany) {
            fieldErrors.showSentence("url", DomainMessages.of(tooMany));
        } finally {
            add.setEnabled(true);
        }
    }

    /** The secret, once: the receiver needs it to check each message's {@code Mingle-Signature}. */
    private void showSecret(String address, String value) {
        var code = new Paragraph(value);
        code.setId("webhook-secret-value");
        code.addClassName("webhook-secret-value");
        var note = new Paragraph(getTranslation("webhooks.secret.note", address));
        var done = new Button(getTranslation("webhooks.secret.done"), click -> secret.setVisible(false));
        done.setId("webhook-secret-done");
        secret.removeAll();
        secret.add(note, code, done);
        secret.addClassName("webhook-secret");
        secret.setVisible(true);
        // Shown once, above the form the person just used: on a phone it would be out of sight.
        secret.scrollIntoView();
    }

    private void showList() {
        list.removeAll();
        var page = webhooks.list(currentUser.require(), event.id(), new PageRequest(0, PageRequest.MAX_SIZE));
        if (page.items().isEmpty()) {
            var none = new Paragraph(getTranslation("webhooks.page.none"));
            none.setId("webhooks-none");
            list.add(none);
        }
        for (var webhook : page.items()) {
            list.add(new WebhookCard(webhooks, currentUser, webhook, this::showList));
        }
    }
}
