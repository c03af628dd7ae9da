package org.mingle.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PublicUrlTest {

    @ParameterizedTest
    @CsvSource({
        "https://mingle.example.org, https://mingle.example.org/connect/7K3M9QXA",
        "https://mingle.example.org/, https://mingle.example.org/connect/7K3M9QXA",
        "HTTPS://Mingle.Example.ORG, https://mingle.example.org/connect/7K3M9QXA",
        "http://localhost:8080, http://localhost:8080/connect/7K3M9QXA",
        "https://events.example.org/mingle/, https://events.example.org/mingle/connect/7K3M9QXA",
        "'  https://mingle.example.org  ', https://mingle.example.org/connect/7K3M9QXA",
        "'https://[2001:db8::1]:8443', 'https://[2001:db8::1]:8443/connect/7K3M9QXA'"})
    void linksArePathsOnTheConfiguredAddress(String configured, String link) {
        assertThat(PublicUrl.parse(configured).link("connect/7K3M9QXA")).isEqualTo(link);
        assertThat(PublicUrl.parse(configured).link("/connect/7K3M9QXA")).isEqualTo(link);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "mingle.example.org | must start with http:// or https://",
        "/connect | must start with http:// or https://",
        "ftp://mingle.example.org | must start with http:// or https://",
        "javascript:alert(1) | must start with http:// or https://",
        "https:/mingle.example.org | must name a host",
        "https://under_score.example.org | must name a host",
        "https://admin:secret@mingle.example.org | must not contain a user name or password",
        "https://mingle.example.org/?x=1 | must not have a query (?) or fragment (#)",
        "https://mingle.example.org/# | must not have a query (?) or fragment (#)",
        "https://mingle.example.org/a/../b | must not contain empty, . or .. segments",
        "https://mingle.example.org//a | must not contain empty, . or .. segments",
        "https://mingle example.org | is not a valid address"})
    void refusesAnythingButAnAbsoluteWebAddressWithTheReason(String configured, String reason) {
        assertThatThrownBy(() -> PublicUrl.parse(configured))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(reason);
    }

    @ParameterizedTest
    @ValueSource(ints = {80, 8080, 18021})
    void theDefaultIsThisMachineOnThePort(int port) {
        assertThat(PublicUrl.localhost(port)).hasToString("http://localhost:" + port)
                .isEqualTo(PublicUrl.parse("http://localhost:" + port + "/"));
    }
}
