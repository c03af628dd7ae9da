package org.mingle.web.webhooks;

import static org.mingle.web.shell.Translations.translate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;
import java.util.stream.Collectors;
import org.mingle.domain.shared.PageRequest;
import org.mingle.domain.webhooks.DeliveryAttempt;
import org.mingle.domain.webhooks.DeliveryLog;
import org.mingle.domain.webhooks.DeliveryState;
import org.mingle.domain.webhooks.Webhook;
import org.mingle.domain.webhooks.WebhookService;
import org.mingle.domain.webhooks.WebhookType;
import org.mingle.web.shell.CurrentUser;

/**
 * One webhook: its address and kinds, its recent deliveries (opened on demand: each with its state and the last
 * answer, so an organizer sees at once that a receiver fails and why), and removing it after a confirmation.
 */
class WebhookCard extends Div {

    static final int DELIVERIES_SHOWN = 20;

    private final WebhookService webhooks;
    private final CurrentUser currentUser;
    private final Webhook webhook;
    private final Div deliveries = new Div();

    WebhookCard(WebhookService webhooks, CurrentUser currentUser, Webhook webhook, Runnable onRemoved) {
        this.webhooks = webhooks;
        this.currentUser = currentUser;
        this.webhook = webhook;
        String id = webhook.id().toString();
        setId("webhook-" + id);
        addClassNames("account-section", "webhook");

        var address = new Span(webhook.url());
        address.addClassNames(LumoUtility.FontWeight.SEMIBOLD, "webhook-url");
        var kinds = new Paragraph(webhook.types().stream().map(WebhookType::wireName)
                .collect(Collectors.joining(", ")) + " · "
                + getTranslation("webhooks.card.added", WebhookLabels.when(webhook.createdAt())));
        kinds.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL, LumoUtility.Margin.Top.XSMALL);

        deliveries.setId("deliveries-" + id);
        var recent = new Details(getTranslation("webhooks.card.deliveries"), deliveries);
        recent.setId("webhook-deliveries-" + id);
        recent.addOpenedChangeListener(change -> {
            if (change.isOpened()) {
                showDeliveries();
            }
        });

        var remove = new Button(getTranslation("webhooks.card.remove"), click -> confirmRemoval(onRemoved));
        remove.setId("webhook-remove-" + id);
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);

        add(address, kinds, recent, remove);
    }

    private void showDeliveries() {
        deliveries.removeAll();
        List<DeliveryLog> recent = webhooks.deliveries(currentUser.require(), webhook.event(), webhook.id(),
                new PageRequest(0, DELIVERIES_SHOWN)).items();
        if (recent.isEmpty()) {
            deliveries.add(new Paragraph(getTranslation("webhooks.card.nothing-sent")));
        }
        for (var delivery : recent) {
            deliveries.add(row(delivery));
        }
    }

    private static Div row(DeliveryLog delivery) {
        var state = new Span(WebhookLabels.state(delivery.state()));
        state.getElement().getThemeList().addAll(switch (delivery.state()) {
            case QUEUED -> List.of("badge", "contrast");
            case DELIVERED -> List.of("badge", "success");
            case FAILED -> List.of("badge", "error");
        });
        var what = new Span(delivery.type().wireName() + " · " + WebhookLabels.when(delivery.createdAt()));
        var facts = new Paragraph(attempts(delivery));
        facts.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL, LumoUtility.Margin.NONE);
        var row = new Div(state, what, facts);
        row.addClassName("webhook-delivery");
        row.getElement().setAttribute("data-state", delivery.state().name());
        return row;
    }

    /**
     * "2 attempts, last answered 503; next at 4 Dec, 14:05:00 UTC". The receiver's error (a refused connection, a
     * timeout) is shown as the delivery recorded it, in English: it is the machine's words, not the page's.
     */
    private static String attempts(DeliveryLog delivery) {
        var attempts = delivery.attempts();
        if (attempts.isEmpty()) {
            return translate("webhooks.delivery.not-attempted");
        }
        DeliveryAttempt last = attempts.get(attempts.size() - 1);
        // The status code as a plain string: a number would be written with a thousands separator.
        String answer = last.statusCode()
                .map(code -> translate("webhooks.delivery.answered", String.valueOf(code)))
                .orElseGet(() -> last.error().orElse(translate("webhooks.delivery.no-answer")));
        String text = translate(attempts.size() == 1 ? "webhooks.delivery.attempts.one"
                : "webhooks.delivery.attempts.other", attempts.size(), answer);
        if (delivery.state() == DeliveryState.QUEUED && delivery.nextAttemptAt().isPresent()) {
            text += "; " + translate("webhooks.delivery.next",
                    WebhookLabels.when(delivery.nextAttemptAt().get()));
        }
        return text;
    }

    private void confirmRemoval(Runnable onRemoved) {
        var dialog = new Dialog();
        dialog.setId("webhook-remove-dialog");
        dialog.setHeaderTitle(getTranslation("webhooks.remove.title"));
        dialog.add(new Paragraph(getTranslation("webhooks.remove.text", webhook.url())));
        var confirm = new Button(getTranslation("webhooks.remove.confirm"), click -> {
            webhooks.delete(currentUser.require(), webhook.event(), webhook.id());
            dialog.close();
            onRemoved.run();
        });
        confirm.setId("webhook-remove-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        var cancel = new Button(getTranslation("webhooks.remove.keep"), click -> dialog.close());
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
    }
}
