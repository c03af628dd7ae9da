package org.mingle.api.connections;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.mingle.domain.connections.ConnectionSource;
import org.mingle.domain.shared.AccountId;
import org.mingle.domain.shared.FieldError;
import org.mingle.domain.shared.InvalidInputException;

/**
 * The body of {@code POST /api/events/{id}/connections}: whom the caller met, by the connect code they showed or by
 * their account id (with how the caller found them). Exactly one of the two. Unknown fields are refused (400).
 */
@Serdeable.Deserializable
@JsonIgnoreProperties(ignoreUnknown = false)
@Schema(name = "RecordConnectionRequest", description = """
        Exactly one of `code` (the connect code the other person showed) and `accountId` (for "We met" on a \
        meeting or a round, or someone found in the attendee list; `source` says which).""")
public record RecordConnectionRequest(
        @Schema(example = "7K3M-9QXA", description = """
                the other person's connect code; case, spaces and dashes do not matter, and O, I and L read as 0, 1 \
                and 1""")
        @Nullable String code,
        @Schema(format = "uuid", description = "the other person's account id") @Nullable String accountId,
        @Schema(allowableValues = {"MEETING", "ROUND", "SEARCH"}, defaultValue = "SEARCH",
                description = "with accountId only: where the caller found the person")
        @Nullable String source) {

    /** The fields of the body, all text, which {@code JsonBodies#requireText} checks as sent. */
    static final List<String> TEXT_FIELDS = List.of("code", "accountId", "source");

    /** Sources a client may name; CODE is implied by sending a code. */
    static final List<ConnectionSource> NAMED_SOURCES = List.of(ConnectionSource.MEETING, ConnectionSource.ROUND,
            ConnectionSource.SEARCH);

    /** Whom to connect with, checked: exactly one of code and accountId, a well-formed id and source. */
    Target target() {
        boolean byCode = code != null && !code.isBlank();
        boolean byAccount = accountId != null && !accountId.isBlank();
        List<FieldError> errors = new ArrayList<>();
        if (byCode && byAccount) {
            errors.add(new FieldError("accountId", "must not be sent together with code: send one of the two"));
        } else if (!byCode && !byAccount) {
            errors.add(new FieldError("code", "is required, unless accountId is sent"));
        }
        if (byCode && source != null) {
            errors.add(new FieldError("source", "is only for accountId: a code is its own source"));
        }
        AccountId other = null;
        if (byAccount) {
            try {
                other = new AccountId(UUID.fromString(accountId.strip()));
            } catch (IllegalArgumentException notAnId) {
                errors.add(new FieldError("accountId", "must be an account id (a UUID)"));
            }
        }
        ConnectionSource chosen = byAccount ? source(errors) : ConnectionSource.CODE;
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return byCode ? new Target(code, null, ConnectionSource.CODE) : new Target(null, other, chosen);
    }

    private ConnectionSource source(List<FieldError> errors) {
        if (source == null) {
            return ConnectionSource.SEARCH;
        }
        String name = source.strip().toUpperCase(Locale.ROOT);
        return NAMED_SOURCES.stream().filter(value -> value.name().equals(name)).findFirst().orElseGet(() -> {
            errors.add(new FieldError("source", "must be one of "
                    + String.join(", ", NAMED_SOURCES.stream().map(Enum::name).toList())));
            return null;
        });
    }

    /** Either a code, or an account with the source. */
    record Target(String code, AccountId account, ConnectionSource source) {
    }
}
