package org.mingle.domain.matching;

import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;
import org.mingle.domain.personaldata.PersonalDataSection;
import org.mingle.domain.shared.AccountId;

/**
 * The people a person said "not for me" to, in the personal-data export (not who dismissed them: that stays private
 * to the viewer, as blocks do); erasure removes dismissals made by and of the person.
 */
@Singleton
class DismissalsPersonalData implements PersonalDataSection {

    private final Dismissals dismissals;

    DismissalsPersonalData(Dismissals dismissals) {
        this.dismissals = dismissals;
    }

    @Override
    public String name() {
        return "recommendationDismissals";
    }

    @Override
    public int order() {
        return 36;
    }

    @Override
    public Object export(AccountId account) {
        return dismissals.madeBy(account).stream().map(dismissal -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("eventId", dismissal.event().toString());
            item.put("dismissedAccountId", dismissal.dismissed().toString());
            item.put("reason", dismissal.reason().name());
            item.put("at", dismissal.at().toString());
            return item;
        }).toList();
    }

    @Override
    public void erase(AccountId account) {
        dismissals.removeAllOf(account);
    }
}
