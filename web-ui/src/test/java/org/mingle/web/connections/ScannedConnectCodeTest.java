package org.mingle.web.connections;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mingle.domain.connections.ConnectCode;
import org.mingle.domain.shared.PublicUrl;

class ScannedConnectCodeTest {

    private static final PublicUrl HERE = PublicUrl.parse("https://mingle.example.org");
    private static final Optional<ConnectCode> CODE = Optional.of(new ConnectCode("7K3M9QXA"));

    @ParameterizedTest
    @ValueSource(strings = {"https://mingle.example.org/connect/7K3M9QXA",
        "https://mingle.example.org/connect/7K3M9QXA/", "HTTPS://Mingle.Example.org/connect/7k3m9qxa",
        " https://mingle.example.org/connect/7K3M9QXA \n", "7K3M9QXA", "7k3m-9qxa", " 7K3M 9QXA "})
    void readsOurConnectAddressAndTheBareCode(String scanned) {
        assertThat(ScannedConnectCode.read(scanned, HERE)).isEqualTo(CODE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://evil.example.com/connect/7K3M9QXA", "http://mingle.example.org/connect/7K3M9QXA",
        "https://mingle.example.org.evil.com/connect/7K3M9QXA", "https://mingle.example.org/connect/",
        "https://mingle.example.org/connect/7K3M9QXA?x=1", "https://mingle.example.org/events/7K3M9QXA",
        "7K3M9QX", "WIFI:S:cafe;T:WPA;P:secret;;", "", "   "})
    void refusesAnythingElse(String scanned) {
        assertThat(ScannedConnectCode.read(scanned, HERE)).isEmpty();
    }

    @Test
    void nothingScannedIsNoCode() {
        assertThat(ScannedConnectCode.read(null, HERE)).isEmpty();
    }

    @Test
    void aPublicUrlWithAPathKeepsIt() {
        var underPath = PublicUrl.parse("https://example.org/mingle");
        assertThat(ScannedConnectCode.read("https://example.org/mingle/connect/7K3M9QXA", underPath)).isEqualTo(CODE);
        assertThat(ScannedConnectCode.read("https://example.org/connect/7K3M9QXA", underPath)).isEmpty();
    }
}
