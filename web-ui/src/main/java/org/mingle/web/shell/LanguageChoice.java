package org.mingle.web.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.inject.Singleton;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.mingle.domain.accounts.AccountService;
import org.mingle.domain.shared.AccountId;

/**
 * Which language a page speaks (decision 38): the one the signed-in person chose (kept with their account, so it
 * follows them to every device), else the one chosen in this browser (a cookie, for visitors), else the first of the
 * browser's languages that Mingle speaks, else English. It is settled when a page opens; the language switch changes
 * it and opens the page again in the new language.
 */
@Singleton
public class LanguageChoice implements VaadinServiceInitListener {

    static final String COOKIE = "mingle-language";
    private static final Duration KEPT = Duration.ofDays(365);

    private final Translations translations;
    private final CurrentUser currentUser;
    private final AccountService accounts;

    LanguageChoice(Translations translations, CurrentUser currentUser, AccountService accounts) {
        this.translations = translations;
        this.currentUser = currentUser;
        this.accounts = accounts;
    }

    @Override
    public void serviceInit(ServiceInitEvent init) {
        init.getSource().addUIInitListener(started -> settle(started.getUI(), VaadinRequest.getCurrent()));
    }

    /** The languages Mingle speaks, English first. */
    public List<Locale> languages() {
        return translations.getProvidedLocales();
    }

    /** Switches to a language: for this browser, for the signed-in person's account, and for the page, reloaded. */
    public void choose(UI ui, Locale wanted) {
        Locale language = translations.spoken(wanted);
        currentUser.signedIn(ui.getSession()).ifPresent(account ->
                accounts.chooseLanguage(account.id(), Optional.of(language)));
        var response = VaadinResponse.getCurrent();
        if (response != null) {
            var cookie = new Cookie(COOKIE, language.getLanguage());
            cookie.setPath("/");
            cookie.setMaxAge((int) KEPT.toSeconds());
            cookie.setHttpOnly(true);
            cookie.setSecure(VaadinRequest.getCurrent() != null && VaadinRequest.getCurrent().isSecure());
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
        }
        ui.getSession().setLocale(language);
        ui.setLocale(language);
        ui.getPage().reload();
    }

    /**
     * After signing in: the page speaks the account's language, if it has one; else a language chosen in this browser
     * becomes the account's. Answers whether the page must load again to speak it.
     */
    public boolean signedIn(UI ui, AccountId account) {
        Optional<Locale> ofAccount = accounts.language(account);
        if (ofAccount.isEmpty()) {
            ofCookie(VaadinRequest.getCurrent()).ifPresent(chosen ->
                    accounts.chooseLanguage(account, Optional.of(translations.spoken(chosen))));
            return false;
        }
        Locale language = translations.spoken(ofAccount.get());
        if (language.getLanguage().equals(ui.getLocale().getLanguage())) {
            return false;
        }
        ui.getSession().setLocale(language);
        ui.setLocale(language);
        return true;
    }

    private void settle(UI ui, VaadinRequest request) {
        Locale language = chosen(ui, request);
        ui.getSession().setLocale(language);
        ui.setLocale(language);
        // Screen readers pronounce the page in its language, and the browser offers to translate only what is not.
        ui.getElement().executeJs("document.documentElement.lang = $0", language.getLanguage());
    }

    private Locale chosen(UI ui, VaadinRequest request) {
        Optional<Locale> ofAccount = currentUser.signedIn(ui.getSession()).flatMap(a -> accounts.language(a.id()));
        if (ofAccount.isPresent()) {
            return translations.spoken(ofAccount.get());
        }
        if (request == null) {
            return Locale.ENGLISH;
        }
        Optional<Locale> ofBrowser = ofCookie(request);
        if (ofBrowser.isPresent()) {
            return translations.spoken(ofBrowser.get());
        }
        // The browser's own locale, country included (en-GB, de-AT): the words follow the language, dates and the
        // first day of the week the country.
        return Collections.list(request.getLocales()).stream()
                .filter(wanted -> languages().stream().anyMatch(l -> l.getLanguage().equals(wanted.getLanguage())))
                .findFirst().orElse(Locale.ENGLISH);
    }

    /** The language chosen in this browser, if it was. */
    private static Optional<Locale> ofCookie(VaadinRequest request) {
        if (request == null || request.getCookies() == null) {
            return Optional.empty();
        }
        return Arrays.stream(request.getCookies()).filter(cookie -> cookie.getName().equals(COOKIE))
                .map(cookie -> Locale.forLanguageTag(cookie.getValue())).findFirst();
    }
}
