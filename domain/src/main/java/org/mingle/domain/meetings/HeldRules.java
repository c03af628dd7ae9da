package org.mingle.domain.meetings;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When a booked meeting counts as held or as a no-show (decision 51), in plain Java. Each person answers once ("we
 * met" or "they did not show"); the same answer again changes nothing, another one is refused. Held needs both "we met"
 * answers, or a scan of a connect code while the slot runs, which also overrides a no-show: the two plainly met. A
 * "they did not show" makes the meeting a no-show unless it is held already.
 */
public final class HeldRules {

    /** How far into a slot the two are asked "Did you meet?" (or at its end, for shorter slots). */
    public static final Duration CHECK_AFTER = Duration.ofMinutes(10);
    /** After its slot's end, a meeting is asked about for this long still (an instance that was down catches up). */
    public static final Duration ASK_UNTIL_AFTER_END = Duration.ofHours(1);

    private HeldRules() {
    }

    /** An answer's result: the meeting's state afterwards, whether to store the answer, whether it frees its giver. */
    public record Outcome(HeldState state, boolean recordAnswer, boolean freesAnswerer) {
    }

    /** Why an answer is refused. */
    public enum Refusal {
        NOT_STARTED("You can answer once the meeting has begun."),
        ANSWERED_OTHERWISE("You already answered this differently; each of you answers once."),
        ALREADY_HELD("This meeting already counts as held.");

        private final String message;

        Refusal(String message) {
            this.message = message;
        }

        public String message() {
            return message;
        }
    }

    /**
     * One person's answer.
     *
     * @param earlier      what this person answered before, if anything
     * @param otherAnswer  what the other person answered, if anything
     * @param met          true for "we met", false for "they did not show"
     * @throws AnswerRefusedException when the slot has not begun, the person answered otherwise, or "they did not
     *                                show" comes for a meeting held already
     */
    public static Outcome answer(Slot slot, Instant now, HeldState state, Optional<Boolean> earlier,
                                 Optional<Boolean> otherAnswer, boolean met) {
        if (now.isBefore(slot.startsAt())) {
            throw new AnswerRefusedException(Refusal.NOT_STARTED);
        }
        if (earlier.isPresent()) {
            if (earlier.get() != met) {
                throw new AnswerRefusedException(Refusal.ANSWERED_OTHERWISE);
            }
            return new Outcome(state, false, false);
        }
        if (met) {
            boolean bothMet = state == HeldState.SCHEDULED && otherAnswer.orElse(false);
            return new Outcome(bothMet ? HeldState.HELD : state, true, false);
        }
        if (state == HeldState.HELD) {
            throw new AnswerRefusedException(Refusal.ALREADY_HELD);
        }
        return new Outcome(HeldState.NO_SHOW, true, now.isBefore(slot.endsAt()));
    }

    /** A connect-code scan at {@code at} makes a meeting held when it falls within the slot. */
    public static boolean heldByScan(Slot slot, Instant at) {
        return !at.isBefore(slot.startsAt()) && at.isBefore(slot.endsAt());
    }

    /** When the two are asked "Did you meet?": ten minutes in, or at the end of a shorter slot. */
    public static Instant checkDueAt(Slot slot) {
        Instant tenIn = slot.startsAt().plus(CHECK_AFTER);
        return tenIn.isBefore(slot.endsAt()) ? tenIn : slot.endsAt();
    }
}
