package org.mingle.api.meetings;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.mingle.api.accounts.AccountIds;
import org.mingle.api.accounts.CurrentAccount;
import org.mingle.api.accounts.TakesToken;
import org.mingle.api.problems.Problem;
import org.mingle.api.problems.ProblemResponses;
import org.mingle.api.problems.Problems;
import org.mingle.api.requests.PageNumber;
import org.mingle.api.requests.PageSize;
import org.mingle.domain.meetings.BlockService;
import org.mingle.domain.shared.PageRequest;

/**
 * The caller's block list. A block works both ways and everywhere: the two are never recommended to each other and
 * cannot ask each other to meet. The blocked person is not told.
 */
@Controller("/api/me/blocks")
@Tag(name = "Matching and meetings")
@TakesToken
@ApiResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
class BlockController {

    private final BlockService blocks;
    private final CurrentAccount currentAccount;

    BlockController(BlockService blocks, CurrentAccount currentAccount) {
        this.blocks = blocks;
        this.currentAccount = currentAccount;
    }

    @Get
    @Operation(operationId = "listMyBlocks", summary = "The people the caller blocked", description = "Newest first.")
    @ApiResponse(responseCode = "200", description = "The blocked people",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = BlockPageResponse.class)))
    @ApiResponse(responseCode = "400", description = "Invalid paging",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    HttpResponse<BlockPageResponse> list(
            @PageNumber @QueryValue @Nullable Integer page,
            @PageSize @QueryValue @Nullable Integer size,
            HttpRequest<?> request) {
        var account = currentAccount.require(request);
        var paging = PageRequest.of(page, size);
        return HttpResponse.ok(BlockPageResponse.of(blocks.blocked(account), paging))
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    @Put("/{accountId}")
    @Operation(operationId = "blockPerson", summary = "Block a person",
            description = """
                    Blocking twice is harmless. Pending meeting requests between the two are closed at once; a \
                    match already made stays.""")
    @ApiResponse(responseCode = "204", description = "Blocked")
    @ApiResponse(responseCode = "404", description = "No such person",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "422", description = "The caller tried to block themselves",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    HttpResponse<Void> block(@PathVariable String accountId, HttpRequest<?> request) {
        var account = currentAccount.require(request);
        blocks.block(account, AccountIds.fromPath(accountId));
        return HttpResponse.status(HttpStatus.NO_CONTENT);
    }

    @Delete("/{accountId}")
    @Operation(operationId = "unblockPerson", summary = "Lift a block",
            description = "Lifting a block that does not exist is harmless. Closed requests stay closed.")
    @ApiResponse(responseCode = "204", description = "Not blocked (any more)")
    @ApiResponse(responseCode = "404", description = "The id is no account id",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    HttpResponse<Void> unblock(@PathVariable String accountId, HttpRequest<?> request) {
        var account = currentAccount.require(request);
        blocks.unblock(account, AccountIds.fromPath(accountId));
        return HttpResponse.status(HttpStatus.NO_CONTENT);
    }
}
