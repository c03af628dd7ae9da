package org.mingle.domain.agenda;

import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;
import org.mingle.domain.personaldata.PersonalDataSection;
import org.mingle.domain.shared.AccountId;

/**
 * The talks a person speaks in, whatever their events' state, in the personal-data export. Erasure takes the person
 * off every speaker list; the talks stay on their agendas, with their other speakers or none (decision 47): a talk is
 * the organizers' plan for their event, and attendees who took it into their calendar still find it, but nothing
 * names the erased person, not even as a guest.
 */
@Singleton
class AgendaPersonalData implements PersonalDataSection {

    private final JdbcTalks talks;

    AgendaPersonalData(JdbcTalks talks) {
        this.talks = talks;
    }

    @Override
    public String name() {
        return "talks";
    }

    @Override
    public int order() {
        return 95;
    }

    @Override
    public Object export(AccountId account) {
        return talks.spokenBy(account).stream().map(talk -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", talk.id().toString());
            item.put("eventId", talk.eventId().toString());
            item.put("title", talk.title());
            item.put("startsAt", talk.startsAt().toString());
            item.put("endsAt", talk.endsAt().toString());
            item.put("room", talk.room());
            return item;
        }).toList();
    }

    @Override
    public void erase(AccountId account) {
        talks.removeSpeaker(account);
    }
}
