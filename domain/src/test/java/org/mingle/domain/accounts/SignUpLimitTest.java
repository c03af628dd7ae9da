package org.mingle.domain.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mingle.testsupport.MicronautPostgres;

@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignUpLimitTest implements MicronautPostgres {

    @Inject
    AccountService accounts;

    @Override
    public Map<String, String> getProperties() {
        var properties = new HashMap<>(MicronautPostgres.super.getProperties());
        properties.put("mingle.accounts.sign-ups-per-client-per-hour", "2");
        return properties;
    }

    @Test
    void aClientMayCreateSoManyAccountsAnHourAndAnotherClientMore() {
        signUp("10.20.0.1");
        signUp("10.20.0.1");

        assertThatThrownBy(() -> signUp("10.20.0.1")).isInstanceOfSatisfying(SignUpThrottledException.class,
                e -> assertThat(e.retryAfter()).isPositive().isLessThanOrEqualTo(Duration.ofHours(1)));
        signUp("10.20.0.2");
    }

    @Test
    void accountsMingleCreatesItselfAreNotCounted() {
        for (int i = 0; i < 3; i++) {
            signUp(null);
        }
    }

    private void signUp(String clientAddress) {
        var email = "limit-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        accounts.signUp(new SignUp(email, "tangerine orbit maple 1987", "Limit Tester"), clientAddress);
    }
}
