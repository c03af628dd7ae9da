package org.mingle.api.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mingle.api.ApiClient.Reply;
import org.mingle.api.ApiClient;
import org.mingle.api.TestAccounts.Person;
import org.mingle.api.TestAccounts;
import org.mingle.api.TestEvents;
import org.mingle.domain.shared.AccountId;
import org.mingle.testsupport.MicronautPostgres;

/**
 * Bearer tokens: what a valid one looks like, and that every kind of bad one (expired, altered, signed with another
 * key or algorithm, unsigned, garbage, naming nobody) is refused alike with 401, even where a token is optional.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TokensApiTest implements MicronautPostgres {

    private static final String INVALID_TOKEN_DETAIL = "The access token is invalid or has expired. Log in again.";
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    @Inject
    TokenService tokens;

    @Inject
    TokenSigningKey key;

    private ApiClient api;
    private Person person;
    private Person someoneElse;
    private String publishedEvent;

    @BeforeAll
    void setUp() {
        api = new ApiClient(server, json);
        person = TestAccounts.signUpAndLogIn(api, "Frances Allen");
        someoneElse = TestAccounts.signUpAndLogIn(api, "Edsger Dijkstra");
        var created = person.api().postJson("/api/events", TestEvents.json("Optimising compilers", 30));
        publishedEvent = (String) created.object().get("id");
        assertThat(person.api().postEmpty("/api/events/" + publishedEvent + "/publish").status()).isEqualTo(200);
    }

    @Test
    void aTokenIsAnHs256JwtNamingTheAccountForAnHour() {
        var header = part(person.token(), 0);
        var claims = part(person.token(), 1);

        assertThat(header).containsEntry("alg", "HS256").containsEntry("typ", "JWT");
        assertThat(claims).containsOnlyKeys("sub", "iat", "exp", "jti", "ver").containsEntry("sub", person.id())
                .containsEntry("ver", 0);
        long iat = ((Number) claims.get("iat")).longValue();
        long exp = ((Number) claims.get("exp")).longValue();
        assertThat(exp - iat).isEqualTo(3600);
        assertThat(Instant.ofEpochSecond(iat)).isBetween(Instant.now().minusSeconds(300), Instant.now().plusSeconds(5));
        assertThat(UUID.fromString((String) claims.get("jti"))).isNotNull();
        assertThat(person.token()).doesNotContain(person.email());
    }

    @Test
    void eachLogInGetsItsOwnToken() {
        String again = TestAccounts.logIn(api, person.email(), TestAccounts.PASSWORD);

        assertThat(again).isNotEqualTo(person.token());
        assertThat(part(again, 1).get("jti")).isNotEqualTo(part(person.token(), 1).get("jti"));
    }

    @Test
    void aValidTokenIsAcceptedWhateverTheCaseOfTheScheme() {
        assertThat(api.withHeader("Authorization", "bearer " + person.token()).get("/api/me").status())
                .isEqualTo(200);
        assertThat(api.withHeader("Authorization", "BEARER   " + person.token()).get("/api/me").status())
                .isEqualTo(200);
    }

    @Test
    void anExpiredTokenIsRefused() {
        var expired = tokens.issue(new AccountId(UUID.fromString(person.id())), 0,
                Instant.now().minus(TokenService.LIFETIME).minusSeconds(1));

        assertRefused(expired.value());
    }

    @Test
    void aTokenAboutToExpireIsStillAccepted() {
        var old = tokens.issue(new AccountId(UUID.fromString(person.id())), 0,
                Instant.now().minus(TokenService.LIFETIME).plusSeconds(60));

        assertThat(api.withToken(old.value()).get("/api/me").status()).isEqualTo(200);
    }

    @Test
    void aTokenWithAnAlteredPayloadIsRefused() {
        String[] parts = person.token().split("\\.");
        String otherPayload = encode(Map.of("sub", someoneElse.id(), "iat", Instant.now().getEpochSecond(),
                "exp", Instant.now().plusSeconds(3600).getEpochSecond(), "jti", UUID.randomUUID().toString()));

        assertRefused(parts[0] + "." + otherPayload + "." + parts[2]);
    }

    @Test
    void anExpiredTokenWithAPostponedExpiryIsRefused() {
        var expired = tokens.issue(new AccountId(UUID.fromString(person.id())), 0, Instant.now().minus(Duration.ofHours(3)));
        String[] parts = expired.value().split("\\.");
        var claims = part(expired.value(), 1);
        claims.put("exp", Instant.now().plusSeconds(3600).getEpochSecond());

        assertRefused(parts[0] + "." + encode(claims) + "." + parts[2]);
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRefused() throws Exception {
        byte[] otherKey = "another installation's secret, also 32+ bytes".getBytes(StandardCharsets.UTF_8);

        assertRefused(signed(JWSAlgorithm.HS256, otherKey, validClaims(person.id())));
    }

    @Test
    void aTokenSignedWithTheRightKeyButAnotherAlgorithmIsRefused() throws Exception {
        assertThat(key.bytes().length).as("HS384 needs 48 bytes of key").isGreaterThanOrEqualTo(48);

        assertRefused(signed(JWSAlgorithm.HS384, key.bytes(), validClaims(person.id())));
    }

    @Test
    void anUnsignedTokenIsRefused() {
        String header = encode(Map.of("alg", "none", "typ", "JWT"));
        String payload = encode(Map.of("sub", person.id(), "iat", Instant.now().getEpochSecond(),
                "exp", Instant.now().plusSeconds(3600).getEpochSecond(), "jti", UUID.randomUUID().toString()));

        assertRefused(header + "." + payload + ".");
        assertRefused(header + "." + payload + "." + person.token().split("\\.")[2]);
    }

    @Test
    void aCorrectlySignedTokenWithoutExpiryIsRefused() throws Exception {
        var claims = new JWTClaimsSet.Builder().subject(person.id()).issueTime(new Date())
                .jwtID(UUID.randomUUID().toString()).build();

        assertRefused(signed(JWSAlgorithm.HS256, key.bytes(), claims));
    }

    @Test
    void aCorrectlySignedTokenNamingNoAccountIsRefused() throws Exception {
        assertRefused(tokens.issue(new AccountId(UUID.randomUUID()), 0).value());
        assertRefused(signed(JWSAlgorithm.HS256, key.bytes(), validClaims("not-an-account-id")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Bearer garbage", "Bearer a.b.c", "Bearer eyJhbGciOiJIUzI1NiJ9..", "Bearer",
            "Bearer two words", "Basic dXNlcjpwYXNzd29yZA==", "Token abc", "Bearerabc"})
    void garbageInTheAuthorizationHeaderIsRefused(String authorization) {
        var reply = api.withHeader("Authorization", authorization).get("/api/me");

        assertThat(reply.problem(401)).containsEntry("type", "urn:mingle:problem:unauthenticated");
        assertThat(reply.header("WWW-Authenticate")).startsWith("Bearer");
    }

    @Test
    void whereATokenIsOptionalABadOneIsStillRefused() {
        assertThat(api.get("/api/events/" + publishedEvent).status()).isEqualTo(200);
        assertThat(person.api().get("/api/events/" + publishedEvent).status()).isEqualTo(200);

        var reply = api.withToken("garbage").get("/api/events/" + publishedEvent);

        assertThat(reply.problem(401)).containsEntry("detail", INVALID_TOKEN_DETAIL);
    }

    /** 401, problem JSON, RFC 6750's invalid_token challenge, and the same detail whatever was wrong. */
    private void assertRefused(String token) {
        Reply reply = api.withToken(token).get("/api/me");
        assertThat(reply.problem(401)).containsEntry("type", "urn:mingle:problem:unauthenticated")
                .containsEntry("detail", INVALID_TOKEN_DETAIL);
        assertThat(reply.header("WWW-Authenticate")).isEqualTo("Bearer error=\"invalid_token\"");
    }

    private static JWTClaimsSet validClaims(String subject) {
        return new JWTClaimsSet.Builder().subject(subject).issueTime(new Date())
                .expirationTime(Date.from(Instant.now().plusSeconds(3600))).jwtID(UUID.randomUUID().toString())
                .build();
    }

    private static String signed(JWSAlgorithm algorithm, byte[] secret, JWTClaimsSet claims) throws Exception {
        var jwt = new SignedJWT(new JWSHeader(algorithm), claims);
        jwt.sign(new MACSigner(secret));
        return jwt.serialize();
    }

    private Map<String, Object> part(String token, int index) {
        byte[] decoded = Base64.getUrlDecoder().decode(token.split("\\.")[index]);
        try {
            return new java.util.HashMap<>(json.readValue(decoded, Argument.mapOf(String.class, Object.class)));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private String encode(Map<String, Object> value) {
        try {
            return BASE64URL.encodeToString(json.writeValueAsBytes(value));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
