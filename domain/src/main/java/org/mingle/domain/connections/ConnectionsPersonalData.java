package org.mingle.domain.connections;

import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;
import org.mingle.domain.personaldata.PersonalDataSection;
import org.mingle.domain.shared.AccountId;

/**
 * A person's connect code and network with their own private notes, in the personal-data export; never the other
 * person's notes. Erasure deletes the person's code and entries, and the entries others kept about them; the
 * connections stay, anonymous, so organizers' counts stay right.
 */
@Singleton
class ConnectionsPersonalData implements PersonalDataSection {

    private final Connections connections;

    ConnectionsPersonalData(Connections connections) {
        this.connections = connections;
    }

    @Override
    public String name() {
        return "connections";
    }

    @Override
    public int order() {
        return 45;
    }

    @Override
    public Object export(AccountId account) {
        Map<String, Object> section = new LinkedHashMap<>();
        section.put("connectCode", connections.codeOf(account).map(ConnectCode::value).orElse(null));
        section.put("network", connections.entriesOf(account).stream().map(entry -> {
            var connection = entry.connection();
            var notes = entry.notes();
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", connection.id().toString());
            item.put("eventId", connection.eventId().toString());
            item.put("otherAccountId", connection.otherThan(account).toString());
            item.put("connectedAt", connection.connectedAt().toString());
            item.put("source", connection.source().name());
            item.put("recordedByMe", connection.recordedBy().equals(account));
            item.put("note", notes.note());
            item.put("tags", notes.tags());
            item.put("followUp", notes.followUp().name());
            item.put("remindAt", notes.remindAt() == null ? null : notes.remindAt().toString());
            item.put("outcome", notes.outcome() == null ? null : notes.outcome().name());
            return item;
        }).toList());
        return section;
    }

    @Override
    public void erase(AccountId account) {
        connections.forget(account);
    }
}
