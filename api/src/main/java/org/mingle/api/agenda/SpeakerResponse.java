package org.mingle.api.agenda;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import org.mingle.domain.agenda.Speaker;

/** Someone who speaks in a talk: an account (whose profile shows what its owner lets the caller see) or a guest. */
@Serdeable.Serializable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "Speaker")
public record SpeakerResponse(
        @Schema(format = "uuid", nullable = true, description = "the speaker's account; null for a guest")
        @Nullable String accountId,
        String name,
        boolean guest) {

    static SpeakerResponse of(Speaker speaker) {
        return new SpeakerResponse(speaker.account().map(Object::toString).orElse(null), speaker.name(),
                speaker.isGuest());
    }
}
