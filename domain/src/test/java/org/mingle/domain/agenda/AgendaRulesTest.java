package org.mingle.domain.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mingle.domain.events.EventId;
import org.mingle.domain.shared.FieldError;
import org.mingle.domain.shared.InvalidInputException;

class AgendaRulesTest {

    private static final Instant START = Instant.parse("2026-12-10T17:00:00Z");
    private static final Instant END = START.plus(Duration.ofHours(4));

    @Test
    void aTalkWithinTheEventPassesTrimmedAndWithoutRepeatedSpeakers() {
        var speaker = UUID.randomUUID().toString();
        var checked = AgendaRules.validate(new TalkInput("  Grid storage  ", " Why batteries. ", START,
                START.plusSeconds(1800), " Hall A ", List.of(speaker, " " + speaker + " "),
                List.of("Greta Guest", "Greta Guest ")), START, END);

        assertThat(checked.title()).isEqualTo("Grid storage");
        assertThat(checked.abstractText()).isEqualTo("Why batteries.");
        assertThat(checked.room()).isEqualTo("Hall A");
        assertThat(checked.accounts()).hasSize(1);
        assertThat(checked.guests()).containsExactly("Greta Guest");
    }

    @Test
    void everyRefusedFieldIsNamedAtOnce() {
        var input = new TalkInput(" ", "x".repeat(AgendaRules.ABSTRACT_MAX + 1), START.minusSeconds(60),
                END.plusSeconds(60), "Room\u0007", List.of("not-an-id"), List.of(""));

        assertThat(errorsOf(input)).extracting(FieldError::field)
                .containsExactlyInAnyOrder("title", "abstract", "room", "startsAt", "endsAt", "speakerIds",
                        "guestSpeakers");
    }

    @Test
    void aTalkEndsAfterItStartsAndBothTimesAreRequired() {
        assertThat(errorsOf(new TalkInput("Talk", null, START.plusSeconds(600), START.plusSeconds(600), null,
                null, null))).containsExactly(new FieldError("endsAt", "must be after startsAt"));
        assertThat(errorsOf(new TalkInput("Talk", null, null, null, null, null, null)))
                .extracting(FieldError::field).containsExactly("startsAt", "endsAt");
    }

    @Test
    void aTalkMayFillTheEventExactly() {
        var checked = AgendaRules.validate(new TalkInput("Keynote", null, START, END, null, null, null), START, END);

        assertThat(checked.startsAt()).isEqualTo(START);
        assertThat(checked.endsAt()).isEqualTo(END);
    }

    @Test
    void aTalkHasAtMostTenSpeakers() {
        var accounts = Collections.nCopies(6, 0).stream().map(i -> UUID.randomUUID().toString()).toList();
        var guests = List.of("A", "B", "C", "D", "E");

        assertThat(errorsOf(new TalkInput("Panel", null, START, END, null, accounts, guests)))
                .extracting(FieldError::field).containsExactly("speakerIds");
        assertThat(AgendaRules.validate(new TalkInput("Panel", null, START, END, null, accounts,
                guests.subList(0, 4)), START, END).guests()).hasSize(4);
    }

    @Test
    void oneRoomHoldsOneTalkAtATimeWhateverTheCaseOfItsName() {
        var event = new EventId(UUID.randomUUID());
        var existing = new Talk(TalkId.newId(), event, "Opening", "", START, START.plusSeconds(1800), "Hall A",
                List.of());
        var agenda = List.of(existing);

        assertThat(AgendaRules.roomTaken(agenda, Optional.empty(), " hall a", START.plusSeconds(1200),
                START.plusSeconds(2400))).contains(existing);
        // Touching ends do not overlap; another room, no room, and the talk itself never clash.
        assertThat(AgendaRules.roomTaken(agenda, Optional.empty(), "Hall A", START.plusSeconds(1800),
                START.plusSeconds(3600))).isEmpty();
        assertThat(AgendaRules.roomTaken(agenda, Optional.empty(), "Hall B", START, END)).isEmpty();
        assertThat(AgendaRules.roomTaken(agenda, Optional.empty(), "", START, END)).isEmpty();
        assertThat(AgendaRules.roomTaken(agenda, Optional.of(existing.id()), "Hall A", START, END)).isEmpty();
    }

    private static List<FieldError> errorsOf(TalkInput input) {
        try {
            AgendaRules.validate(input, START, END);
        } catch (InvalidInputException refused) {
            return refused.errors();
        }
        throw new AssertionError("the talk was accepted");
    }
}
