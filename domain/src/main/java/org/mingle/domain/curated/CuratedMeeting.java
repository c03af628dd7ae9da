package org.mingle.domain.curated;

import java.util.Objects;
import java.util.function.Function;
import org.mingle.domain.meetings.SlotBook;
import org.mingle.domain.shared.AccountId;

/**
 * One meeting of a curated schedule: who, where and when, and why these two.
 *
 * @param placement the slot and table, as {@link SlotBook#book} takes it
 * @param score     the pair's score
 * @param askedBy   who marked the other "must meet" when {@code reason} is {@link Reason#ONE_ASKED}, else null
 */
public record CuratedMeeting(AccountId first, AccountId second, SlotBook.Placement placement, double score,
                             Reason reason, AccountId askedBy) {

    /** Why the schedule pairs these two, strongest first. */
    public enum Reason {
        /** Each marked the other "must meet". */
        BOTH_ASKED,
        /** One of them marked the other "must meet". */
        ONE_ASKED,
        /** Nobody asked: among the people still free, the best match the rules allowed. */
        BEST_REMAINING_MATCH
    }

    public CuratedMeeting {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        Objects.requireNonNull(placement, "placement");
        Objects.requireNonNull(reason, "reason");
        if ((reason == Reason.ONE_ASKED) != (askedBy != null)) {
            throw new IllegalArgumentException("askedBy names who asked, only when one of the two asked");
        }
    }

    public boolean involves(AccountId person) {
        return first.equals(person) || second.equals(person);
    }

    public AccountId partnerOf(AccountId person) {
        return first.equals(person) ? second : first;
    }

    /** The reason as {@code viewer}, one of the two, reads it; {@code names} gives a person's display name. */
    public String explanationFor(AccountId viewer, Function<AccountId, String> names) {
        return switch (reason) {
            case BOTH_ASKED -> "You both asked to meet";
            case ONE_ASKED -> askedBy.equals(viewer) ? "You asked to meet " + names.apply(partnerOf(viewer))
                    : names.apply(askedBy) + " asked to meet you";
            case BEST_REMAINING_MATCH -> "Best remaining match";
        };
    }
}
