package org.mingle.domain.publicprofiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mingle.domain.shared.AccountId;
import org.mingle.domain.shared.FieldError;

class PublicSettingsRulesTest {

    private static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");
    private static final AccountId ME = new AccountId(UUID.randomUUID());
    private static final PublicSettings ON =
            new PublicSettings(ME, Optional.of("grace"), true, true, NOW.minusSeconds(60));

    private final List<FieldError> errors = new ArrayList<>();

    @Test
    void missingValuesKeepWhatIsStored() {
        var kept = PublicSettingsRules.validate(PublicSettingsInput.unchanged(), ON, NOW, errors);

        assertThat(errors).isEmpty();
        assertThat(kept).isEqualTo(new PublicSettings(ME, Optional.of("grace"), true, true, NOW));
    }

    @Test
    void everythingIsOffUntilChosen() {
        var none = PublicSettings.none(ME);

        assertThat(none.handle()).isEmpty();
        assertThat(none.shown()).isFalse();
        assertThat(none.indexable()).isFalse();
        var handleOnly = PublicSettingsRules.validate(new PublicSettingsInput("Grace-H", null, null), none, NOW,
                errors);
        assertThat(handleOnly.handle()).contains("grace-h");
        assertThat(handleOnly.shown()).isFalse();
        assertThat(handleOnly.indexable()).isFalse();
    }

    @Test
    void anEmptyHandleRemovesItAndAPageNeedsOne() {
        var removed = PublicSettingsRules.validate(new PublicSettingsInput(" ", false, null), ON, NOW, errors);
        assertThat(removed.handle()).isEmpty();

        var refused = PublicSettingsRules.validate(new PublicSettingsInput("", null, null), ON, NOW, errors);
        assertThat(refused).isNull();
        assertThat(errors).extracting(FieldError::field).containsExactly("publicProfile");
    }

    @Test
    void aBadHandleIsNamed() {
        var refused = PublicSettingsRules.validate(new PublicSettingsInput("x", true, null), ON, NOW, errors);

        assertThat(refused).isNull();
        assertThat(errors).containsExactly(new FieldError("handle", "must be 3 to 30 characters"));
    }
}
