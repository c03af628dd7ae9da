package org.mingle.api.events;

import java.util.Objects;
import org.mingle.domain.shared.InvalidInputException;

/**
 * The allowance of open meeting requests has two names in event bodies: {@code maxPendingRequests}, which the first
 * version of the API had, and {@code meetingRequestAllowance}, the contract's name since v2. Either is taken; both at
 * once must agree.
 */
final class RequestAllowanceField {

    private RequestAllowanceField() {
    }

    static Integer resolve(Integer maxPendingRequests, Integer meetingRequestAllowance) {
        if (maxPendingRequests != null && meetingRequestAllowance != null
                && !Objects.equals(maxPendingRequests, meetingRequestAllowance)) {
            throw InvalidInputException.of("meetingRequestAllowance",
                    "differs from maxPendingRequests, its older name: send one of the two");
        }
        return meetingRequestAllowance != null ? meetingRequestAllowance : maxPendingRequests;
    }
}
