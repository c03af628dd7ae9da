package org.mingle.domain.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mingle.domain.registration.CapacityPolicy.Placement;
import org.mingle.domain.registration.CapacityPolicy.Seats;

class CapacityPolicyTest {

    @Test
    void confirmsWhileSeatsRemain() {
        assertThat(CapacityPolicy.placeNew(new Seats(10, 9, 0), false))
                .isEqualTo(new Placement(RegistrationStatus.CONFIRMED, null));
    }

    @Test
    void waitlistsAtTheEndOnceFull() {
        assertThat(CapacityPolicy.placeNew(new Seats(10, 10, 0), false))
                .isEqualTo(new Placement(RegistrationStatus.WAITLISTED, 1));
        assertThat(CapacityPolicy.placeNew(new Seats(10, 10, 4), false))
                .isEqualTo(new Placement(RegistrationStatus.WAITLISTED, 5));
    }

    @Test
    void waitsForApprovalFirstWhenOrganizersApprove() {
        assertThat(CapacityPolicy.placeNew(new Seats(10, 0, 0), true))
                .isEqualTo(new Placement(RegistrationStatus.PENDING_APPROVAL, null));
        assertThat(CapacityPolicy.placeApproved(new Seats(10, 10, 2)))
                .isEqualTo(new Placement(RegistrationStatus.WAITLISTED, 3));
    }

    @ParameterizedTest
    @CsvSource({"10,10,5,0", "10,9,5,1", "20,10,5,5", "20,10,0,0", "5,3,10,2"})
    void promotesAsManyAsFreeSeatsAndWaitingPeopleAllow(int capacity, int confirmed, int waitlisted, int promotable) {
        assertThat(CapacityPolicy.promotable(new Seats(capacity, confirmed, waitlisted))).isEqualTo(promotable);
    }

    @Test
    void refusesImpossibleSeats() {
        assertThatThrownBy(() -> new Seats(0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Seats(5, -1, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void checkInCodesAreUnambiguousAndNormalised() {
        var code = CheckInCodes.next();
        assertThat(code).hasSize(10).matches("[2-9A-HJ-NP-Z]{10}");
        assertThat(CheckInCodes.normalise(" ab2c-3d4e 5f ")).isEqualTo("AB2C3D4E5F");
    }
}
