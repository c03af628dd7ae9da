package org.mingle.domain.accounts;

import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;
import org.mingle.domain.audit.AuditLog;
import org.mingle.domain.personaldata.PersonalDataSection;
import org.mingle.domain.shared.AccountId;

/** The account itself and its security log, in the personal-data export. */
@Singleton
class AccountPersonalData implements PersonalDataSection {

    private final AccountRowRepository accounts;
    private final AuditLog audit;
    private final PasswordResets passwordResets;

    AccountPersonalData(AccountRowRepository accounts, AuditLog audit, PasswordResets passwordResets) {
        this.accounts = accounts;
        this.audit = audit;
        this.passwordResets = passwordResets;
    }

    @Override
    public String name() {
        return "account";
    }

    @Override
    public int order() {
        return 0;
    }

    @Override
    public Object export(AccountId account) {
        var row = accounts.findById(account.value()).orElseThrow(AccountNotFoundException::new);
        var data = new LinkedHashMap<String, Object>();
        data.put("id", row.id().toString());
        data.put("email", row.email());
        data.put("displayName", row.displayName());
        data.put("createdAt", row.createdAt().toString());
        data.put("language", row.language());
        data.put("securityLog", audit.about(account).stream().map(entry -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("occurredAt", entry.occurredAt().toString());
            item.put("kind", entry.kind().name());
            item.put("clientAddress", entry.clientAddress());
            return item;
        }).toList());
        return data;
    }

    @Override
    public void erase(AccountId account) {
        // The row itself is anonymised by AccountService.erase, after every other section.
        passwordResets.deleteAllOf(account);
    }
}
