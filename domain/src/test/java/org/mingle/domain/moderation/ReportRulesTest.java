package org.mingle.domain.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mingle.domain.shared.FieldError;
import org.mingle.domain.shared.InvalidInputException;

class ReportRulesTest {

    private static final Instant NOW = Instant.parse("2026-12-04T12:00:00Z");

    @Test
    void aReasonIsRequiredAndTheRefusalNamesTheReasons() {
        assertThatThrownBy(() -> ReportRules.validate(null, "looks like a test"))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.errors())
                        .containsExactly(new FieldError("reason", "must be one of SPAM, FAKE_OR_TEST, OFFENSIVE, OTHER")));
    }

    @Test
    void detailsAreOptionalStrippedAndAtMostAThousandCharacters() {
        assertThat(ReportRules.validate(ReportReason.SPAM, null)).isEmpty();
        assertThat(ReportRules.validate(ReportReason.OTHER, "  Line one\nline two  ")).isEqualTo("Line one\nline two");
        assertThat(ReportRules.validate(ReportReason.OTHER, "😀".repeat(1000))).hasSize(2000);

        assertThatThrownBy(() -> ReportRules.validate(ReportReason.OTHER, "x".repeat(1001)))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.errors())
                        .containsExactly(new FieldError("details", "must be at most 1000 characters")));
        assertThatThrownBy(() -> ReportRules.validate(null, "bell\u0007"))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.errors())
                        .extracting(FieldError::field).containsExactly("reason", "details"));
    }

    @Test
    void twentyReportsADayAreAllowedAndTheNextWaitsForTheOldestToAge() {
        var filed = new ArrayList<Instant>();
        for (int i = 0; i < 19; i++) {
            filed.add(NOW.minus(Duration.ofHours(20)).plus(Duration.ofMinutes(i)));
        }
        assertThat(ReportRules.waitBeforeNext(filed, NOW)).isEmpty();

        filed.add(NOW.minus(Duration.ofMinutes(1)));

        // The oldest of the twenty was filed 20 hours ago: it leaves the day in 4 hours.
        assertThat(ReportRules.waitBeforeNext(filed, NOW)).contains(Duration.ofHours(4));
    }

    @Test
    void reportsOlderThanADayDoNotCount() {
        var filed = new ArrayList<>(List.of(NOW.minus(Duration.ofDays(1))));
        for (int i = 0; i < 19; i++) {
            filed.add(NOW.minus(Duration.ofHours(1)));
        }
        assertThat(ReportRules.waitBeforeNext(filed, NOW)).isEmpty();
    }
}
