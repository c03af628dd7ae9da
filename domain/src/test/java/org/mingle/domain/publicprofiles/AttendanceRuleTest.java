package org.mingle.domain.publicprofiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mingle.domain.events.EventStatus;
import org.mingle.domain.registration.RegistrationStatus;

class AttendanceRuleTest {

    private static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");
    private static final Instant ENDED = NOW.minus(Duration.ofHours(1));
    private static final Instant LATER = NOW.plus(Duration.ofHours(1));

    @Test
    void confirmedCountsOnceTheEventIsOver() {
        assertThat(AttendanceRule.attended(RegistrationStatus.CONFIRMED, false, EventStatus.COMPLETED, LATER, NOW))
                .as("completed by its team before its planned end").isTrue();
        assertThat(AttendanceRule.attended(RegistrationStatus.CONFIRMED, false, EventStatus.PUBLISHED, ENDED, NOW))
                .as("published and past its end").isTrue();
        assertThat(AttendanceRule.attended(RegistrationStatus.CONFIRMED, false, EventStatus.PUBLISHED, LATER, NOW))
                .as("not over yet").isFalse();
    }

    @Test
    void checkedInCountsAtOnce() {
        assertThat(AttendanceRule.attended(RegistrationStatus.CONFIRMED, true, EventStatus.PUBLISHED, LATER, NOW))
                .isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = RegistrationStatus.class, names = "CONFIRMED", mode = EnumSource.Mode.EXCLUDE)
    void otherRegistrationsAttendedNothing(RegistrationStatus status) {
        assertThat(AttendanceRule.attended(status, false, EventStatus.COMPLETED, ENDED, NOW)).isFalse();
    }

    @Test
    void aCancelledEventTookPlaceForNobody() {
        assertThat(AttendanceRule.attended(RegistrationStatus.CONFIRMED, true, EventStatus.CANCELLED, ENDED, NOW))
                .isFalse();
        assertThat(AttendanceRule.attended(RegistrationStatus.CONFIRMED, false, EventStatus.CANCELLED, ENDED, NOW))
                .isFalse();
    }
}
