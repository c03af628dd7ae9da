package org.mingle.api.accounts;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.inject.Singleton;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Optional;
import java.util.UUID;
import org.mingle.domain.shared.AccountId;

/**
 * Issues and checks the API's bearer tokens: JWTs signed with HMAC-SHA256 under the {@link TokenSigningKey}, with the
 * claims {@code sub} (the account id), {@code iat}, {@code exp} ({@value #LIFETIME_SECONDS} seconds later) and a random
 * {@code jti}, and {@code ver}, the account's token version (raised by log-out).
 *
 * <p>Verification accepts exactly that shape and nothing else: the header must name HS256 (so neither {@code none}
 * nor another algorithm gets a say), the signature must match, {@code exp} must lie in the future and {@code sub} must
 * be an account id. Whether the account still exists is the caller's question (see {@link CurrentAccount}).
 * Neither tokens nor the key are ever logged.
 */
@Singleton
public class TokenService {

    public static final long LIFETIME_SECONDS = 3600;
    private static final String VERSION_CLAIM = "ver";
    public static final Duration LIFETIME = Duration.ofSeconds(LIFETIME_SECONDS);
    /** How far in the future an {@code iat} may lie, for app instances whose clocks differ a little. */
    private static final Duration CLOCK_SKEW = Duration.ofSeconds(60);

    private final MACSigner signer;
    private final MACVerifier verifier;
    private final Clock clock;

    public TokenService(TokenSigningKey key, Clock clock) {
        byte[] secret = key.bytes();
        if (secret == null || secret.length < TokenSigningKey.MIN_BYTES) {
            throw new IllegalStateException("The token signing key must have at least " + TokenSigningKey.MIN_BYTES
                    + " bytes");
        }
        try {
            this.signer = new MACSigner(secret);
            this.verifier = new MACVerifier(secret);
        } catch (JOSEException e) {
            throw new IllegalStateException("The token signing key cannot be used for HS256", e);
        }
        this.clock = clock;
    }

    /** What a valid token says: whose it is, and the account's token version when it was issued. */
    public record Verified(AccountId account, int version) {
    }

    /** A fresh token for the account, valid for {@link #LIFETIME} from now. */
    public AccessToken issue(AccountId account, int version) {
        return issue(account, version, clock.instant());
    }

    /** A token as if issued at {@code issuedAt}; tests use it to make tokens that have already expired. */
    AccessToken issue(AccountId account, int version, Instant issuedAt) {
        Instant iat = issuedAt.truncatedTo(ChronoUnit.SECONDS);
        Instant exp = iat.plus(LIFETIME);
        var claims = new JWTClaimsSet.Builder()
                .subject(account.value().toString())
                .issueTime(Date.from(iat))
                .expirationTime(Date.from(exp))
                .jwtID(UUID.randomUUID().toString())
                .claim(VERSION_CLAIM, version)
                .build();
        var header = new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT).build();
        var jwt = new SignedJWT(header, claims);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not sign an access token", e);
        }
        return new AccessToken(jwt.serialize(), exp, LIFETIME);
    }

    /**
     * The account a token names, if the token is well-formed, signed with this installation's key, uses HS256 and has
     * not expired; otherwise empty. Says nothing about why a token was refused: callers answer every refusal alike.
     */
    public Optional<Verified> verify(String token) {
        if (token == null || token.isBlank() || token.length() > 4096) {
            return Optional.empty();
        }
        try {
            var jwt = SignedJWT.parse(token);
            if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm()) || jwt.getHeader().getCriticalParams() != null
                    || !jwt.verify(verifier)) {
                return Optional.empty();
            }
            var claims = jwt.getJWTClaimsSet();
            Instant now = clock.instant();
            Date exp = claims.getExpirationTime();
            Date iat = claims.getIssueTime();
            if (exp == null || !exp.toInstant().isAfter(now) || iat == null
                    || iat.toInstant().isAfter(now.plus(CLOCK_SKEW)) || claims.getJWTID() == null
                    || claims.getSubject() == null) {
                return Optional.empty();
            }
            Integer version = claims.getIntegerClaim(VERSION_CLAIM);
            if (version == null) {
                return Optional.empty();
            }
            return Optional.of(new Verified(new AccountId(UUID.fromString(claims.getSubject())), version));
        } catch (ParseException | JOSEException | IllegalArgumentException | IllegalStateException refused) {
            return Optional.empty();
        }
    }
}
