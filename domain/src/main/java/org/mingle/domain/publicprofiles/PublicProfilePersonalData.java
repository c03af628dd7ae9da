package org.mingle.domain.publicprofiles;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.mingle.domain.personaldata.PersonalDataSection;
import org.mingle.domain.shared.AccountId;

/**
 * The public page settings and the events kept on the record, in the personal-data export. Erasure removes both: the
 * page stops answering at once, and the handle is retired (kept without any link to the person) so an old shared link
 * never shows somebody else (decision 45).
 */
@Singleton
class PublicProfilePersonalData implements PersonalDataSection {

    private final PublicProfiles store;
    private final PublicPages pages;
    private final Clock clock;

    PublicProfilePersonalData(PublicProfiles store, PublicPages pages, Clock clock) {
        this.store = store;
        this.pages = pages;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "publicProfile";
    }

    @Override
    public int order() {
        return 6;
    }

    @Override
    public Object export(AccountId account) {
        Map<String, Object> data = new LinkedHashMap<>();
        var settings = store.find(account).orElseGet(() -> PublicSettings.none(account));
        data.put("handle", settings.handle().orElse(null));
        data.put("publicProfile", settings.shown());
        data.put("allowSearchEngines", settings.indexable());
        data.put("updatedAt", settings.updatedAt() == null ? null : settings.updatedAt().toString());
        data.put("keptEvents", store.kept(account).stream().map(kept -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("eventId", kept.event().toString());
            item.put("keptAt", kept.keptAt().toString());
            return item;
        }).toList());
        return data;
    }

    @Override
    public void erase(AccountId account) {
        var handle = store.delete(account);
        handle.ifPresent(retired -> store.retire(retired, clock.instant()));
        store.dropAll(account);
        pages.forget(handle);
    }
}
