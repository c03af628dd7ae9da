package org.mingle.domain.connections;

import java.util.List;
import java.util.Optional;

/**
 * A change to one's private notes on a connection, as typed. Each field is three-way: {@code null} leaves it as it is,
 * an empty {@code Optional} clears it, a value sets it. {@link ConnectionRules} validates the values.
 */
@SuppressWarnings("OptionalUsedAsFieldOrParameterType")
public record NotesPatch(Optional<String> note, Optional<List<String>> tags, Optional<String> followUp,
                         Optional<String> remindAt, Optional<String> outcome) {

    /** Nothing changes. */
    public static final NotesPatch NOTHING = new NotesPatch(null, null, null, null, null);
}
