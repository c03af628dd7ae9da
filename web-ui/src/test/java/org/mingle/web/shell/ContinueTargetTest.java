package org.mingle.web.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ContinueTargetTest {

    @ParameterizedTest
    @ValueSource(strings = {"events/new", "account", "my-events", "events?q=rust%20meetup",
            "events/0b6f4d0e-5a3c-4b8e-9d51-0f1d2e3c4b5a"})
    void followsLocationsInsideTheApplication(String target) {
        assertThat(ContinueTarget.of(QueryParameters.of("continue", target))).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "//evil.example/phish", "/events", "https://evil.example", "javascript:alert(1)",
            "\\\\evil.example", "events/../../etc", "login", "login?continue=login", "signup", "events\nSet-Cookie"})
    void ignoresAnythingElse(String target) {
        assertThat(ContinueTarget.of(QueryParameters.of("continue", target))).isEmpty();
    }

    @Test
    void carriesTheQueryOfTheLocationAskedFor() {
        var query = ContinueTarget.queryFor(new Location("events", QueryParameters.of("q", "rust")));

        assertThat(query.getSingleParameter("continue")).contains("events?q=rust");
        assertThat(ContinueTarget.of(query).orElseThrow().getQueryParameters().getSingleParameter("q"))
                .contains("rust");
    }

    @Test
    void theRootNeedsNoContinueParameter() {
        assertThat(ContinueTarget.queryFor(new Location("")).getParameters()).isEmpty();
    }
}
