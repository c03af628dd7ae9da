package org.mingle.domain.curated;

import java.util.Objects;
import org.mingle.domain.shared.AccountId;

/**
 * Someone the schedule leaves below their minimum, and the first reason that explains it.
 *
 * @param meetings how many they have, booked before and scheduled now
 */
public record Shortfall(AccountId person, int minimum, int meetings, Cause cause) {

    /** Why, checked in this order: each cause is only named when the ones before it do not explain the gap. */
    public enum Cause {
        /** They are free in fewer slots than their minimum (other bookings, rounds). */
        NOT_FREE("You are free in fewer slots than your minimum"),
        /** The event's rules on who may meet whom leave fewer partners than their minimum. */
        RULES("The event's rules leave too few people you may meet"),
        /** "No thanks" marks, theirs or others', leave fewer partners than their minimum. */
        NO_THANKS("\u201cNo thanks\u201d marks leave too few people to meet"),
        /** Too few of the people they may meet are free in a slot they are free in. */
        NO_COMMON_TIME("Too few compatible partners are free when you are"),
        /** Every slot they are still free in has every table taken. */
        TABLES_FULL("Every table is taken in the slots you are free"),
        /**
         * Compatible partners are free at the same time, but each is at their own maximum or the place is needed for
         * must-meets or other people's minimums.
         */
        PARTNERS_TAKEN("Your compatible partners are fully booked when you are free");

        private final String explanation;

        Cause(String explanation) {
            this.explanation = explanation;
        }

        public String explanation() {
            return explanation;
        }
    }

    public Shortfall {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(cause, "cause");
    }

    public int missing() {
        return minimum - meetings;
    }
}
