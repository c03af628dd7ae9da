package org.mingle.domain.rounds;

import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;
import org.mingle.domain.personaldata.PersonalDataSection;
import org.mingle.domain.shared.AccountId;

/**
 * Where a person sat in speed-networking rounds, in the personal-data export. Erasure keeps the seats: the account is
 * anonymous afterwards, and organizers' reports count who met whom.
 */
@Singleton
class RoundsPersonalData implements PersonalDataSection {

    private final Rounds rounds;

    RoundsPersonalData(Rounds rounds) {
        this.rounds = rounds;
    }

    @Override
    public String name() {
        return "networkingRounds";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public Object export(AccountId account) {
        return rounds.seatsOf(account).stream().map(seat -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("eventId", seat.event().toString());
            item.put("round", seat.round());
            item.put("startsAt", seat.startsAt().toString());
            item.put("table", seat.table());
            return item;
        }).toList();
    }

    @Override
    public void erase(AccountId account) {
        // Nothing to remove: see the class comment.
    }
}
