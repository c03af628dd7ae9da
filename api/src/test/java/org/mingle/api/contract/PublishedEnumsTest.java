package org.mingle.api.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mingle.api.contract.OpenApiDescription.list;
import static org.mingle.api.contract.OpenApiDescription.map;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.mingle.api.events.TeamInvitationState;
import org.mingle.api.meetings.Direction;
import org.mingle.api.meetings.HeldAnswer;
import org.mingle.domain.connections.ConnectionSource;
import org.mingle.domain.connections.FollowUp;
import org.mingle.domain.connections.Outcome;
import org.mingle.domain.contacts.KeepInTouchEvery;
import org.mingle.domain.contacts.TimelineKind;
import org.mingle.domain.curated.CuratedMeeting;
import org.mingle.domain.curated.MarkKind;
import org.mingle.domain.curated.Shortfall;
import org.mingle.domain.endorsements.EndorsementStatus;
import org.mingle.domain.events.EventRole;
import org.mingle.domain.events.EventStatus;
import org.mingle.domain.groups.GroupRole;
import org.mingle.domain.groups.GroupVisibility;
import org.mingle.domain.groups.JoinPolicy;
import org.mingle.domain.groups.MembershipStatus;
import org.mingle.domain.matching.DismissalReason;
import org.mingle.domain.matching.Reason;
import org.mingle.domain.meetings.HeldState;
import org.mingle.domain.meetings.MeetingRequestStatus;
import org.mingle.domain.moderation.ReportReason;
import org.mingle.domain.moderation.ReportStatus;
import org.mingle.domain.moderation.SubjectKind;
import org.mingle.domain.notifications.Audience;
import org.mingle.domain.notifications.NotificationKind;
import org.mingle.domain.profiles.Goal;
import org.mingle.domain.profiles.ProfileField;
import org.mingle.domain.profiles.Relationship;
import org.mingle.domain.profiles.Seniority;
import org.mingle.domain.profiles.Visibility;
import org.mingle.domain.registration.RegistrationStatus;
import org.mingle.domain.rounds.OddCount;
import org.mingle.domain.webhooks.DeliveryState;
import org.mingle.domain.webhooks.WebhookType;

/**
 * The values the published description allows for an enum-valued field are the values of the Java enum behind it. Each
 * enum is one named schema generated from the enum class, and fields refer to it ({@code @Schema(allOf = Goal.class)},
 * or {@code implementation} for array items and parameters), so a value added to an enum is published with it. A list
 * of values written next to a field would not follow the enum: every list in place is a finding, except the few below
 * that are deliberately a part of an enum or have no enum behind them.
 *
 * <p>Reads the description the build generates, which {@code GET /api/openapi.yml} serves as it is.
 */
class PublishedEnumsTest {

    /** Where micronaut-openapi writes the description; {@code OpenApiController} serves this resource. */
    private static final String GENERATED = "META-INF/swagger/mingle.yml";

    /** The enums the API answers or accepts, by the name of their schema. */
    private static final Map<String, Class<? extends Enum<?>>> ENUMS = Map.ofEntries(
            Map.entry("Audience", Audience.class),
            Map.entry("ConnectionSource", ConnectionSource.class),
            Map.entry("CuratedMeeting.Reason", CuratedMeeting.Reason.class),
            Map.entry("DeliveryState", DeliveryState.class),
            Map.entry("DismissalReason", DismissalReason.class),
            Map.entry("Direction", Direction.class),
            Map.entry("EndorsementStatus", EndorsementStatus.class),
            Map.entry("EventRole", EventRole.class),
            Map.entry("EventStatus", EventStatus.class),
            Map.entry("FollowUp", FollowUp.class),
            Map.entry("Goal", Goal.class),
            Map.entry("GroupRole", GroupRole.class),
            Map.entry("GroupVisibility", GroupVisibility.class),
            Map.entry("HeldAnswer", HeldAnswer.class),
            Map.entry("HeldState", HeldState.class),
            Map.entry("JoinPolicy", JoinPolicy.class),
            Map.entry("KeepInTouchEvery", KeepInTouchEvery.class),
            Map.entry("MarkKind", MarkKind.class),
            Map.entry("MeetingRequestStatus", MeetingRequestStatus.class),
            Map.entry("MembershipStatus", MembershipStatus.class),
            Map.entry("NotificationKind", NotificationKind.class),
            Map.entry("OddCount", OddCount.class),
            Map.entry("Outcome", Outcome.class),
            Map.entry("Reason.Kind", Reason.Kind.class),
            Map.entry("RegistrationStatus", RegistrationStatus.class),
            Map.entry("ReportReason", ReportReason.class),
            Map.entry("ReportStatus", ReportStatus.class),
            Map.entry("SubjectKind", SubjectKind.class),
            Map.entry("Relationship", Relationship.class),
            Map.entry("Seniority", Seniority.class),
            Map.entry("Shortfall.Cause", Shortfall.Cause.class),
            Map.entry("TeamInvitationState", TeamInvitationState.class),
            Map.entry("TimelineKind", TimelineKind.class),
            Map.entry("Visibility", Visibility.class));

    private static final List<String> WEBHOOK_TYPES = Arrays.stream(WebhookType.values()).map(WebhookType::wireName)
            .toList();

    /** The lists that may stand in place, by JSON pointer, with the values they must have. */
    private static final Map<String, List<String>> IN_PLACE = Map.ofEntries(
            // A code is its own source: CODE is implied by sending one, never named.
            Map.entry("/components/schemas/RecordConnectionRequest/properties/source",
                    namesExcept(ConnectionSource.class, ConnectionSource.CODE)),
            // The owner is who created the event; nobody is added as one.
            Map.entry("/components/schemas/AddTeamMemberRequest/properties/role",
                    namesExcept(EventRole.class, EventRole.OWNER)),
            // No enum: the health check answers these two words, and a proposal is the caller's or the other's.
            Map.entry("/components/schemas/Health/properties/status", List.of("UP", "DOWN")),
            Map.entry("/components/schemas/HealthComponent/properties/status", List.of("UP", "DOWN")),
            Map.entry("/components/schemas/Liveness/properties/status", List.of("UP")),
            Map.entry("/components/schemas/MeetingProposal/properties/proposedBy", List.of("ME", "OTHER")),
            Map.entry("/components/schemas/AccessToken/properties/token_type", List.of("Bearer")),
            // Webhook types travel by their dotted wire names (registration.created), which no constant can spell.
            Map.entry("/components/schemas/CreateWebhookRequest/properties/types/items", WEBHOOK_TYPES),
            Map.entry("/components/schemas/CreatedWebhook/properties/types/items", WEBHOOK_TYPES),
            Map.entry("/components/schemas/Webhook/properties/types/items", WEBHOOK_TYPES),
            Map.entry("/components/schemas/WebhookDelivery/properties/type", WEBHOOK_TYPES));

    /** What an enum's schema may hold besides nothing: anything else came from a field that refers to it. */
    private static final Set<String> ENUM_SCHEMA_KEYS = Set.of("type", "enum", "description", "x-enum-descriptions");

    @Test
    void theGeneratedDescriptionPublishesEachEnumWithTheValuesOfItsClass() {
        assertThat(findings(generated())).isEmpty();
    }

    @Test
    void anEnumSchemaThatLacksAValueIsFound() {
        var damaged = generated().copy();
        list(damaged.schema("Goal").get("enum")).remove("ADVICE");

        assertThat(findings(damaged)).containsExactly("""
                /components/schemas/Goal lists [JOB, MENTORSHIP, INVESTMENT, CLIENTS, SERVICES, COFOUNDER, \
                COLLABORATION], but Goal has [JOB, MENTORSHIP, INVESTMENT, CLIENTS, SERVICES, COFOUNDER, \
                COLLABORATION, ADVICE]""");
    }

    @Test
    void aListWrittenNextToAFieldIsFound() {
        var damaged = generated().copy();
        map(damaged.schema("Connection").get("properties")).put("outcome",
                new LinkedHashMap<>(Map.of("type", "string", "enum", new ArrayList<>(List.of("JOB", "CLIENT")))));

        assertThat(findings(damaged)).containsExactly("""
                /components/schemas/Connection/properties/outcome lists [JOB, CLIENT] in place: refer to the enum's \
                schema instead (@Schema(allOf = TheEnum.class))""");
    }

    @Test
    void anAllowedListThatDriftsFromItsEnumIsFound() {
        var damaged = generated().copy();
        var role = map(map(damaged.schema("AddTeamMemberRequest").get("properties")).get("role"));
        list(role.get("enum")).add("OWNER");

        assertThat(findings(damaged)).containsExactly("""
                /components/schemas/AddTeamMemberRequest/properties/role lists [CO_ORGANIZER, CHECKIN_STAFF, OWNER], \
                but must list [CO_ORGANIZER, CHECKIN_STAFF]""");
    }

    @Test
    void anEnumSchemaTheTestDoesNotKnowIsFound() {
        var damaged = generated().copy();
        map(map(damaged.root().get("components")).get("schemas")).put("Colour",
                new LinkedHashMap<>(Map.of("type", "string", "enum", List.of("RED", "GREEN"))));

        assertThat(findings(damaged)).containsExactly("""
                /components/schemas/Colour lists [RED, GREEN] in place: refer to the enum's schema instead \
                (@Schema(allOf = TheEnum.class)), or add the enum to this test's ENUMS""");
    }

    @Test
    void aFieldsDescriptionCopiedIntoTheEnumSchemaIsFound() {
        var damaged = generated().copy();
        var outcome = map(map(damaged.schema("Connection").get("properties")).get("outcome"));
        damaged.schema("Outcome").put("description", outcome.get("description"));
        damaged.schema("Outcome").put("default", "JOB");

        assertThat(findings(damaged)).containsExactlyInAnyOrder(
                "/components/schemas/Outcome holds [default]: only type, enum and descriptions belong to an enum",
                """
                /components/schemas/Outcome has the description of /components/schemas/Connection/properties/outcome, \
                which refers to it: refer with @Schema(allOf = ...), not implementation""");
    }

    @Test
    void aProfileFieldTheVisibilityChangesDoNotNameIsFound() {
        var damaged = generated().copy();
        var changes = damaged.schema("VisibilityChanges");
        changes.put("description", String.valueOf(changes.get("description")).replace("links", "link list"));

        assertThat(findings(damaged)).containsExactly(
                "/components/schemas/VisibilityChanges does not name the profile field links");
    }

    /** What is off, one line each; empty when every published enum is its class's. */
    static List<String> findings(OpenApiDescription description) {
        var findings = new ArrayList<String>();
        ENUMS.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
            String pointer = "/components/schemas/" + entry.getKey();
            var schema = description.schema(entry.getKey());
            if (schema.isEmpty()) {
                findings.add(pointer + " is missing: no field refers to " + entry.getValue().getSimpleName()
                        + " any more? Then take it out of this test's ENUMS");
                return;
            }
            var published = list(schema.get("enum"));
            var names = names(entry.getValue());
            if (!"string".equals(schema.get("type")) || !published.equals(names)) {
                findings.add(pointer + " lists " + published + ", but " + entry.getValue().getSimpleName() + " has "
                        + names);
            }
            var extra = new TreeSet<>(schema.keySet());
            extra.removeAll(ENUM_SCHEMA_KEYS);
            if (!extra.isEmpty()) {
                findings.add(pointer + " holds " + extra + ": only type, enum and descriptions belong to an enum");
            }
        });
        var seen = new TreeSet<String>();
        walk(description, description.root(), "", findings, seen);
        IN_PLACE.keySet().stream().filter(pointer -> !seen.contains(pointer)).sorted().forEach(pointer -> findings.add(
                pointer + " lists no values any more: take it out of this test's IN_PLACE"));
        visibilityChanges(description, findings);
        return findings;
    }

    private static void walk(OpenApiDescription description, Object node, String pointer, List<String> findings,
                             Set<String> seen) {
        if (node instanceof List<?> items) {
            for (int i = 0; i < items.size(); i++) {
                walk(description, items.get(i), pointer + "/" + i, findings, seen);
            }
            return;
        }
        if (!(node instanceof Map<?, ?>)) {
            return;
        }
        var object = map(node);
        if (object.containsKey("enum")) {
            inPlace(pointer, list(object.get("enum")), findings, seen);
        }
        copiedDescription(description, object, pointer, findings);
        object.forEach((key, value) -> walk(description, value, pointer + "/" + escaped(key), findings, seen));
    }

    private static void inPlace(String pointer, List<Object> values, List<String> findings, Set<String> seen) {
        String prefix = "/components/schemas/";
        if (pointer.startsWith(prefix) && ENUMS.containsKey(pointer.substring(prefix.length()))) {
            return;
        }
        if (IN_PLACE.containsKey(pointer)) {
            seen.add(pointer);
            if (!values.equals(IN_PLACE.get(pointer))) {
                findings.add(pointer + " lists " + values + ", but must list " + IN_PLACE.get(pointer));
            }
            return;
        }
        boolean aSchema = pointer.startsWith(prefix) && !pointer.substring(prefix.length()).contains("/");
        findings.add(pointer + " lists " + values + " in place: refer to the enum's schema instead "
                + "(@Schema(allOf = TheEnum.class))" + (aSchema ? ", or add the enum to this test's ENUMS" : ""));
    }

    /**
     * micronaut-openapi builds an enum's schema from the first field that names the enum as its
     * {@code implementation}, with that field's description and default: then every other field seems to have them.
     */
    private static void copiedDescription(OpenApiDescription description, Map<String, Object> object, String pointer,
                                          List<String> findings) {
        Object own = object.get("description");
        if (own == null) {
            return;
        }
        var references = new ArrayList<Object>();
        references.add(object.get("$ref"));
        list(object.get("allOf")).forEach(part -> references.add(map(part).get("$ref")));
        for (Object reference : references) {
            if (reference instanceof String ref && ref.startsWith("#/components/schemas/")) {
                String name = ref.substring("#/components/schemas/".length());
                if (ENUMS.containsKey(name) && own.equals(description.schema(name).get("description"))) {
                    findings.add("/components/schemas/" + name + " has the description of " + pointer
                            + ", which refers to it: refer with @Schema(allOf = ...), not implementation");
                }
            }
        }
    }

    /**
     * The request's visibility settings are text for the domain to check, so their schema is written by hand
     * (src/main/openapi): its values refer to Visibility, and its description must name every profile field.
     */
    private static void visibilityChanges(OpenApiDescription description, List<String> findings) {
        String pointer = "/components/schemas/VisibilityChanges";
        var changes = description.schema("VisibilityChanges");
        if (!"#/components/schemas/Visibility".equals(map(changes.get("additionalProperties")).get("$ref"))) {
            findings.add(pointer + " does not take Visibility values");
        }
        String text = String.valueOf(changes.get("description"));
        for (ProfileField field : ProfileField.values()) {
            if (!text.matches("(?s).*\\b" + field.key() + "\\b.*")) {
                findings.add(pointer + " does not name the profile field " + field.key());
            }
        }
    }

    private static List<Object> names(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(constant -> (Object) constant.name()).toList();
    }

    private static <E extends Enum<E>> List<String> namesExcept(Class<E> type, E left) {
        return Arrays.stream(type.getEnumConstants()).filter(constant -> constant != left).map(Enum::name).toList();
    }

    private static String escaped(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }

    private static OpenApiDescription generated() {
        try (var in = PublishedEnumsTest.class.getClassLoader().getResourceAsStream(GENERATED)) {
            assertThat(in).as(GENERATED + " on the class path").isNotNull();
            return OpenApiDescription.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
