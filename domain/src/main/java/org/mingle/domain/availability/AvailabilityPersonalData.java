package org.mingle.domain.availability;

import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;
import org.mingle.domain.personaldata.PersonalDataSection;
import org.mingle.domain.shared.AccountId;

/** Until when a person said they were free, at each event where that is still kept; erasure removes it. */
@Singleton
class AvailabilityPersonalData implements PersonalDataSection {

    private final FreeTimes freeTimes;

    AvailabilityPersonalData(FreeTimes freeTimes) {
        this.freeTimes = freeTimes;
    }

    @Override
    public String name() {
        return "availability";
    }

    @Override
    public int order() {
        return 37;
    }

    @Override
    public Object export(AccountId account) {
        return freeTimes.ofAccount(account).stream().map(free -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("eventId", free.event().toString());
            item.put("freeUntil", free.until().toString());
            return item;
        }).toList();
    }

    @Override
    public void erase(AccountId account) {
        freeTimes.removeAllOf(account);
    }
}
