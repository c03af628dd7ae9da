package org.mingle.domain.publicprofiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mingle.domain.shared.AccountId;

class PageChangeTest {

    @Test
    void changesTravelAsFewPayloadsUnder8000BytesAndComeBackAsSent() {
        var changes = new ArrayList<PageChange>();
        for (int i = 0; i < 200; i++) {
            changes.add(PageChange.account(new AccountId(UUID.randomUUID())));
            changes.add(PageChange.handle("handle-" + "x".repeat(20) + i));
        }

        var payloads = PageChange.payloads(changes);

        assertThat(payloads).hasSize(3).allSatisfy(payload -> assertThat(payload.length()).isLessThan(8000));
        assertThat(payloads.stream().flatMap(payload -> PageChange.parse(payload).stream()).toList())
                .isEqualTo(changes);
    }

    @Test
    void partsThatAreNotChangesAreLeftOut() {
        assertThat(PageChange.parse("a:not-a-uuid x:grace h: h:grace")).containsExactly(PageChange.handle("grace"));
    }

    @Test
    void noChangesNoPayload() {
        assertThat(PageChange.payloads(List.of())).isEmpty();
    }
}
