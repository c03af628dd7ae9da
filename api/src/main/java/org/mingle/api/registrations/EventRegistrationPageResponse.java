package org.mingle.api.registrations;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.mingle.domain.registration.Registration;
import org.mingle.domain.shared.Page;

/** One page of an event's registrations, with the total number that match the filter. */
@Serdeable.Serializable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "EventRegistrationPage")
public record EventRegistrationPageResponse(List<EventRegistrationResponse> items, int page, int size, long total) {

    static EventRegistrationPageResponse of(Page<Registration> page) {
        return new EventRegistrationPageResponse(page.items().stream().map(EventRegistrationResponse::of).toList(),
                page.page(), page.size(), page.total());
    }
}
