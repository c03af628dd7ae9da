package org.mingle.api.accounts;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.mingle.domain.accounts.AccountService;
import org.mingle.domain.moderation.ModerationService;
import org.mingle.domain.personaldata.PersonalDataService;

/** The signed-in caller's own account: read it, export everything Mingle holds about them, erase it. */
@Controller("/api/me")
@Tag(name = "Accounts")
@TakesToken
class MeController {

    static final String EXPORT_FILE_NAME = "mingle-export.json";

    private final AccountService accounts;
    private final PersonalDataService personalData;
    private final CurrentAccount currentAccount;
    private final ClientAddress clientAddress;
    private final ModerationService moderation;

    MeController(AccountService accounts, PersonalDataService personalData, CurrentAccount currentAccount,
                 ClientAddress clientAddress, ModerationService moderation) {
        this.accounts = accounts;
        this.moderation = moderation;
        this.personalData = personalData;
        this.currentAccount = currentAccount;
        this.clientAddress = clientAddress;
    }

    @Get
    @Operation(operationId = "getMe", summary = "The signed-in account")
    @ApiResponse(responseCode = "200", description = "The account",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AccountResponse.class)))
    HttpResponse<AccountResponse> me(HttpRequest<?> request) {
        var account = accounts.get(currentAccount.require(request));
        return HttpResponse.ok(AccountResponse.of(account, moderation.isAdministrator(account.id()))).header("Cache-Control", "no-store");
    }

    @Get("/export")
    @Operation(operationId = "exportMyData", summary = "Export all personal data",
            description = """
                    Everything Mingle holds about the caller, as one JSON object with a section per feature \
                    (`account`, `organizedEvents`, and more as features are added), for download.""")
    @ApiResponse(responseCode = "200", description = "The export",
            headers = @Header(name = "Content-Disposition",
                    description = "attachment; filename=\"" + EXPORT_FILE_NAME + "\""),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = "object", description = "one property per section")))
    HttpResponse<Map<String, Object>> export(HttpRequest<?> request) {
        var export = personalData.export(currentAccount.require(request));
        return HttpResponse.ok(export)
                .contentType(MediaType.APPLICATION_JSON_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + EXPORT_FILE_NAME + "\"")
                .header("Cache-Control", "no-store");
    }

    @Delete
    @Operation(operationId = "eraseMe", summary = "Erase the account",
            description = """
                    Erases the account and its personal data. Its tokens stop working at once, it can no longer log \
                    in, and its email address can sign up again as a new account. Events it owns stay, under an \
                    anonymous owner; organizers' counts stay correct.""")
    @ApiResponse(responseCode = "204", description = "Erased")
    HttpResponse<Void> erase(HttpRequest<?> request) {
        accounts.erase(currentAccount.require(request), clientAddress.of(request));
        return HttpResponse.status(HttpStatus.NO_CONTENT);
    }
}
