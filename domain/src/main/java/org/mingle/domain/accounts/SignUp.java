package org.mingle.domain.accounts;

/** What a person typed to create an account, before validation. */
public record SignUp(String email, String password, String displayName) {

    @Override
    public String toString() {
        return "SignUp[email=" + email + ", displayName=" + displayName + "]"; // never the password
    }
}
