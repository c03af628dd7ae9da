package org.mingle.testsupport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.jooq.codegen.GenerationTool;
import org.jooq.meta.jaxb.Configuration;
import org.jooq.meta.jaxb.Database;
import org.jooq.meta.jaxb.ForcedType;
import org.jooq.meta.jaxb.Generate;
import org.jooq.meta.jaxb.Generator;
import org.jooq.meta.jaxb.Jdbc;
import org.jooq.meta.jaxb.LambdaConverter;
import org.jooq.meta.jaxb.OnError;
import org.jooq.meta.jaxb.Target;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Generates the jOOQ classes from the Flyway migrations, run by the build of the domain module: migrate a scratch
 * database on a real PostgreSQL (see {@link PostgresServer}), read its schema back, drop it. The schema therefore has
 * one source, the migrations, and the generated code cannot drift from it. Skipped when neither the migrations nor the
 * target package nor this generator (with its {@linkplain #COLUMN_TYPES column types}) changed since the last run.
 *
 * <p>The generated columns carry the domain's types: every id column its typed id, every enum column its enum (see
 * docs/decisions/0024). The classes therefore compile with the domain, which runs this generator. Generation fails
 * when a row of {@link #COLUMN_TYPES} matches no column, when a uuid column has no row, or when a text column that a
 * check restricts to a list of names has no enum: the mapping cannot silently fall behind the schema.
 *
 * <p>Arguments: the migrations folder, the output folder, the Java package.
 */
public final class JooqCodegen {

    private static final Logger LOG = LoggerFactory.getLogger(JooqCodegen.class);
    private static final String STAMP = ".migrations-checksum";

    private static final String SHARED = "org.mingle.domain.shared.";
    private static final String EVENTS = "org.mingle.domain.events.";
    private static final String REGISTRATION = "org.mingle.domain.registration.";
    private static final String MEETINGS = "org.mingle.domain.meetings.";
    private static final String CONNECTIONS = "org.mingle.domain.connections.";
    private static final String PROFILES = "org.mingle.domain.profiles.";
    private static final String NOTIFICATIONS = "org.mingle.domain.notifications.";
    private static final String WEBHOOKS = "org.mingle.domain.webhooks.";
    private static final String GROUPS = "org.mingle.domain.groups.";
    private static final String MODERATION = "org.mingle.domain.moderation.";
    private static final String AGENDA = "org.mingle.domain.agenda.";
    private static final String ENDORSEMENTS = "org.mingle.domain.endorsements.";
    private static final String CONTACTS = "org.mingle.domain.contacts.";
    private static final String CURATED = "org.mingle.domain.curated.";

    /**
     * The domain type each column holds. Columns are named {@code table.column}, {@code *} standing for any table; the
     * first row that names a column decides its type.
     */
    static final List<ColumnType> COLUMN_TYPES = List.of(
            // The audit feature records which event a role change concerned without depending on the events feature
            // (domain features form no cycle), so this one id stays a plain UUID.
            ColumnType.plainUuid("audit_log.event_id"),
            // The mail feature keeps what a mail was sent for without knowing the feature that sent it.
            ColumnType.plainUuid("outgoing_mail.reference", "notifications.reference"),
            // A report names an event or a group, as its subject_kind says.
            ColumnType.plainUuid("content_reports.subject_id"),

            // Ids: uuid columns.
            ColumnType.id(SHARED + "AccountId", "accounts.id", "account_directory.id", "*.account_id",
                    "events.owner_id", "audit_log.actor_id", "blocks.blocker_id", "blocks.blocked_id",
                    "organizer_messages.sender_id", "team_invitations.invited_by", "team_invitations.accepted_by",
                    "meeting_requests.from_account", "meeting_requests.to_account", "meeting_bookings.proposed_by",
                    "meeting_request_suggestions.suggested_account",
                    "connections.first_account", "connections.second_account", "connections.recorded_by",
                    "connection_entries.owner_id", "follow_up_notices.owner_id",
                    "content_reports.reporter_id", "content_reports.resolved_by",
                    "endorsements.endorser_id", "endorsements.endorsed_id",
                    "keep_in_touch.owner_id", "keep_in_touch.contact_id",
                    "recommendation_dismissals.viewer_id", "recommendation_dismissals.dismissed_id",
                    "curated_marks.from_account", "curated_marks.to_account", "curated_drafts.generated_by",
                    "curated_draft_meetings.first_account", "curated_draft_meetings.second_account",
                    "curated_draft_meetings.asked_by", "curated_meeting_reasons.asked_by"),
            ColumnType.id(EVENTS + "EventId", "events.id", "*.event_id"),
            ColumnType.id(EVENTS + "TeamInvitationId", "team_invitations.id"),
            ColumnType.id(REGISTRATION + "RegistrationId", "registrations.id"),
            ColumnType.id(MEETINGS + "MeetingRequestId", "meeting_requests.id", "*.request_id"),
            ColumnType.id(MEETINGS + "NetworkingSessionId", "networking_sessions.id", "meeting_bookings.session_id",
                    "curated_draft_meetings.session_id"),
            ColumnType.id(MEETINGS + "MeetingTableId", "meeting_tables.id", "meeting_bookings.table_id",
                    "curated_draft_meetings.table_id"),
            ColumnType.id(CONNECTIONS + "ConnectionId", "connections.id", "connection_entries.connection_id",
                    "follow_up_notices.connection_id"),
            ColumnType.id(NOTIFICATIONS + "NotificationId", "notifications.id"),
            ColumnType.id(NOTIFICATIONS + "OrganizerMessageId", "organizer_messages.id"),
            ColumnType.id("org.mingle.domain.mail.MailId", "outgoing_mail.id"),
            ColumnType.id(WEBHOOKS + "WebhookId", "webhooks.id", "webhook_deliveries.webhook_id"),
            ColumnType.id(SHARED + "GroupId", "groups.id", "members_only_groups.id", "*.group_id"),
            ColumnType.id(SHARED + "SeriesId", "event_series.id", "*.series_id"),
            ColumnType.id(WEBHOOKS + "WebhookDeliveryId", "webhook_deliveries.id", "webhook_attempts.delivery_id"),
            ColumnType.id(MODERATION + "ContentReportId", "content_reports.id"),
            ColumnType.id(AGENDA + "TalkId", "talks.id", "talk_speakers.talk_id"),
            ColumnType.id(ENDORSEMENTS + "EndorsementId", "endorsements.id"),

            // Enums: text columns holding an enum constant's name.
            ColumnType.enumOf(EVENTS + "EventStatus", "events.status"),
            ColumnType.enumOf(EVENTS + "EventRole", "event_team.role", "team_invitations.role"),
            ColumnType.enumOf(EVENTS + "TeamInvitationStatus", "team_invitations.status"),
            ColumnType.enumOf("org.mingle.domain.audit.AuditKind", "audit_log.kind"),
            ColumnType.enumOf(REGISTRATION + "RegistrationStatus", "registrations.status"),
            ColumnType.enumOf(PROFILES + "Seniority", "profiles.seniority"),
            ColumnType.enumOf(PROFILES + "ProfileField", "profile_visibility.field"),
            ColumnType.enumOf(PROFILES + "Visibility", "profile_visibility.visibility"),
            ColumnType.enumOf(MEETINGS + "MeetingRequestStatus", "meeting_requests.status"),
            ColumnType.enumOf(MEETINGS + "HeldState", "meeting_bookings.state"),
            ColumnType.enumOf(CONNECTIONS + "ConnectionSource", "connections.source"),
            ColumnType.enumOf(CONNECTIONS + "FollowUp", "connection_entries.follow_up"),
            ColumnType.enumOf(CONNECTIONS + "Outcome", "connection_entries.outcome"),
            ColumnType.enumOf(NOTIFICATIONS + "NotificationKind", "notifications.kind"),
            ColumnType.enumOf(NOTIFICATIONS + "NotificationCategory", "notification_settings.category"),
            ColumnType.enumOf(NOTIFICATIONS + "Delivery", "notification_settings.delivery"),
            ColumnType.enumOf(NOTIFICATIONS + "Audience", "organizer_messages.audience"),
            ColumnType.enumOf(NOTIFICATIONS + "ReminderKind", "event_reminders.kind"),
            ColumnType.enumOf(GROUPS + "GroupRole", "group_members.role"),
            ColumnType.enumOf(GROUPS + "MembershipStatus", "group_members.status"),
            ColumnType.enumOf(GROUPS + "JoinPolicy", "groups.join_policy"),
            ColumnType.enumOf(GROUPS + "GroupVisibility", "groups.visibility"),
            ColumnType.enumOf("org.mingle.domain.mail.MailState", "outgoing_mail.state"),
            ColumnType.enumOf(WEBHOOKS + "WebhookType", "webhook_deliveries.type"),
            ColumnType.enumOf(WEBHOOKS + "DeliveryState", "webhook_deliveries.state"),
            ColumnType.enumOf(MODERATION + "SubjectKind", "content_reports.subject_kind"),
            ColumnType.enumOf(MODERATION + "ReportReason", "content_reports.reason"),
            ColumnType.enumOf(MODERATION + "ReportStatus", "content_reports.status"),
            ColumnType.enumOf(ENDORSEMENTS + "EndorsementStatus", "endorsements.status"),
            ColumnType.enumOf(CONTACTS + "KeepInTouchEvery", "keep_in_touch.every"),
            ColumnType.enumOf("org.mingle.domain.matching.DismissalReason", "recommendation_dismissals.reason"),
            ColumnType.enumOf(CURATED + "MarkKind", "curated_marks.kind"),
            ColumnType.enumOf(CURATED + "CuratedMeeting.Reason", "curated_draft_meetings.reason",
                    "curated_meeting_reasons.reason"),
            ColumnType.enumOf(CURATED + "Shortfall.Cause", "curated_draft_shortfalls.cause"),

            // Enum arrays: text[] columns holding enum constants' names.
            ColumnType.enumArrayOf(PROFILES + "Goal", "profiles.seeking", "profiles.offering"),
            ColumnType.enumArrayOf(WEBHOOKS + "WebhookType", "webhooks.types"));

    private JooqCodegen() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: JooqCodegen <migrations folder> <output folder> <package>");
        }
        var migrations = Path.of(args[0]);
        var output = Path.of(args[1]);
        var packageName = args[2];
        var checksum = checksum(migrations, packageName);
        var stamp = output.resolve(STAMP);
        if (Files.exists(stamp) && Files.readString(stamp).equals(checksum)) {
            LOG.info("jOOQ classes are up to date with the migrations");
            return;
        }
        try {
            generate(migrations, output, packageName);
        } finally {
            PostgresServer.stop();
        }
        Files.writeString(stamp, checksum);
    }

    private static void generate(Path migrations, Path output, String packageName) throws Exception {
        var server = PostgresServer.get();
        var database = "mingle_codegen_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (var admin = server.connectAdmin(); var sql = admin.createStatement()) {
            sql.execute("create database " + database);
            try {
                var url = server.urlOf(database);
                Flyway.configure().locations("filesystem:" + migrations.toAbsolutePath())
                        .dataSource(url, server.user(), server.password()).load().migrate();
                checkEveryIdAndEnumColumnIsTyped(url, server);
                GenerationTool.generate(configuration(url, server, output, packageName));
            } finally {
                sql.execute("drop database if exists " + database + " with (force)");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not generate jOOQ classes", e);
        }
    }

    private static Configuration configuration(String url, PostgresServer server, Path output, String packageName) {
        var forcedTypes = new ArrayList<ForcedType>();
        // Instants everywhere: the domain speaks Instant, the time zone is per event.
        forcedTypes.add(new ForcedType().withName("INSTANT")
                .withIncludeTypes("(?i:timestamp\\ with\\ time\\ zone|timestamptz)"));
        COLUMN_TYPES.forEach(type -> forcedTypes.add(type.forcedType()));
        return new Configuration()
                // A forced type that matches no column is an error, not a warning lost in the build log.
                .withOnUnused(OnError.FAIL)
                .withJdbc(new Jdbc().withDriver("org.postgresql.Driver").withUrl(url)
                        .withUser(server.user()).withPassword(server.password()))
                .withGenerator(new Generator()
                        .withDatabase(new Database()
                                .withName("org.jooq.meta.postgres.PostgresDatabase")
                                .withInputSchema("public")
                                .withOutputSchemaToDefault(true)
                                .withExcludes("flyway_schema_history")
                                .withForcedTypes(forcedTypes))
                        .withGenerate(new Generate()
                                .withRecords(true)
                                .withPojos(false)
                                .withDaos(false)
                                .withJavaTimeTypes(true)
                                .withGeneratedAnnotation(false))
                        .withTarget(new Target()
                                .withPackageName(packageName)
                                .withDirectory(output.toAbsolutePath().toString())
                                .withClean(true)));
    }

    /**
     * Fails unless {@link #COLUMN_TYPES} and the schema agree: each column a row names exists with the row's database
     * type, every uuid column has a row, and every text column that a check restricts to a list of names
     * ({@code status in ('A', 'B')}, {@code goals <@ array['A', 'B']}) has an enum row.
     */
    private static void checkEveryIdAndEnumColumnIsTyped(String url, PostgresServer server) throws SQLException {
        var problems = new ArrayList<String>();
        try (var connection = DriverManager.getConnection(url, server.user(), server.password());
             var sql = connection.createStatement()) {
            var databaseTypes = new TreeMap<String, String>();
            try (var columns = sql.executeQuery("""
                    select table_name || '.' || column_name, udt_name from information_schema.columns
                    where table_schema = 'public' and table_name <> 'flyway_schema_history'""")) {
                while (columns.next()) {
                    databaseTypes.put(columns.getString(1), columns.getString(2));
                }
            }
            for (var type : COLUMN_TYPES) {
                for (var column : type.columns()) {
                    var pattern = ColumnType.regex(column);
                    if (databaseTypes.entrySet().stream().noneMatch(existing -> existing.getKey().matches(pattern)
                            && existing.getValue().equals(type.databaseType()))) {
                        problems.add(column + " is no " + type.databaseType() + " column: correct or remove it");
                    }
                }
            }
            databaseTypes.forEach((column, databaseType) -> {
                if (databaseType.equals("uuid") && typeOf(column) == null) {
                    problems.add(column + " is a uuid column: add it to its id type");
                }
            });
            try (var lists = sql.executeQuery("""
                    select c.relname || '.' || a.attname, pg_get_constraintdef(k.oid)
                    from pg_constraint k
                    join pg_class c on c.oid = k.conrelid
                    join pg_namespace n on n.oid = c.relnamespace
                    join pg_attribute a on a.attrelid = k.conrelid and a.attnum = k.conkey[1]
                    where k.contype = 'c' and n.nspname = 'public' and cardinality(k.conkey) = 1""")) {
                while (lists.next()) {
                    var column = lists.getString(1);
                    var type = typeOf(column);
                    if (NAME_LIST_CHECK.matcher(lists.getString(2)).find() && (type == null || !type.isEnum())) {
                        problems.add(column + " is restricted to a list of names: add it to its enum type");
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("JooqCodegen.COLUMN_TYPES does not fit the schema: "
                    + String.join("; ", problems));
        }
    }

    private static final Pattern NAME_LIST_CHECK = Pattern.compile("(= ANY \\(|<@ )ARRAY\\['");

    private static ColumnType typeOf(String column) {
        return COLUMN_TYPES.stream().filter(type -> type.matches(column)).findFirst().orElse(null);
    }

    /**
     * A row of {@link #COLUMN_TYPES}: the columns ({@code table.column}, {@code *} for any table) holding one domain
     * type, and how jOOQ converts it.
     */
    record ColumnType(Kind kind, String javaType, List<String> columns) {

        enum Kind { PLAIN_UUID, ID, ENUM, ENUM_ARRAY }

        static ColumnType plainUuid(String... columns) {
            return new ColumnType(Kind.PLAIN_UUID, "java.util.UUID", List.of(columns));
        }

        static ColumnType id(String idType, String... columns) {
            return new ColumnType(Kind.ID, idType, List.of(columns));
        }

        static ColumnType enumOf(String enumType, String... columns) {
            return new ColumnType(Kind.ENUM, enumType, List.of(columns));
        }

        static ColumnType enumArrayOf(String enumType, String... columns) {
            return new ColumnType(Kind.ENUM_ARRAY, enumType, List.of(columns));
        }

        boolean isEnum() {
            return kind == Kind.ENUM || kind == Kind.ENUM_ARRAY;
        }

        /** The type of the columns as PostgreSQL names it ({@code udt_name}). */
        String databaseType() {
            return switch (kind) {
                case PLAIN_UUID, ID -> "uuid";
                case ENUM -> "text";
                case ENUM_ARRAY -> "_text";
            };
        }

        /** The columns as one regular expression over {@code table.column}. */
        String regex() {
            return columns.stream().map(ColumnType::regex).collect(Collectors.joining("|", "(", ")"));
        }

        static String regex(String column) {
            return Arrays.stream(column.split("\\.", -1))
                    .map(part -> part.equals("*") ? "[a-z_0-9]+" : Pattern.quote(part))
                    .collect(Collectors.joining("\\."));
        }

        boolean matches(String tableDotColumn) {
            return tableDotColumn.matches(regex());
        }

        ForcedType forcedType() {
            // jOOQ matches both the column's name and its qualified name (schema.table.column).
            var forced = new ForcedType().withIncludeExpression("(public\\.)?" + regex());
            return switch (kind) {
                case PLAIN_UUID -> forced.withName("UUID").withIncludeTypes("uuid");
                case ID -> forced.withIncludeTypes("uuid").withUserType(javaType)
                        .withLambdaConverter(new LambdaConverter().withNullable(true)
                                .withFrom(javaType + "::new").withTo(javaType + "::value"));
                case ENUM -> forced.withIncludeTypes("text").withUserType(javaType).withEnumConverter(true);
                case ENUM_ARRAY -> forced.withIncludeTypes("_text|text\\[\\]").withUserType(javaType + "[]")
                        .withConverter("new org.jooq.impl.EnumConverter<String, " + javaType + ">(String.class, "
                                + javaType + ".class).forArrays()");
            };
        }
    }

    private static String checksum(Path migrations, String packageName) throws IOException {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            digest.update(packageName.getBytes(StandardCharsets.UTF_8));
            // The generator itself, with its column types: changing either regenerates.
            for (var generator : List.of(JooqCodegen.class, ColumnType.class, ColumnType.Kind.class)) {
                var file = generator.getName().substring(generator.getPackageName().length() + 1) + ".class";
                try (var classFile = generator.getResourceAsStream(file)) {
                    digest.update(classFile.readAllBytes());
                }
            }
            try (Stream<Path> files = Files.list(migrations)) {
                for (var file : files.sorted().toList()) {
                    digest.update(file.getFileName().toString().getBytes(StandardCharsets.UTF_8));
                    digest.update(Files.readAllBytes(file));
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
