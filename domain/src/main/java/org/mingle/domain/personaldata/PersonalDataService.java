package org.mingle.domain.personaldata;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mingle.domain.shared.AccountId;

/** Everything Mingle holds about a person, gathered from every feature's {@link PersonalDataSection}. */
@Singleton
public class PersonalDataService {

    private final List<PersonalDataSection> sections;

    PersonalDataService(List<PersonalDataSection> sections) {
        this.sections = sections.stream()
                .sorted(Comparator.comparingInt(PersonalDataSection::order).thenComparing(PersonalDataSection::name))
                .toList();
    }

    /** The export of the account itself: callers pass the signed-in account, never another one. */
    @ReadOnly
    public Map<String, Object> export(AccountId account) {
        var export = new LinkedHashMap<String, Object>();
        for (var section : sections) {
            export.put(section.name(), section.export(account));
        }
        return export;
    }

    /** Erases every section; runs inside the caller's transaction. */
    public void eraseAll(AccountId account) {
        for (var section : sections) {
            section.erase(account);
        }
    }

    public List<String> sectionNames() {
        return sections.stream().map(PersonalDataSection::name).toList();
    }
}
