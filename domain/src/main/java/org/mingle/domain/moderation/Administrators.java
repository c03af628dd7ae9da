package org.mingle.domain.moderation;

import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.mingle.domain.accounts.Account;
import org.mingle.domain.accounts.AccountService;
import org.mingle.domain.accounts.Email;
import org.mingle.domain.shared.AccessDeniedException;
import org.mingle.domain.shared.AccountId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The platform's administrators: the active accounts whose addresses {@code MINGLE_ADMIN_EMAILS}
 * ({@code mingle.admin-emails}) lists, separated by commas, compared as {@link Email} does (case ignored). Read when
 * the application starts, so a wrong address stops it with a message naming the variable. An address without an
 * account yet makes its account an administrator once someone signs up with it. With demo data on
 * ({@code MINGLE_DEMO_DATA}), the demo organizer ({@value #DEMO_ADMINISTRATOR}) is an administrator as well.
 */
@Context // created at start-up, so a wrong address stops Mingle there
@Singleton
public class Administrators {

    /** With demo data on, the demo organizer administers too, so the demo shows moderation. */
    public static final String DEMO_ADMINISTRATOR = "organizer@example.com";

    static final String VARIABLE = "MINGLE_ADMIN_EMAILS";
    static final String PROPERTY = "mingle.admin-emails";

    private static final Logger LOG = LoggerFactory.getLogger(Administrators.class);

    private final Set<Email> emails;
    private final BeanProvider<AccountService> accounts;

    /** Accounts are reached lazily, so a wrong setting is reported before anything else is set up. */
    Administrators(@Value("${" + PROPERTY + ":}") String value, @Value("${mingle.demo-data:false}") boolean demo,
                   BeanProvider<AccountService> accounts) {
        this.emails = parse(demo ? value + "," + DEMO_ADMINISTRATOR : value);
        this.accounts = accounts;
        if (emails.isEmpty()) {
            LOG.info("No administrators: {} is not set; nobody can unlist events or read reports", VARIABLE);
        }
    }

    /**
     * The addresses of a setting: blank parts are skipped.
     *
     * @throws IllegalArgumentException naming the variable and the address that is none
     */
    static Set<Email> parse(String value) {
        var emails = new LinkedHashSet<Email>();
        for (String part : value == null ? new String[0] : value.split(",")) {
            if (part.isBlank()) {
                continue;
            }
            emails.add(Email.parse(part).orElseThrow(() -> new IllegalArgumentException(VARIABLE + " (" + PROPERTY
                    + ") lists \"" + part.strip() + "\", which is no email address. Set it to the administrators' "
                    + "addresses, separated by commas, such as admin@example.org,ops@example.org")));
        }
        return Set.copyOf(emails);
    }

    /** Whether the account is active and one of the administrators. */
    public boolean isAdministrator(AccountId account) {
        return !emails.isEmpty()
                && accounts.get().findActive(account).map(a -> emails.contains(a.email())).orElse(false);
    }

    /** @throws AccessDeniedException unless the account is an administrator */
    public void require(AccountId account) {
        if (!isAdministrator(account)) {
            throw new AccessDeniedException("Only administrators can do this.");
        }
    }

    /** The administrators that have an active account, for telling them of a report. */
    public List<Account> active() {
        var found = new ArrayList<Account>();
        emails.forEach(email -> accounts.get().findByEmail(email.value()).ifPresent(found::add));
        return found;
    }
}
