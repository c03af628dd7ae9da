package org.mingle.api.accounts;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.OptionalInt;
import org.mingle.domain.accounts.AccountService;
import org.mingle.domain.shared.AccountId;

/**
 * Who is calling the API: the account named by the request's {@code Authorization: Bearer <token>}, if the token is
 * valid (see {@link TokenService}) and the account still exists. The one place that decides it for every controller.
 */
@Singleton
public class CurrentAccount {

    private static final String BEARER = "Bearer";

    private final TokenService tokens;
    private final AccountService accounts;

    public CurrentAccount(TokenService tokens, AccountService accounts) {
        this.tokens = tokens;
        this.accounts = accounts;
    }

    /**
     * The caller of an operation that needs an account.
     *
     * @throws NotSignedInException without a valid token (answered 401)
     */
    public AccountId require(HttpRequest<?> request) {
        return find(request).orElseThrow(NotSignedInException::missingToken);
    }

    /**
     * The caller if signed in, for operations open to anyone whose answer depends on who asks. A request without an
     * {@code Authorization} header is anonymous; one with a header that is not a valid bearer token is refused, so
     * that a client with an expired token learns it instead of silently seeing less.
     *
     * @throws NotSignedInException when an {@code Authorization} header is present but not a valid token
     */
    public Optional<AccountId> find(HttpRequest<?> request) {
        String authorization = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
        if (authorization == null) {
            return Optional.empty();
        }
        String token = bearerToken(authorization).orElseThrow(NotSignedInException::invalidToken);
        var verified = tokens.verify(token)
                .filter(claims -> accounts.tokenVersion(claims.account()).equals(OptionalInt.of(claims.version())))
                .orElseThrow(NotSignedInException::invalidToken);
        return Optional.of(verified.account());
    }

    /** The token of {@code Bearer <token>} (scheme case-insensitive, RFC 9110), or empty for anything else. */
    private static Optional<String> bearerToken(String authorization) {
        String value = authorization.strip();
        if (value.length() <= BEARER.length() || !value.regionMatches(true, 0, BEARER, 0, BEARER.length())
                || value.charAt(BEARER.length()) != ' ') {
            return Optional.empty();
        }
        String token = value.substring(BEARER.length()).strip();
        return token.isEmpty() || token.contains(" ") ? Optional.empty() : Optional.of(token);
    }
}
