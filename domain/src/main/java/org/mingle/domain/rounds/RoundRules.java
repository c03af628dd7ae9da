package org.mingle.domain.rounds;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mingle.domain.shared.FieldError;
import org.mingle.domain.shared.InvalidInputException;
import org.mingle.domain.shared.SupportedInstants;

/** Validation of what organizers ask for when planning rounds; every field checked at once. */
public final class RoundRules {

    public static final int MINUTES_MIN = 2;
    public static final int MINUTES_MAX = 60;
    public static final int BREAK_MAX = 30;
    public static final int DEFAULT_BREAK = 1;
    /** A start a little in the past is a clock or a slow form, not a mistake. */
    private static final Duration SKEW = Duration.ofMinutes(2);

    private RoundRules() {
    }

    /** A valid request; {@code avoidEarlierPairs} is null when the stored choice holds. */
    public record Plan(int rounds, Duration length, Instant startsAt, Duration breakBetween, boolean includeConfirmed,
                       OddCount oddCount, Boolean avoidEarlierPairs) {

        /** When round {@code i} (0 for the first planned now) starts. */
        Instant startOf(int i) {
            return startsAt.plus(length.plus(breakBetween).multipliedBy(i));
        }
    }

    public static Plan validate(RoundsInput input, Instant now) {
        List<FieldError> errors = new ArrayList<>();
        if (input.rounds() == null) {
            errors.add(FieldError.required("rounds"));
        } else if (input.rounds() < 1 || input.rounds() > RoundPlanner.MAX_ROUNDS) {
            errors.add(new FieldError("rounds", "must be between 1 and " + RoundPlanner.MAX_ROUNDS));
        }
        if (input.minutesPerRound() == null) {
            errors.add(FieldError.required("minutesPerRound"));
        } else if (input.minutesPerRound() < MINUTES_MIN || input.minutesPerRound() > MINUTES_MAX) {
            errors.add(new FieldError("minutesPerRound", "must be between " + MINUTES_MIN + " and " + MINUTES_MAX));
        }
        if (input.startsAt() == null) {
            errors.add(FieldError.required("startsAt"));
        } else if (SupportedInstants.check("startsAt", input.startsAt(), errors)
                && input.startsAt().isBefore(now.minus(SKEW))) {
            errors.add(new FieldError("startsAt", "must not be in the past"));
        }
        int pause = input.breakMinutes() == null ? DEFAULT_BREAK : input.breakMinutes();
        if (pause < 0 || pause > BREAK_MAX) {
            errors.add(new FieldError("breakMinutes", "must be between 0 and " + BREAK_MAX));
        }
        OddCount odd = OddCount.TRIO;
        if (input.oddCount() != null) {
            try {
                odd = OddCount.valueOf(input.oddCount().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException unknown) {
                errors.add(new FieldError("oddCount", "must be TRIO or REST"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Plan(input.rounds(), Duration.ofMinutes(input.minutesPerRound()), input.startsAt(),
                Duration.ofMinutes(pause), Boolean.TRUE.equals(input.includeConfirmed()), odd,
                input.avoidEarlierPairs());
    }
}
