package org.mingle.domain.connections;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mingle.domain.profiles.Interest;
import org.mingle.domain.profiles.ProfileView;
import org.mingle.domain.profiles.Relationship;
import org.mingle.domain.shared.AccountId;

class VCardsTest {

    private static final AccountId ANA = new AccountId(UUID.fromString("6f1c1d2e-0000-4000-8000-000000000001"));

    @Test
    void aCardHoldsTheVisibleFieldsEscaped() {
        var view = new ProfileView(ANA, "Ana Ribeiro", Relationship.CONNECTION, "Founder; grid, storage",
                "Line one\nline two", "Gridwell", "Energy", null, List.of(Interest.of("Batteries"),
                Interest.of("Climate tech")), Set.of(), Set.of(), List.of("https://example.com/ana"));

        var card = VCards.card(view);

        assertThat(card).isEqualTo("BEGIN:VCARD\r\nVERSION:4.0\r\nKIND:individual\r\n"
                + "UID:urn:uuid:6f1c1d2e-0000-4000-8000-000000000001\r\nFN:Ana Ribeiro\r\n"
                + "TITLE:Founder\\; grid\\, storage\r\nORG:Gridwell\r\nCATEGORIES:Batteries,Climate tech\r\n"
                + "NOTE:Line one\\nline two\r\nURL:https://example.com/ana\r\nEND:VCARD\r\n");
    }

    @Test
    void hiddenFieldsAreLeftOut() {
        var view = new ProfileView(ANA, "Ana Ribeiro", Relationship.FELLOW_ATTENDEE, "Founder", null, null, null,
                null, null, null, null, null);

        var card = VCards.card(view);

        assertThat(card).contains("FN:Ana Ribeiro", "TITLE:Founder")
                .doesNotContain("ORG", "NOTE", "URL", "CATEGORIES");
    }

    @Test
    void longLinesAreFoldedAtSeventyFiveOctetsWithoutSplittingCharacters() {
        var view = new ProfileView(ANA, "Ana", Relationship.CONNECTION, "é".repeat(100), null, null, null, null,
                null, null, null, null);

        var lines = VCards.card(view).split("\r\n");

        assertThat(lines).allSatisfy(line -> assertThat(line.getBytes(StandardCharsets.UTF_8).length)
                .isLessThanOrEqualTo(75));
        var title = new StringBuilder();
        for (String line : lines) {
            if (line.startsWith("TITLE:")) {
                title.append(line);
            } else if (line.startsWith(" ") && title.length() > 0) {
                title.append(line.substring(1));
            }
        }
        assertThat(title.toString()).isEqualTo("TITLE:" + "é".repeat(100));
    }
}
