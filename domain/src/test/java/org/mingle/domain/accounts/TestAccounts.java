package org.mingle.domain.accounts;

import java.util.UUID;

/** Real accounts for tests, each with a unique email address. */
public final class TestAccounts {

    public static final String PASSWORD = "correct horse battery staple 42";

    private TestAccounts() {
    }

    public static Account signUp(AccountService accounts, String displayName) {
        var email = displayName.toLowerCase(java.util.Locale.ROOT).replace(' ', '.') + "."
                + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        return accounts.signUp(new SignUp(email, PASSWORD, displayName), "127.0.0.1");
    }
}
