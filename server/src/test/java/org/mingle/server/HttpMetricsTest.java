package org.mingle.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HttpMetricsTest {

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {
        "/api/events/7c1e, -, /api/events/{id}, /api/events/{id}",
        "/api/events, page=2, '/api/events{?q,page,size}', /api/events",
        "/api/events/7c1e/nothing, -, -, /api/**",
        "/api, -, -, /api/**",
        "/VAADIN/build/bundle-4a1f.js, -, -, /VAADIN/**",
        "/, v-r=uidl&v-uiId=0, -, /?v-r=uidl",
        "/, v-r=heartbeat&v-uiId=3, -, /?v-r=heartbeat",
        "/, v-r=made-up, -, /?v-r=other",
        "/icons/icon-192.png, -, -, static",
        "/events/7c1e/manage, -, -, /**",
        "/api/csp-reports, -, -, /api/csp-reports",
        "/, -, -, /**"})
    void labelsARequestByItsRouteNeverByItsIds(String path, String query, String template, String label) {
        assertThat(HttpMetrics.routeOf(path, query, template)).isEqualTo(label);
    }

    @ParameterizedTest
    @CsvSource({"GET, GET", "post, POST", "PROPFIND, OTHER", "'', OTHER"})
    void keepsMethodsToAKnownFew(String method, String label) {
        assertThat(HttpMetrics.method(method)).isEqualTo(label);
    }

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {"9090, 9090", "0, 0", "off, -1", "OFF, -1", "' 65535 ', 65535", "'', -"})
    void takesAManagementPortNumberOrOff(String value, Integer port) {
        assertThat(ServerSettings.parseManagementPort(value)).isEqualTo(port);
    }

    @ParameterizedTest
    @CsvSource({"65536", "-1", "nine", "90 90"})
    void refusesAnyOtherManagementPortNamingTheSetting(String value) {
        assertThatThrownBy(() -> ServerSettings.parseManagementPort(value))
                .hasMessage("MINGLE_MANAGEMENT_PORT (mingle.server.management-port) is \"" + value + "\", but it "
                        + "must be a port number from 0 to 65535 (0: any free port) or off.");
    }
}
