package org.mingle.app;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import java.util.Map;
import java.util.Set;

/**
 * The module layering ({@code domain <- api, web-ui <- app}) and the rules that keep the business code plain, checked
 * on the compiled classes of every module. The jOOQ classes generated into the domain module ({@code org.mingle.db})
 * are a layer of their own: only the domain uses them, and they know nothing of it but its ids and enums. Inside the
 * web UI, each package under {@code org.mingle.web} is a feature: the features depend on each other without cycles,
 * and a page of one feature reaches another feature's page through the shell's {@code Routes}, never through its
 * class.
 */
@AnalyzeClasses(packages = "org.mingle", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] FRAMEWORKS = {"io.micronaut..", "jakarta.inject..", "jakarta.annotation..",
        "org.jooq..", "java.sql..", "javax.sql..", "com.vaadin..", "org.mingle.db.."};

    /** Services, adapters, entities and what the framework generates next to them (bean definitions). */
    private static final DescribedPredicate<JavaClass> FRAMEWORK_FACING = DescribedPredicate.describe(
            "services, adapters, entities or generated", ArchitectureTest::isFrameworkFacing);

    private static boolean isFrameworkFacing(JavaClass type) {
        return type.isAnnotatedWith(jakarta.inject.Singleton.class)
                || type.isAnnotatedWith(io.micronaut.context.annotation.Factory.class)
                || type.isAnnotatedWith(io.micronaut.data.annotation.MappedEntity.class)
                || type.isAnnotatedWith(io.micronaut.data.jdbc.annotation.JdbcRepository.class)
                || type.getPackageName().startsWith("org.mingle.domain.infrastructure")
                || type.isAnnotatedWith(io.micronaut.core.annotation.Generated.class)
                || type.getName().contains(".$");
    }

    @ArchTest
    static final ArchRule modulesDependOneWay = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("Generated jOOQ").definedBy("org.mingle.db..")
            .layer("Domain").definedBy("org.mingle.domain..")
            .layer("Api").definedBy("org.mingle.api..")
            .layer("WebUi").definedBy("org.mingle.web..")
            .layer("Server").definedBy("org.mingle.server..")
            .layer("App").definedBy("org.mingle.app..")
            .whereLayer("App").mayNotBeAccessedByAnyLayer()
            .whereLayer("Api").mayOnlyBeAccessedByLayers("App")
            .whereLayer("WebUi").mayOnlyBeAccessedByLayers("App")
            .whereLayer("Server").mayOnlyBeAccessedByLayers("App")
            .whereLayer("Domain").mayOnlyBeAccessedByLayers("Generated jOOQ", "Api", "WebUi", "App")
            .whereLayer("Generated jOOQ").mayOnlyBeAccessedByLayers("Domain");

    /** What generated columns may hold: the domain's ids (records named {@code ...Id}), its enums, arrays of them. */
    private static final DescribedPredicate<JavaClass> DOMAIN_VALUE_TYPES = DescribedPredicate.describe(
            "the domain's ids and enums", ArchitectureTest::isDomainValueType);

    private static boolean isDomainValueType(JavaClass type) {
        JavaClass element = type.isArray() ? type.getBaseComponentType() : type;
        return element.isEnum() || element.isRecord() && element.getSimpleName().endsWith("Id");
    }

    @ArchTest
    static final ArchRule generatedJooqKnowsOnlyDomainIdsAndEnums = noClasses()
            .that().resideInAPackage("org.mingle.db..")
            .should().dependOnClassesThat(resideInAPackage("org.mingle.domain..").and(not(DOMAIN_VALUE_TYPES)))
            .because("generated columns carry the domain's ids and enums (decision 24) and nothing else of it, so "
                    + "the schema's classes never reach into rules, services or adapters");

    @ArchTest
    static final ArchRule modelRulesAndAlgorithmsArePlainJava = noClasses()
            .that().resideInAPackage("org.mingle.domain..").and(not(FRAMEWORK_FACING))
            .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
            .because("rules and algorithms are tested and benchmarked alone, free of framework and SQL");

    @ArchTest
    static final ArchRule edgesNeverTouchPersistence = noClasses()
            .that().resideInAnyPackage("org.mingle.api..", "org.mingle.web..")
            .should().dependOnClassesThat(annotatedWith(io.micronaut.data.jdbc.annotation.JdbcRepository.class)
                    .or(resideInAnyPackage("org.jooq..", "org.mingle.db..", "io.micronaut.data.repository..",
                            "java.sql..")))
            .because("controllers and views call services, never repositories or SQL");

    @ArchTest
    static final ArchRule servicesStayInTheirFeature = noClasses()
            .that().resideInAnyPackage("org.mingle.api..", "org.mingle.web..")
            .should().dependOnClassesThat().resideInAPackage("org.mingle.domain.infrastructure..");

    @ArchTest
    static final ArchRule domainFeaturesFormNoCycle = slices().matching("org.mingle.domain.(*)..")
            .namingSlices("domain feature $1").should().beFreeOfCycles()
            .because("each feature can be read, tested and changed from its dependencies up; a person's identity "
                    + "(AccountId) is the shared kernel, so the features that record who did what need no accounts");

    /**
     * The feature that owns each table: its migrations create it and only its classes use the generated class. A table
     * missing here fails the rule, so a new table gets an owner when it is created.
     */
    private static final Map<String, String> TABLE_OWNERS = Map.ofEntries(
            Map.entry("Accounts", "accounts"), Map.entry("LoginThrottle", "accounts"),
            Map.entry("InstallationSecrets", "accounts"),
            Map.entry("AuditLog", "audit"),
            Map.entry("Events", "events"), Map.entry("EventTeam", "events"), Map.entry("TeamInvitations", "events"),
            Map.entry("Registrations", "registration"),
            Map.entry("IdempotencyKeys", "idempotency"),
            Map.entry("Profiles", "profiles"), Map.entry("ProfileInterests", "profiles"),
            Map.entry("ProfileVisibility", "profiles"), Map.entry("ProfilePhotos", "profiles"),
            Map.entry("Blocks", "meetings"), Map.entry("MeetingRequests", "meetings"),
            Map.entry("MeetingRequestSuggestions", "meetings"),
            Map.entry("NetworkingSessions", "meetings"), Map.entry("MeetingTables", "meetings"),
            Map.entry("MeetingBookings", "meetings"), Map.entry("MeetingBookingPeople", "meetings"),
            Map.entry("MeetingAnswers", "meetings"),
            Map.entry("NetworkingRounds", "rounds"), Map.entry("RoundSeats", "rounds"),
            Map.entry("RoundSettings", "rounds"),
            Map.entry("ConnectCodes", "connections"), Map.entry("Connections", "connections"),
            Map.entry("ConnectionEntries", "connections"), Map.entry("ConnectionDegrees", "connections"),
            Map.entry("ConnectionInterestCounts", "connections"), Map.entry("ConnectionTotals", "connections"),
            Map.entry("KeepInTouch", "contacts"),
            Map.entry("Availability", "availability"),
            Map.entry("MatchingVersions", "matching"), Map.entry("RecommendationDismissals", "matching"),
            Map.entry("Notifications", "notifications"), Map.entry("NotificationSettings", "notifications"),
            Map.entry("NotificationDigests", "notifications"), Map.entry("OrganizerMessages", "notifications"),
            Map.entry("EventReminders", "notifications"), Map.entry("RoundNotices", "notifications"),
            Map.entry("FollowUpNotices", "notifications"), Map.entry("RegistrationNoticeRequests", "notifications"),
            Map.entry("OutgoingMail", "mail"), Map.entry("UsedMailLinks", "mail"),
            Map.entry("PasswordResets", "accounts"),
            Map.entry("Webhooks", "webhooks"), Map.entry("WebhookDeliveries", "webhooks"),
            Map.entry("WebhookAttempts", "webhooks"),
            Map.entry("Groups", "groups"), Map.entry("GroupMembers", "groups"),
            Map.entry("EventSeries", "series"),
            Map.entry("ContentReports", "moderation"),
            Map.entry("Talks", "agenda"), Map.entry("TalkSpeakers", "agenda"),
            Map.entry("AttendeeCategories", "curated"), Map.entry("CategoryRules", "curated"),
            Map.entry("CategoryAssignments", "curated"),
            Map.entry("Endorsements", "endorsements"),
            Map.entry("PublicProfiles", "publicprofiles"), Map.entry("PublicRecordEvents", "publicprofiles"),
            Map.entry("RetiredHandles", "publicprofiles"),
            Map.entry("CuratedMarks", "curated"), Map.entry("CuratedSettings", "curated"),
            Map.entry("CuratedDrafts", "curated"), Map.entry("CuratedDraftMeetings", "curated"),
            Map.entry("CuratedDraftShortfalls", "curated"), Map.entry("CuratedMeetingReasons", "curated"));

    /**
     * Views a feature publishes for the others to join: a person's name and email, from accounts; the private groups,
     * from groups (decision 44).
     */
    private static final Set<String> PUBLISHED_VIEWS = Set.of("AccountDirectory", "MembersOnlyGroups");

    /**
     * Features allowed to read every table: reports is the read side, built from the facts and counters the other
     * features keep (decisions 15 and 25); demo seeds through the services and only reads what it seeded.
     */
    private static final Set<String> READERS_OF_ALL_TABLES = Set.of("reports", "demo");

    @ArchTest
    static final ArchRule eachTableIsUsedOnlyByItsOwningFeature = classes()
            .that().resideInAPackage("org.mingle.domain..")
            .should(useOnlyTheirFeaturesTables())
            .because("a feature's tables are its own: others reach its data through its service or a port it "
                    + "defines, so a feature can change its tables without breaking another");

    private static ArchCondition<JavaClass> useOnlyTheirFeaturesTables() {
        return new ArchCondition<>("use only the generated tables of their own feature") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                String feature = featureOf(type, "org.mingle.domain");
                if (READERS_OF_ALL_TABLES.contains(feature)) {
                    return;
                }
                for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
                    String table = generatedTable(dependency.getTargetClass());
                    if (table == null || PUBLISHED_VIEWS.contains(table)) {
                        continue;
                    }
                    String owner = TABLE_OWNERS.get(table);
                    if (!feature.equals(owner)) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()
                                + (owner == null ? " (table " + table + " has no owner in TABLE_OWNERS)"
                                        : " (table " + table + " belongs to " + owner + ")")));
                    }
                }
            }
        };
    }

    /** The table a generated class stands for ({@code tables.Events}, {@code tables.records.EventsRecord}), or null. */
    private static String generatedTable(JavaClass target) {
        String name = target.getName();
        if (name.startsWith("org.mingle.db.jooq.tables.records.")) {
            return target.getSimpleName().replaceFirst("Record$", "");
        }
        if (name.startsWith("org.mingle.db.jooq.tables.") && !name.contains("$")) {
            return target.getSimpleName();
        }
        return null;
    }

    @ArchTest
    static final ArchRule webUiFeaturesFormNoCycle = slices().matching("org.mingle.web.(*)..")
            .namingSlices("web-ui feature $1").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule webUiFeaturesReachOtherFeaturesViewsThroughRoutes = classes()
            .that().resideInAPackage("org.mingle.web..")
            .should(notDependOnAnotherFeaturesView())
            .because("a page links to or opens another feature's page by its location (Routes), so features stay "
                    + "apart and a view can move or change without touching the pages that lead to it");

    private static ArchCondition<JavaClass> notDependOnAnotherFeaturesView() {
        return new ArchCondition<>("not depend on a view (@Route) of another web-ui feature") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass();
                    boolean view = target.isAnnotatedWith(Route.class) || target.isAnnotatedWith(RouteAlias.class);
                    if (view && target.getPackageName().startsWith("org.mingle.web")
                            && !featureOf(target, "org.mingle.web").equals(featureOf(type, "org.mingle.web"))) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    /** The feature a class belongs to: the package right under the layer's root, such as {@code org.mingle.web}. */
    private static String featureOf(JavaClass type, String root) {
        String rest = type.getPackageName().substring(root.length()).replaceFirst("^\\.", "");
        int end = rest.indexOf('.');
        return end < 0 ? rest : rest.substring(0, end);
    }
}
