package org.mingle.domain.events;

import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;
import org.mingle.domain.personaldata.PersonalDataSection;
import org.mingle.domain.shared.AccountId;

/** The events a person organizes or staffs, in the personal-data export. */
@Singleton
class EventsPersonalData implements PersonalDataSection {

    private final Events events;
    private final EventTeam team;

    EventsPersonalData(Events events, EventTeam team) {
        this.events = events;
        this.team = team;
    }

    @Override
    public String name() {
        return "organizedEvents";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Object export(AccountId account) {
        return events.findOrganizedBy(account).stream().map(event -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("eventId", event.id().toString());
            item.put("title", event.title());
            item.put("role", team.roleOf(event.id(), account).map(Enum::name).orElse(null));
            item.put("status", event.status().name());
            return item;
        }).toList();
    }

    /** Team roles end with the account; events it owns stay for their attendees, under an anonymous owner. */
    @Override
    public void erase(AccountId account) {
        team.removeEverywhere(account);
    }
}
