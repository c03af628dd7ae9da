package org.mingle.domain.rounds;

import java.time.Instant;
import java.util.List;
import org.mingle.domain.events.EventId;
import org.mingle.domain.shared.AccountId;

/** Where an event's rounds are kept. */
interface Rounds {

    /** Locks the event's row until the transaction ends, so two organizers generating at once take turns. */
    void lockEvent(EventId event);

    List<ScheduledRound> of(EventId event);

    /** Removes the rounds that start after {@code now} and were not announced: the ones regenerating replaces. */
    void deleteNotHeld(EventId event, Instant now);

    void markAnnounced(EventId event, int number, Instant at);

    void insert(EventId event, ScheduledRound round);

    /** Whether planning keeps apart people who met at earlier events of the community; true unless turned off. */
    boolean avoidsEarlierPairs(EventId event);

    void setAvoidsEarlierPairs(EventId event, boolean avoid);

    /** Every seat the account had, at any event, for its data export. */
    List<Seat> seatsOf(AccountId account);

    /** Every seat of the rounds starting after {@code after} and no later than {@code until}, at any event. */
    List<RoundSeat> seatsStartingBetween(Instant after, Instant until);

    /** Where one person sat in one round; {@code table} is {@code null} for a rest. */
    record Seat(EventId event, int round, Instant startsAt, Integer table) {
    }
}
