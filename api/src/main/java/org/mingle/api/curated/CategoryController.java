package org.mingle.api.curated;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.mingle.api.accounts.CurrentAccount;
import org.mingle.api.accounts.TakesToken;
import org.mingle.api.problems.BodyProblems;
import org.mingle.api.problems.Problem;
import org.mingle.api.problems.ProblemResponses;
import org.mingle.api.problems.Problems;
import org.mingle.api.requests.JsonBodies;
import org.mingle.api.requests.MalformedFieldsException;
import org.mingle.domain.curated.CategoryService;
import org.mingle.domain.events.EventId;
import org.mingle.domain.registration.RegistrationId;
import org.mingle.domain.shared.FieldError;

/**
 * An event's attendee categories and who may meet whom (decision 54): organizers define them and put registrants into
 * them; whoever may see the event reads them. Meeting requests between categories that may not meet answer 422
 * ({@code urn:mingle:problem:meeting-rule}), and recommendations leave such pairs out.
 */
@Controller("/api/events/{id}")
@Tag(name = "Categories")
@TakesToken
@ApiResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
@ApiResponse(responseCode = "404", description = "No such event or registration, or not visible to the caller",
        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
class CategoryController {

    private final CategoryService categories;
    private final CurrentAccount currentAccount;
    private final JsonBodies bodies;

    CategoryController(CategoryService categories, CurrentAccount currentAccount, JsonBodies bodies) {
        this.categories = categories;
        this.currentAccount = currentAccount;
        this.bodies = bodies;
    }

    @Get("/categories")
    @Operation(operationId = "getCategories", summary = "The event's attendee categories and who may meet whom",
            description = """
                    The categories in the organizers' order and the pairs of categories whose people may meet. An \
                    event without categories lets everyone meet anyone; people without a category may meet anyone. \
                    For whoever may see the event: anyone for published events, the team for drafts, members for a \
                    private group's events; others get 404. The token is optional here.""")
    @ApiResponse(responseCode = "200", description = "The categories and rules",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CategoriesResponse.class)))
    HttpResponse<CategoriesResponse> get(@PathVariable String id, HttpRequest<?> request) {
        var found = categories.categories(currentAccount.find(request), EventId.fromString(id));
        return HttpResponse.ok(CategoriesResponse.of(found)).header(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    @Put("/categories")
    @BodyProblems
    @Operation(operationId = "replaceCategories", summary = "Set the event's attendee categories and rules",
            description = """
                    Replaces the categories and rules with the body's. Categories that keep their key keep their \
                    people (a new name is fine); the people of a category left out have none from now on. Requests \
                    and recommendations follow at once. Only the event's OWNER and CO_ORGANIZERs.""")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CategoriesRequest.class)))
    @ApiResponse(responseCode = "200", description = "The categories and rules as stored",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CategoriesResponse.class)))
    @ApiResponse(responseCode = "400", description = """
            A missing or invalid field, each named (such as `categories[1].key` or `rules[0].to`): at most 20 \
            categories, keys of 1 to 30 lower-case letters, digits or hyphens and unique, names of 1 to 60 \
            characters and unique, rules only between the listed keys; an unknown field or a body that is not JSON""",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", ref = ProblemResponses.NOT_ORGANIZER)
    HttpResponse<CategoriesResponse> replace(@PathVariable String id, @Body @Nullable String body,
                                             HttpRequest<?> request) {
        var account = currentAccount.require(request);
        var eventId = EventId.fromString(id);
        requireTextInItems(bodies.fields(body));
        var wanted = bodies.read(body, CategoriesRequest.class);
        var stored = categories.replace(account, eventId, wanted.toCategories(), wanted.toRules());
        return HttpResponse.ok(CategoriesResponse.of(stored)).header(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    @Put("/registrations/{rid}/category")
    @BodyProblems
    @Operation(operationId = "assignCategory", summary = "Put a registrant into a category",
            description = """
                    Sets the registrant's category at the event, or takes them out of theirs with \
                    `{"category": null}`. Their requests and recommendations follow at once. Only the event's OWNER \
                    and CO_ORGANIZERs.""")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AssignCategoryRequest.class)))
    @ApiResponse(responseCode = "200", description = "The registrant's category now",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CategoryAssignmentResponse.class)))
    @ApiResponse(responseCode = "400", description = """
            `category` is not the key of one of the event's categories; an unknown field or a body that is not \
            JSON""",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", ref = ProblemResponses.NOT_ORGANIZER)
    HttpResponse<CategoryAssignmentResponse> assign(@PathVariable String id, @PathVariable String rid,
                                                    @Body @Nullable String body, HttpRequest<?> request) {
        var account = currentAccount.require(request);
        var eventId = EventId.fromString(id);
        var registration = RegistrationId.fromString(rid);
        bodies.requireText(bodies.fields(body), List.of("category"), List.of());
        var wanted = bodies.read(body, AssignCategoryRequest.class);
        var assignment = categories.assign(account, eventId, registration, wanted.category());
        return HttpResponse.ok(new CategoryAssignmentResponse(assignment.registration().toString(),
                        assignment.account().toString(), assignment.category().map(CategoryResponse::of).orElse(null)))
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    /**
     * Refuses items that are no objects and keys, names and rule ends sent as anything but text (400): the framework
     * would read a number into a text field, and store something other than what the client meant.
     */
    private static void requireTextInItems(Map<String, Object> fields) {
        List<FieldError> errors = new ArrayList<>();
        checkItems(fields.get("categories"), "categories", List.of("key", "name"), errors);
        checkItems(fields.get("rules"), "rules", List.of("from", "to"), errors);
        if (!errors.isEmpty()) {
            throw new MalformedFieldsException(errors);
        }
    }

    private static void checkItems(Object value, String field, List<String> texts, List<FieldError> errors) {
        if (value == null) {
            return;
        }
        if (!(value instanceof List<?> items)) {
            errors.add(new FieldError(field, "must be an array of objects"));
            return;
        }
        for (int i = 0; i < items.size(); i++) {
            if (!(items.get(i) instanceof Map<?, ?> item)) {
                errors.add(new FieldError(field + "[" + i + "]", "must be an object"));
                continue;
            }
            for (String text : texts) {
                Object part = item.get(text);
                if (part != null && !(part instanceof String)) {
                    errors.add(new FieldError(field + "[" + i + "]." + text, "must be a string"));
                }
            }
        }
    }
}
