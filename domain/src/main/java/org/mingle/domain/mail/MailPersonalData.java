package org.mingle.domain.mail;

import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;
import org.mingle.domain.personaldata.PersonalDataSection;
import org.mingle.domain.shared.AccountId;

/** The mail Mingle sent or still holds for a person; erasure deletes it, queued mail included, so none goes out. */
@Singleton
class MailPersonalData implements PersonalDataSection {

    private final JdbcOutbox outbox;

    MailPersonalData(JdbcOutbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public String name() {
        return "mail";
    }

    @Override
    public int order() {
        return 90;
    }

    @Override
    public Object export(AccountId account) {
        return outbox.to(account).stream().map(mail -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("to", mail.recipient());
            item.put("subject", mail.subject());
            item.put("state", mail.state().name());
            item.put("queuedAt", mail.createdAt().toString());
            mail.sentAt().ifPresent(sent -> item.put("sentAt", sent.toString()));
            mail.lastError().ifPresent(error -> item.put("lastError", error));
            item.put("text", mail.text());
            mail.attachment().ifPresent(file -> item.put("attachment", file.filename()));
            return item;
        }).toList();
    }

    @Override
    public void erase(AccountId account) {
        outbox.deleteAllTo(account);
    }
}
