package org.mingle.domain.connections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mingle.domain.shared.FieldError;
import org.mingle.domain.shared.InvalidInputException;

class ConnectionRulesTest {

    private static final PrivateNotes SOME = new PrivateNotes("Met at the bar", List.of("investor"),
            FollowUp.TO_CONTACT, LocalDate.of(2026, 12, 3), Outcome.CLIENT);

    @Test
    void absentFieldsStayEmptyOnesClearAndValuesSet() {
        var patch = new NotesPatch(Optional.of("  Follow up on the pilot\r\nbudget  "), null, Optional.empty(),
                null, Optional.empty());

        var notes = ConnectionRules.apply(SOME, patch);

        assertThat(notes).isEqualTo(new PrivateNotes("Follow up on the pilot\nbudget", List.of("investor"),
                FollowUp.NONE, LocalDate.of(2026, 12, 3), null));
        assertThat(ConnectionRules.apply(SOME, NotesPatch.NOTHING)).isEqualTo(SOME);
    }

    @Test
    void tagsAreTrimmedAndOneTagPerSpellingIgnoringCase() {
        var patch = new NotesPatch(null, Optional.of(List.of(" Climate  tech ", "climate tech", "", "Investor")),
                Optional.of("meeting_booked"), Optional.of("2026-12-24"), Optional.of("job"));

        var notes = ConnectionRules.apply(PrivateNotes.NONE, patch);

        assertThat(notes.tags()).containsExactly("Climate tech", "Investor");
        assertThat(notes.followUp()).isEqualTo(FollowUp.MEETING_BOOKED);
        assertThat(notes.remindAt()).isEqualTo(LocalDate.of(2026, 12, 24));
        assertThat(notes.outcome()).isEqualTo(Outcome.JOB);
    }

    @Test
    void everyRefusedFieldIsNamedAtOnce() {
        var patch = new NotesPatch(Optional.of("x".repeat(2001)),
                Optional.of(Collections.nCopies(1, "t".repeat(41))), Optional.of("LATER"),
                Optional.of("24/12/2026"), Optional.of("LOTTERY"));

        var thrown = catchThrowableOfType(() -> ConnectionRules.apply(PrivateNotes.NONE, patch),
                InvalidInputException.class);

        assertThat(thrown.errors()).extracting(FieldError::field)
                .containsExactlyInAnyOrder("note", "tags", "followUp", "remindAt", "outcome");
        assertThat(thrown.errors()).contains(new FieldError("followUp",
                "must be one of NONE, TO_CONTACT, CONTACTED, MEETING_BOOKED, DONE"));
    }

    @Test
    void tooManyTagsOrControlCharactersOrFarDatesAreRefused() {
        var many = java.util.stream.IntStream.range(0, 21).mapToObj(i -> "tag" + i).toList();
        var thrown = catchThrowableOfType(() -> ConnectionRules.apply(PrivateNotes.NONE, new NotesPatch(
                Optional.of("bell\u0007"), Optional.of(many), null, Optional.of("2200-01-01"), null)),
                InvalidInputException.class);

        assertThat(thrown.errors()).containsExactlyInAnyOrder(
                new FieldError("note", "must not contain control characters"),
                new FieldError("tags", "at most 20 tags"),
                new FieldError("remindAt", "must be between 2000-01-01 and 2100-12-31"));
    }

    @Test
    void aFollowUpIsDueFromItsReminderUntilItIsDone() {
        var today = LocalDate.of(2026, 12, 3);

        assertThat(SOME.dueOn(today)).isTrue();
        assertThat(SOME.dueOn(today.minusDays(1))).isFalse();
        assertThat(new PrivateNotes(null, List.of(), FollowUp.DONE, today, null).dueOn(today)).isFalse();
        assertThat(PrivateNotes.NONE.dueOn(today)).isFalse();
    }

    @Test
    void connectCodesReadAsTypedAndRandomOnesAreValid() {
        assertThat(ConnectCode.parse(" 7k3m-q9ox ")).contains(new ConnectCode("7K3MQ90X"));
        assertThat(ConnectCode.parse("il000000")).contains(new ConnectCode("11000000"));
        assertThat(ConnectCode.parse("7K3MQ9U0")).as("U is not in the alphabet").isEmpty();
        assertThat(ConnectCode.parse("SHORT")).isEmpty();
        assertThat(ConnectCode.parse(null)).isEmpty();
        for (int i = 0; i < 100; i++) {
            var code = ConnectCode.random();
            assertThat(ConnectCode.parse(code.value())).contains(code);
        }
    }
}
