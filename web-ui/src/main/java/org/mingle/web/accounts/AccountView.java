package org.mingle.web.accounts;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.theme.lumo.LumoUtility;
import io.micronaut.context.annotation.Prototype;
import io.micronaut.json.JsonMapper;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.mingle.domain.accounts.Account;
import org.mingle.domain.accounts.AccountService;
import org.mingle.domain.personaldata.PersonalDataService;
import org.mingle.web.shell.CurrentUser;
import org.mingle.web.shell.Formats;
import org.mingle.web.shell.MainLayout;
import org.mingle.web.shell.Routes;
import org.mingle.web.shell.SignInRequiredException;

/**
 * The signed-in person's account: name and email address, a download of everything Mingle holds about them (a JSON
 * file, the same sections as {@code GET /api/me/export}), and the erasure of the account after a confirmation.
 */
@Prototype
@Route(value = Routes.ACCOUNT, layout = MainLayout.class)
public class AccountView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String EXPORT_FILE_NAME = "mingle-my-data.json";

    private final AccountService accounts;
    private final PersonalDataService personalData;
    private final JsonMapper json;
    private final CurrentUser currentUser;

    private final Span name = new Span();
    private final Span email = new Span();
    private final Span since = new Span();
    private final Dialog deleteDialog = new Dialog();
    private final Button confirmDelete = new Button();

    AccountView(AccountService accounts, PersonalDataService personalData, JsonMapper json,
                CurrentUser currentUser) {
        this.accounts = accounts;
        this.personalData = personalData;
        this.json = json;
        this.currentUser = currentUser;
        addClassName("page");
        setPadding(true);

        var heading = new H1(getTranslation("accounts.account.heading"));
        heading.addClassNames(LumoUtility.Margin.NONE);

        name.setId("account-name");
        email.setId("account-email");
        since.setId("account-since");
        var facts = new Div(fact(getTranslation("accounts.account.name"), name),
                fact(getTranslation("accounts.account.email"), email),
                fact(getTranslation("accounts.account.since"), since));
        facts.addClassName("event-facts");

        var download = new Anchor(exportHandler(), AttachmentType.DOWNLOAD,
                getTranslation("accounts.account.download"));
        download.setId("download-data");
        download.addClassName("button-link");
        var dataSection = section(getTranslation("accounts.account.data-heading"),
                getTranslation("accounts.account.data-text"), download);
        dataSection.setId("account-data");

        var delete = new Button(getTranslation("accounts.account.delete"), VaadinIcon.TRASH.create(),
                click -> deleteDialog.open());
        delete.setId("delete-account");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        var deleteSection = section(getTranslation("accounts.account.delete-heading"),
                getTranslation("accounts.account.delete-text"), delete);
        deleteSection.setId("account-delete");

        buildDeleteDialog();
        add(heading, facts, dataSection, deleteSection);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("accounts.account.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent enter) {
        var account = currentUser.signedIn().orElseThrow(SignInRequiredException::new);
        show(account);
    }

    private void show(Account account) {
        name.setText(account.displayName());
        email.setText(account.email().value());
        since.setText(DateTimeFormatter.ofPattern(getTranslation("format.long-day"), Formats.locale())
                .format(account.createdAt().atZone(ZoneOffset.UTC)));
    }

    /** The export, computed when the browser downloads it, for whoever is signed in to the session then. */
    private DownloadHandler exportHandler() {
        return (DownloadEvent download) -> {
            var account = currentUser.signedIn(download.getSession());
            if (account.isEmpty()) {
                download.getResponse().setStatus(403);
                return;
            }
            byte[] body = json.writeValueAsBytes(personalData.export(account.get().id()));
            download.setFileName(EXPORT_FILE_NAME);
            download.setContentType("application/json");
            download.setContentLength(body.length);
            try (var out = download.getOutputStream()) {
                out.write(body);
            }
        };
    }

    private void buildDeleteDialog() {
        deleteDialog.setId("delete-dialog");
        deleteDialog.setHeaderTitle(getTranslation("accounts.account.delete-title"));
        deleteDialog.setWidth("32rem");
        deleteDialog.setMaxWidth("calc(100vw - 2 * var(--lumo-space-m))");
        var text = new Paragraph(getTranslation("accounts.account.delete-warning"));
        text.addClassNames(LumoUtility.Margin.NONE);
        deleteDialog.add(text);

        var cancel = new Button(getTranslation("accounts.account.cancel"), click -> deleteDialog.close());
        cancel.setId("cancel-delete");
        confirmDelete.setText(getTranslation("accounts.account.delete"));
        confirmDelete.setId("confirm-delete");
        confirmDelete.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirmDelete.setDisableOnClick(true);
        confirmDelete.addClickListener(click -> erase());
        deleteDialog.getFooter().add(cancel, confirmDelete);
    }

    private void erase() {
        try {
            accounts.erase(currentUser.require(), CurrentUser.clientAddress());
        } finally {
            confirmDelete.setEnabled(true);
        }
        deleteDialog.close();
        currentUser.endSession(Routes.logIn(Routes.ACCOUNT_DELETED).getPathWithQueryParameters());
    }

    private static Section section(String title, String explanation, com.vaadin.flow.component.Component action) {
        var heading = new H3(title);
        heading.addClassNames(LumoUtility.Margin.Bottom.XSMALL);
        var text = new Paragraph(explanation);
        text.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.Top.NONE);
        var section = new Section(heading, text, action);
        section.addClassName("account-section");
        return section;
    }

    private static Div fact(String label, Span value) {
        var name = new Span(label);
        name.addClassNames("event-fact-label", LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        value.addClassName("event-fact-value");
        var fact = new Div(name, value);
        fact.addClassName("event-fact");
        return fact;
    }
}
