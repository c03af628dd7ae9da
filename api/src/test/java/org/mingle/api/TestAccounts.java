package org.mingle.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

/**
 * Accounts for API tests, made through the API itself. Each sign-up and log-in costs one Argon2id hash (about 0.1 s),
 * so test classes share their accounts rather than making one per test.
 */
public final class TestAccounts {

    /** A password that passes the policy for every account made here: long, uncommon, not the name or email. */
    public static final String PASSWORD = "violet harbour kettle 42";

    private TestAccounts() {
    }

    /** A signed-up, logged-in person and a client that calls the API as them. */
    public record Person(String id, String email, String displayName, String token, ApiClient api) {
    }

    /** An email address no other test uses; {@code label} makes logs readable. */
    public static String uniqueEmail(String label) {
        return label + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
    }

    public static Person signUpAndLogIn(ApiClient anonymous, String displayName) {
        return signUpAndLogIn(anonymous, uniqueEmail(displayName.toLowerCase().replaceAll("[^a-z]", "")),
                displayName);
    }

    public static Person signUpAndLogIn(ApiClient anonymous, String email, String displayName) {
        var signedUp = anonymous.postJson("/api/auth/signup", signUpJson(email, PASSWORD, displayName));
        assertThat(signedUp.status()).as(signedUp.body()).isEqualTo(201);
        String token = logIn(anonymous, email, PASSWORD);
        return new Person((String) signedUp.object().get("id"), email, displayName, token, anonymous.withToken(token));
    }

    /** Logs in, asserting success; returns the access token. */
    public static String logIn(ApiClient anonymous, String email, String password) {
        var reply = anonymous.postJson("/api/auth/login", logInJson(email, password));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return (String) reply.object().get("access_token");
    }

    public static String signUpJson(String email, String password, String displayName) {
        return """
                {"email": %s, "password": %s, "displayName": %s}
                """.formatted(quoted(email), quoted(password), quoted(displayName));
    }

    public static String logInJson(String email, String password) {
        return """
                {"email": %s, "password": %s}
                """.formatted(quoted(email), quoted(password));
    }

    private static String quoted(String text) {
        return text == null ? "null" : "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
