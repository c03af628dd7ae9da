package org.mingle.domain.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The plain rules of webhooks: which addresses are public, the retry schedule, the signature and the JSON. */
class WebhookRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.1.2.3", "10.1.2.3", "172.16.0.1", "172.31.255.255", "192.168.0.1",
            "169.254.169.254", "0.0.0.0", "0.1.2.3", "100.64.0.1", "224.0.0.1", "255.255.255.255", "::1", "::",
            "fe80::1", "fd00::1", "fc00::1", "ff02::1", "::ffff:10.0.0.1", "::10.0.0.1", "64:ff9b::7f00:1"})
    void addressesThatAreNotPublicAreRecognised(String address) throws Exception {
        assertThat(WebhookAddresses.isNotPublic(InetAddress.getByName(address))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"203.0.113.7", "8.8.8.8", "172.32.0.1", "100.128.0.1", "2001:4860:4860::8888",
            "64:ff9b::808:808"})
    void publicAddressesPass(String address) throws Exception {
        assertThat(WebhookAddresses.isNotPublic(InetAddress.getByName(address))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://example.org/", "https://user@example.org/", "mailto:a@example.org", "/relative",
            "https://example.org/#fragment", " ", "http:///path"})
    void addressesOfAnotherFormAreRefused(String url) {
        assertThat(WebhookAddresses.formProblem(url)).isPresent();
    }

    @Test
    void httpAndHttpsAddressesWithPortPathAndQueryHaveTheRightForm() {
        assertThat(WebhookAddresses.formProblem("https://crm.example.org:8443/hooks/mingle?tenant=7")).isEmpty();
        assertThat(WebhookAddresses.formProblem("HTTP://crm.example.org")).isEmpty();
    }

    @Test
    void retriesWaitLongerEachTimeAndEndAtTheDeadline() {
        var schedule = new RetrySchedule(Duration.ofSeconds(30));
        var created = Instant.parse("2026-12-04T10:00:00Z");

        assertThat(schedule.next(1, created, created)).contains(created.plusSeconds(30));
        assertThat(schedule.next(2, created, created)).contains(created.plus(Duration.ofMinutes(2)));
        assertThat(schedule.next(3, created, created)).contains(created.plus(Duration.ofMinutes(8)));
        assertThat(schedule.next(9, created, created)).contains(created.plus(Duration.ofHours(6)));
        var late = created.plus(Duration.ofHours(23));
        assertThat(schedule.next(8, created, late)).contains(created.plus(Duration.ofHours(24)));
        assertThat(schedule.next(9, created, created.plus(Duration.ofHours(24)))).isEmpty();
    }

    @Test
    void theSignatureIsHmacSha256OfTimeDotBody() {
        // RFC 4231 test case 2 has key "Jefe"; here the message is "<t>.<body>".
        assertThat(Signatures.hmac("Jefe", "what do ya want for nothing?"))
                .isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
        assertThat(Signatures.header("Jefe", 1_700_000_000L, "{}"))
                .isEqualTo("t=1700000000,v1=" + Signatures.hmac("Jefe", "1700000000.{}"));
    }

    @Test
    void jsonIsEscapedAndKeepsTheOrder() {
        var fields = new LinkedHashMap<String, Object>();
        fields.put("b", "quote \" backslash \\ newline \n");
        fields.put("a", List.of("x", "y"));
        fields.put("n", 3);

        assertThat(JsonText.object(fields))
                .isEqualTo("{\"b\":\"quote \\\" backslash \\\\ newline \\u000a\",\"a\":[\"x\",\"y\"],\"n\":3}");
    }
}
