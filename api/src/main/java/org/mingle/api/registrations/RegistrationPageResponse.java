package org.mingle.api.registrations;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.mingle.domain.registration.Registration;
import org.mingle.domain.shared.PageRequest;

/** One page of the caller's own registrations. */
@Serdeable.Serializable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "RegistrationPage")
public record RegistrationPageResponse(List<RegistrationResponse> items, int page, int size, long total) {

    static RegistrationPageResponse of(List<Registration> registrations, PageRequest request) {
        var items = registrations.stream().skip(request.offset()).limit(request.size())
                .map(RegistrationResponse::own).toList();
        return new RegistrationPageResponse(items, request.page(), request.size(), registrations.size());
    }
}
