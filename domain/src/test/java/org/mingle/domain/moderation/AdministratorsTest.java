package org.mingle.domain.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.ApplicationContext;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mingle.domain.accounts.Email;

class AdministratorsTest {

    @Test
    void addressesAreSeparatedByCommasAndComparedAsEmailDoes() {
        assertThat(Administrators.parse(" Ada@Example.org, ,ops@example.org,ada@example.org "))
                .containsExactlyInAnyOrder(new Email("ada@example.org"), new Email("ops@example.org"));
        assertThat(Administrators.parse("")).isEmpty();
        assertThat(Administrators.parse(null)).isEmpty();
    }

    @Test
    void aWrongAddressStopsTheStartNamingTheVariable() {
        assertThatThrownBy(() -> ApplicationContext.run(Map.of("mingle.admin-emails", "ada@example.org; ops")).close())
                .rootCause()
                .hasMessage("MINGLE_ADMIN_EMAILS (mingle.admin-emails) lists \"ada@example.org; ops\", which is no "
                        + "email address. Set it to the administrators' addresses, separated by commas, such as "
                        + "admin@example.org,ops@example.org");
    }
}
