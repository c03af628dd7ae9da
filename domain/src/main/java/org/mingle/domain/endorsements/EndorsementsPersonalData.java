package org.mingle.domain.endorsements;

import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mingle.domain.personaldata.PersonalDataSection;
import org.mingle.domain.shared.AccountId;

/**
 * The endorsements a person gave and received, in the personal-data export. Erasure deletes both: each names the two
 * people and says something about one of them, so neither side can stay once either is gone.
 */
@Singleton
class EndorsementsPersonalData implements PersonalDataSection {

    private final JdbcEndorsements endorsements;

    EndorsementsPersonalData(JdbcEndorsements endorsements) {
        this.endorsements = endorsements;
    }

    @Override
    public String name() {
        return "endorsements";
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public Object export(AccountId account) {
        var all = endorsements.involving(account);
        Map<String, Object> section = new LinkedHashMap<>();
        section.put("given", all.stream().filter(e -> e.endorser().equals(account))
                .map(e -> item(e, "endorsedId", e.endorsed())).toList());
        section.put("received", all.stream().filter(e -> e.endorsed().equals(account))
                .map(e -> item(e, "endorserId", e.endorser())).toList());
        return section;
    }

    private static Map<String, Object> item(Endorsement endorsement, String otherKey, AccountId other) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", endorsement.id().toString());
        item.put(otherKey, other.toString());
        item.put("eventId", endorsement.eventId().toString());
        item.put("topics", List.copyOf(endorsement.topics()));
        item.put("note", endorsement.note());
        item.put("status", endorsement.status().name());
        item.put("createdAt", endorsement.createdAt().toString());
        endorsement.decidedAt().ifPresent(at -> item.put("decidedAt", at.toString()));
        return item;
    }

    @Override
    public void erase(AccountId account) {
        endorsements.deleteInvolving(account);
    }
}
