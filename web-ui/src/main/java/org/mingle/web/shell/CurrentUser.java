package org.mingle.web.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import jakarta.inject.Singleton;
import java.util.Objects;
import java.util.Optional;
import org.mingle.domain.accounts.Account;
import org.mingle.domain.accounts.AccountService;
import org.mingle.domain.shared.AccountId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who is signed in to the UI: the account id kept in the Vaadin session (so in the HTTP session behind it, whose cookie
 * is HttpOnly and SameSite=Lax). Every look-up checks with {@link AccountService#findActive} that the account still
 * exists, and that its token version is the one it signed in under, so an account erased elsewhere, or whose password
 * was reset, is signed out at its next request.
 *
 * <p>Signing in changes the HTTP session id (against session fixation) and keeps the session, so Vaadin's UI and its
 * CSRF token survive. Logging out invalidates the whole HTTP session and reloads the browser on the log-in page.
 */
@Singleton
public class CurrentUser {

    /** The session attribute holding the signed-in account's id. */
    public static final String SESSION_ATTRIBUTE = CurrentUser.class.getName() + ".account";
    /** The session attribute holding the token version the account signed in under. */
    static final String VERSION_ATTRIBUTE = CurrentUser.class.getName() + ".version";

    private static final Logger LOG = LoggerFactory.getLogger(CurrentUser.class);

    private final AccountService accounts;

    CurrentUser(AccountService accounts) {
        this.accounts = accounts;
    }

    /** The signed-in account, if any, as it is now. */
    public Optional<Account> signedIn() {
        return signedIn(VaadinSession.getCurrent());
    }

    /** The signed-in account of a session; locks it, so it also serves requests outside the UI (downloads). */
    public Optional<Account> signedIn(VaadinSession session) {
        if (session == null) {
            return Optional.empty();
        }
        session.lock();
        try {
            if (!(session.getAttribute(SESSION_ATTRIBUTE) instanceof AccountId id)) {
                return Optional.empty();
            }
            var active = accounts.findActive(id);
            if (active.isEmpty()) {
                LOG.info("Signing out a session of account {}, which no longer exists", id);
                session.setAttribute(SESSION_ATTRIBUTE, null);
                return active;
            }
            var version = accounts.tokenVersion(id);
            var signedInUnder = session.getAttribute(VERSION_ATTRIBUTE);
            if (version.isEmpty() || !Integer.valueOf(version.getAsInt()).equals(signedInUnder)) {
                LOG.info("Signing out a session of account {}: its password was reset, or it logged out everywhere",
                        id);
                session.setAttribute(SESSION_ATTRIBUTE, null);
                session.setAttribute(VERSION_ATTRIBUTE, null);
                return Optional.empty();
            }
            return active;
        } finally {
            session.unlock();
        }
    }

    /** The signed-in account's id, if any. */
    public Optional<AccountId> account() {
        return signedIn().map(Account::id);
    }

    /** The account acting now, for operations that need one. */
    public AccountId require() {
        return account().orElseThrow(SignInRequiredException::new);
    }

    public boolean isSignedIn() {
        return account().isPresent();
    }

    /**
     * Signs an account in to the current session, which gets a new id: an id planted before the log-in (session
     * fixation) is worth nothing afterwards.
     */
    public void signIn(Account account) {
        Objects.requireNonNull(account, "account");
        var request = VaadinRequest.getCurrent();
        var session = VaadinSession.getCurrent();
        if (request == null || session == null) {
            throw new IllegalStateException("Signing in needs a Vaadin request");
        }
        renewSessionId(request);
        session.setAttribute(SESSION_ATTRIBUTE, account.id());
        session.setAttribute(VERSION_ATTRIBUTE, accounts.tokenVersion(account.id()).orElse(-1));
    }

    /** Logs out: records it, ends the session and reloads the browser on the log-in page. */
    public void logOut() {
        account().ifPresent(id -> accounts.recordLogOut(id, clientAddress()));
        endSession(Routes.logIn(Routes.LOGGED_OUT).getPathWithQueryParameters());
    }

    /**
     * Ends the HTTP session (and with it the Vaadin session and every UI of it) and sends the browser to a page of the
     * application, which then starts in a new, anonymous session.
     *
     * @param location a location relative to the application's root, such as {@code login?notice=logged-out}
     */
    public void endSession(String location) {
        var session = VaadinSession.getCurrent();
        if (session == null) {
            return;
        }
        session.setAttribute(SESSION_ATTRIBUTE, null);
        WrappedSession httpSession = session.getSession();
        var ui = UI.getCurrent();
        if (ui != null) {
            ui.getPage().setLocation(location);
        }
        if (httpSession != null) {
            try {
                httpSession.invalidate();
            } catch (IllegalStateException alreadyInvalid) {
                LOG.debug("The HTTP session was invalid already");
            }
        }
        // Invalidating the HTTP session closes the Vaadin session in a servlet container; say it explicitly too.
        session.close();
    }

    /** The address of the client making the current request, for the audit log and log-in throttling. */
    public static String clientAddress() {
        var request = VaadinRequest.getCurrent();
        return request == null ? null : request.getRemoteAddr();
    }

    private static void renewSessionId(VaadinRequest request) {
        if (request instanceof VaadinServletRequest servletRequest) {
            servletRequest.getHttpServletRequest().changeSessionId();
        } else {
            VaadinService.reinitializeSession(request);
        }
    }
}
