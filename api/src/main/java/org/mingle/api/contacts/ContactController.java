package org.mingle.api.contacts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.mingle.api.accounts.AccountIds;
import org.mingle.api.accounts.CurrentAccount;
import org.mingle.api.accounts.TakesToken;
import org.mingle.api.problems.BodyProblems;
import org.mingle.api.problems.Problem;
import org.mingle.api.problems.Problems;
import org.mingle.api.requests.JsonBodies;
import org.mingle.domain.contacts.ContactService;
import org.mingle.domain.contacts.KeepInTouchEvery;
import org.mingle.domain.shared.InvalidInputException;

/** The caller's page of one contact across events, and keeping in touch with them (decision 48). */
@Controller("/api/me/contacts/{accountId}")
@Tag(name = "Contacts")
@TakesToken
class ContactController {

    private final ContactService contacts;
    private final CurrentAccount currentAccount;
    private final JsonBodies bodies;

    ContactController(ContactService contacts, CurrentAccount currentAccount, JsonBodies bodies) {
        this.contacts = contacts;
        this.currentAccount = currentAccount;
        this.bodies = bodies;
    }

    @Get
    @Operation(operationId = "getMyContact", summary = "One contact's timeline across events",
            description = """
                    Everything the caller shares with a person across events, newest first, the caller's \
                    keep-in-touch setting, and the events ahead where both are confirmed. Only for someone the \
                    caller keeps a connection with or met in a one-to-one meeting; anyone else answers 404, as \
                    does a person blocked either way. The person is shown as far as their profile's visibility \
                    lets the caller see them.""")
    @ApiResponse(responseCode = "200", description = "The contact",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ContactResponse.class)))
    @ApiResponse(responseCode = "400", description = "A malformed request",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "No such person among the caller's contacts",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    HttpResponse<ContactResponse> get(@PathVariable String accountId, HttpRequest<?> request) {
        var account = currentAccount.require(request);
        return HttpResponse.ok(ContactResponse.of(contacts.contact(account, AccountIds.fromPath(accountId))))
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    @Put("/keep-in-touch")
    @BodyProblems
    @Operation(operationId = "keepInTouchWithContact", summary = "Keep in touch with a contact every 30, 90 or 180 days",
            description = """
                    Sets how often the caller wants to be in touch with the contact, or turns it off with \
                    `{"every": null}`. When the period has passed since the last shared moment (or the last \
                    reminder), the caller gets a `KEEP_IN_TOUCH` notification with what the two talked about last. \
                    Repeating the same setting is harmless.""")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = KeepInTouchRequest.class)))
    @ApiResponse(responseCode = "200", description = "The contact, with the setting",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ContactResponse.class)))
    @ApiResponse(responseCode = "400", description = "A malformed body, or `every` not one of P30D, P90D, P180D, null",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "No such person among the caller's contacts",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    HttpResponse<ContactResponse> keepInTouch(@PathVariable String accountId, @Body @Nullable String body,
                                              HttpRequest<?> request) {
        var account = currentAccount.require(request);
        var fields = bodies.fields(body);
        bodies.requireText(fields, List.of("every"), List.of());
        if (!fields.containsKey("every")) {
            throw InvalidInputException.of("every", "is required: " + choices() + " or null");
        }
        var change = bodies.read(body, KeepInTouchRequest.class);
        KeepInTouchEvery every = change.every() == null ? null : KeepInTouchEvery.parse(change.every())
                .orElseThrow(() -> InvalidInputException.of("every", "must be " + choices() + " or null"));
        var contact = contacts.keepInTouch(account, AccountIds.fromPath(accountId), every);
        return HttpResponse.ok(ContactResponse.of(contact)).header(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    private static String choices() {
        return Arrays.stream(KeepInTouchEvery.values()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
