package org.mingle.domain.meetings;

import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;
import org.mingle.domain.personaldata.PersonalDataSection;
import org.mingle.domain.shared.AccountId;

/** The people a person blocked, in the personal-data export (not who blocked them); erasure removes blocks both ways. */
@Singleton
class BlocksPersonalData implements PersonalDataSection {

    private final Blocks blocks;

    BlocksPersonalData(Blocks blocks) {
        this.blocks = blocks;
    }

    @Override
    public String name() {
        return "blocks";
    }

    @Override
    public int order() {
        return 35;
    }

    @Override
    public Object export(AccountId account) {
        return blocks.madeBy(account).stream().map(block -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("blockedAccountId", block.blocked().toString());
            item.put("since", block.since().toString());
            return item;
        }).toList();
    }

    @Override
    public void erase(AccountId account) {
        blocks.removeAllOf(account);
    }
}
