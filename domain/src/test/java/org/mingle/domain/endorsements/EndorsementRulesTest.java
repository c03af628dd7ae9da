package org.mingle.domain.endorsements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mingle.domain.events.EventId;
import org.mingle.domain.profiles.Interest;
import org.mingle.domain.shared.AccountId;
import org.mingle.domain.shared.InvalidInputException;

class EndorsementRulesTest {

    private static int counter;

    private static final List<Interest> THEIRS = interests("Battery storage", "Grid", "Clímate Tech", "Policy");

    @Test
    void topicsMatchTheirInterestsAsInterestsCompareAndKeepTheirSpelling() {
        var checked = EndorsementRules.validate(List.of(" battery STORAGE ", "climate tech"), "  Knows her cells. ",
                THEIRS);

        assertThat(checked.topics()).containsExactly("Battery storage", "Clímate Tech");
        assertThat(checked.note()).isEqualTo("Knows her cells.");
        assertThat(EndorsementRules.validate(List.of("Grid"), null, THEIRS).note()).isEmpty();
    }

    @Test
    void oneToThreeTopicsNoRepeatsOnlyTheirsAndAShortNote() {
        assertThat(errors(List.of(), "")).containsExactly("topics: choose at least one of their interests");
        assertThat(errors(null, "")).containsExactly("topics: choose at least one of their interests");
        assertThat(errors(List.of("Grid", "Policy", "Battery storage", "Clímate Tech"), ""))
                .containsExactly("topics: choose at most 3 of their interests");
        assertThat(errors(List.of("Grid", "grid"), "")).containsExactly("topics: must not repeat a topic");
        assertThat(errors(List.of("Grid", "Knitting"), "")).containsExactly(
                "topics: must be among their interests: Battery storage, Grid, Clímate Tech, Policy");
        assertThat(errors(List.of("Grid"), "x".repeat(EndorsementRules.NOTE_MAX + 1)))
                .containsExactly("note: must be at most 280 characters");
        assertThat(errors(List.of("Grid"), "x".repeat(EndorsementRules.NOTE_MAX))).isEmpty();
        assertThat(errors(List.of("Grid"), "bell \u0007")).hasSize(1).allMatch(e -> e.startsWith("note: "));
    }

    @Test
    void interestsHiddenFromTheEndorserCannotBeEndorsed() {
        assertThatThrownBy(() -> EndorsementRules.validate(List.of("Grid"), "", null))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.errors())
                        .extracting(e -> e.field() + ": " + e.message())
                        .containsExactly("topics: they show you no interests to endorse"));
    }

    @Test
    void approvedEndorsementsCountDifferentPeopleAndEventsPerTopic() {
        var ana = person();
        var ben = person();
        var cy = person();
        var summit = event();
        var meetup = event();
        var endorsements = List.of(
                approved(ana, summit, "Battery storage", "Grid"),
                approved(ben, summit, "battery storage"),
                approved(ben, meetup, "Battery Storage"),
                approved(cy, meetup, "Policy"),
                endorsement(cy, summit, EndorsementStatus.PENDING, "Grid"),
                endorsement(cy, meetup, EndorsementStatus.HIDDEN, "Battery storage"));

        assertThat(EndorsementRules.perTopic(endorsements)).containsExactly(
                new TopicEndorsement("Battery storage", 2, 2),
                new TopicEndorsement("Grid", 1, 1),
                new TopicEndorsement("Policy", 1, 1));
        assertThat(EndorsementRules.perTopic(List.of())).isEmpty();
    }

    private static List<String> errors(List<String> topics, String note) {
        try {
            EndorsementRules.validate(topics, note, THEIRS);
            return List.of();
        } catch (InvalidInputException invalid) {
            return invalid.errors().stream().map(e -> e.field() + ": " + e.message()).toList();
        }
    }

    private static List<Interest> interests(String... names) {
        return Arrays.stream(names).map(Interest::of).toList();
    }

    private static Endorsement approved(AccountId endorser, EventId event, String... topics) {
        return endorsement(endorser, event, EndorsementStatus.APPROVED, topics);
    }

    private static Endorsement endorsement(AccountId endorser, EventId event, EndorsementStatus status,
                                           String... topics) {
        // Each endorsement made here is a second older than the one before: the first listed is the newest.
        return new Endorsement(EndorsementId.newId(), endorser, Optional.empty(), person(), event, Optional.empty(),
                List.of(topics), "", status, Instant.parse("2026-12-01T18:00:00Z").minusSeconds(counter++),
                Optional.empty());
    }

    private static AccountId person() {
        return new AccountId(UUID.randomUUID());
    }

    private static EventId event() {
        return new EventId(UUID.randomUUID());
    }
}
