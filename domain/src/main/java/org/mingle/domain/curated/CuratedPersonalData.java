package org.mingle.domain.curated;

import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;
import org.mingle.domain.personaldata.PersonalDataSection;
import org.mingle.domain.shared.AccountId;

/**
 * A person's own "must meet" and "no thanks" marks, in the personal-data export (marks about them are other people's
 * and private). Erasure removes the marks by them and about them, and what generated schedules say about them.
 */
@Singleton
class CuratedPersonalData implements PersonalDataSection {

    private final Marks marks;
    private final CuratedDrafts drafts;

    CuratedPersonalData(Marks marks, CuratedDrafts drafts) {
        this.marks = marks;
        this.drafts = drafts;
    }

    @Override
    public String name() {
        return "meetingMarks";
    }

    @Override
    public int order() {
        return 36;
    }

    @Override
    public Object export(AccountId account) {
        return marks.byAccount(account).stream().map(mark -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("eventId", mark.event().toString());
            item.put("accountId", mark.to().toString());
            item.put("mark", mark.kind().name());
            item.put("markedAt", mark.markedAt().toString());
            return item;
        }).toList();
    }

    @Override
    public void erase(AccountId account) {
        marks.eraseBy(account);
        drafts.erase(account);
    }
}
