package org.mingle.domain.groups;

import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;
import org.mingle.domain.personaldata.PersonalDataSection;
import org.mingle.domain.shared.AccountId;

/**
 * A person's groups in the personal-data export: each membership or request with its role. Erasure removes them all
 * (the account row is anonymised, not deleted, so the table's cascade does not act); a group whose only owner is
 * erased passes to its longest-standing organizer, else member.
 */
@Singleton
class GroupsPersonalData implements PersonalDataSection {

    private final Groups groups;

    GroupsPersonalData(Groups groups) {
        this.groups = groups;
    }

    @Override
    public String name() {
        return "groups";
    }

    @Override
    public int order() {
        return 15;
    }

    @Override
    public Object export(AccountId account) {
        return groups.of(account).stream().map(mine -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("groupId", mine.group().id().toString());
            item.put("name", mine.group().name());
            item.put("role", mine.membership().role().name());
            item.put("status", mine.membership().status().name());
            item.put("since", mine.membership().since().toString());
            return item;
        }).toList();
    }

    @Override
    public void erase(AccountId account) {
        groups.removeEverywhere(account);
    }
}
