package org.mingle.api.accounts;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import org.mingle.domain.accounts.Account;

/** An account as its owner sees it. */
@Serdeable.Serializable
@Schema(name = "Account", requiredProperties = {"id", "email", "displayName"})
public record AccountResponse(
        @Schema(format = "uuid") String id,
        @Schema(format = "email", example = "ada@example.com") String email,
        @Schema(example = "Ada Lovelace") String displayName) {

    static AccountResponse of(Account account) {
        return new AccountResponse(account.id().toString(), account.email().value(), account.displayName());
    }
}
