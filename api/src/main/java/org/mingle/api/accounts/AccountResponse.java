package org.mingle.api.accounts;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import org.mingle.domain.accounts.Account;

/** An account as its owner sees it. */
@Serdeable.Serializable
@Schema(name = "Account", requiredProperties = {"id", "email", "displayName", "administrator"})
public record AccountResponse(
        @Schema(format = "uuid") String id,
        @Schema(format = "email", example = "ada@example.com") String email,
        @Schema(example = "Ada Lovelace") String displayName,
        @Schema(description = "whether the account administers the platform (named by MINGLE_ADMIN_EMAILS): it "
                + "may read reports and unlist events") boolean administrator) {

    static AccountResponse of(Account account, boolean administrator) {
        return new AccountResponse(account.id().toString(), account.email().value(), account.displayName(),
                administrator);
    }
}
