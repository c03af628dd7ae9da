package org.mingle.domain.moderation;

import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;
import org.mingle.domain.personaldata.PersonalDataSection;
import org.mingle.domain.shared.AccountId;

/**
 * The reports a person filed, in the personal-data export. Erasure forgets who filed (and resolved) reports and what
 * an erased reporter wrote; the reports stay, so administrators still see how often something was reported.
 */
@Singleton
class ModerationPersonalData implements PersonalDataSection {

    private final JdbcContentReports reports;

    ModerationPersonalData(JdbcContentReports reports) {
        this.reports = reports;
    }

    @Override
    public String name() {
        return "contentReports";
    }

    @Override
    public int order() {
        return 90;
    }

    @Override
    public Object export(AccountId account) {
        return reports.filedBy(account).stream().map(report -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", report.id().toString());
            item.put("subjectKind", report.subjectKind().name());
            item.put("subjectId", report.subjectId().toString());
            item.put("reason", report.reason().name());
            item.put("details", report.details());
            item.put("status", report.status().name());
            item.put("filedAt", report.createdAt().toString());
            return item;
        }).toList();
    }

    @Override
    public void erase(AccountId account) {
        reports.forget(account);
    }
}
