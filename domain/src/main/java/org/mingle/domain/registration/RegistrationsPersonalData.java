package org.mingle.domain.registration;

import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;
import org.mingle.domain.personaldata.PersonalDataSection;
import org.mingle.domain.shared.AccountId;

/** A person's registrations in the personal-data export; erasure cancels the active ones. */
@Singleton
class RegistrationsPersonalData implements PersonalDataSection {

    private final Registrations registrations;
    private final RegistrationService service;

    RegistrationsPersonalData(Registrations registrations, RegistrationService service) {
        this.registrations = registrations;
        this.service = service;
    }

    @Override
    public String name() {
        return "registrations";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Object export(AccountId account) {
        return registrations.ofAccount(account).stream().map(r -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", r.id().toString());
            item.put("eventId", r.eventId().toString());
            item.put("status", r.status().name());
            item.put("waitlistPosition", r.waitlistPosition());
            item.put("checkInCode", r.checkInCode());
            item.put("registeredAt", r.registeredAt().toString());
            item.put("checkedInAt", r.checkedInAt() == null ? null : r.checkedInAt().toString());
            return item;
        }).toList();
    }

    /** Seats go back to the waitlist; the cancelled rows stay, anonymous, so organizers' counts stay right. */
    @Override
    public void erase(AccountId account) {
        service.cancelAllForErasure(account);
    }
}
