package org.mingle.domain.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.ApplicationContext;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mingle.domain.shared.PublicUrl;

class PublicUrlSettingTest {

    @Test
    void theConfiguredAddressIsTheBaseOfLinks() {
        try (var context = ApplicationContext.run(Map.of("mingle.public-url", "https://mingle.example.org/"))) {
            assertThat(context.getBean(PublicUrl.class).link("connect/7K3M9QXA"))
                    .isEqualTo("https://mingle.example.org/connect/7K3M9QXA");
        }
    }

    @Test
    void aWrongAddressStopsTheStartNamingTheVariable() {
        assertThatThrownBy(() -> ApplicationContext.run(Map.of("mingle.public-url", "mingle.example.org")).close())
                .rootCause()
                .hasMessage("MINGLE_PUBLIC_URL (mingle.public-url) is \"mingle.example.org\", but it must start with "
                        + "http:// or https://. Set it to the address people reach Mingle at, such as "
                        + "https://mingle.example.org");
    }
}
