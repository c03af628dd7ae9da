package org.mingle.domain.contacts;

import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;
import org.mingle.domain.personaldata.PersonalDataSection;
import org.mingle.domain.shared.AccountId;

/**
 * A person's keep-in-touch settings, in the personal-data export. Erasure deletes them, and everyone's settings about
 * the person: nobody is reminded to contact someone who left.
 */
@Singleton
class ContactsPersonalData implements PersonalDataSection {

    private final KeepInTouchSettings settings;

    ContactsPersonalData(KeepInTouchSettings settings) {
        this.settings = settings;
    }

    @Override
    public String name() {
        return "keepInTouch";
    }

    @Override
    public int order() {
        return 46;
    }

    @Override
    public Object export(AccountId account) {
        return settings.ofOwner(account).stream().map(setting -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("contactAccountId", setting.contact().toString());
            item.put("every", setting.every().name());
            item.put("setAt", setting.setAt().toString());
            item.put("dueAt", setting.dueAt().toString());
            item.put("noticedAt", setting.noticedAt() == null ? null : setting.noticedAt().toString());
            return item;
        }).toList();
    }

    @Override
    public void erase(AccountId account) {
        settings.forget(account);
    }
}
