package org.mingle.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Value;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.mingle.domain.accounts.AccountService;
import org.mingle.domain.accounts.SignUp;
import org.mingle.domain.events.EventId;
import org.mingle.domain.events.EventInput;
import org.mingle.domain.events.EventService;
import org.mingle.domain.registration.RegistrationService;
import org.mingle.domain.shared.AccountId;
import org.mingle.testsupport.MicronautPostgres;
import org.mingle.testsupport.TestDatabase;
import org.mingle.testsupport.TestDatabases;

/**
 * {@code backup FILE} and {@code restore FILE} on the demo platform's database, while it runs. The scheduled workers
 * (mail, notices, reminders, webhooks) wait an hour here: the exact comparison of every table reads the source after
 * the backup, and a worker writing in between (the demo's mail being queued) would change the source, not the copy.
 * Consistency under concurrent writes has its own test below.
 */
@MicronautTest(transactional = false)
@Property(name = "mingle.demo-data", value = "true")
@Property(name = "mingle.notifications.mail-interval", value = "1h")
@Property(name = "mingle.notifications.digest-check-interval", value = "1h")
@Property(name = "mingle.notifications.reminder-interval", value = "1h")
@Property(name = "mingle.notifications.round-interval", value = "1h")
@Property(name = "mingle.notifications.follow-up-interval", value = "1h")
@Property(name = "mingle.notifications.keep-in-touch-interval", value = "1h")
@Property(name = "mingle.mail.poll-interval", value = "1h")
@Property(name = "mingle.webhooks.poll-interval", value = "1h")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BackupRestoreTest implements MicronautPostgres {

    @Value("${datasources.default.url}")
    String url;
    @Value("${datasources.default.username}")
    String user;
    @Value("${datasources.default.password}")
    String password;

    @Inject
    AccountService accounts;
    @Inject
    EventService events;
    @Inject
    RegistrationService registrations;

    @TempDir
    Path directory;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void restoresEveryTableIntoAnEmptyDatabaseExactly() throws Exception {
        var file = directory.resolve("mingle.backup");
        var target = TestDatabases.createEmpty();

        assertThat(command("backup", file, url, user, password)).as(err.toString()).isZero();
        assertThat(command("restore", file, target.url(), target.user(), target.password())).as(err.toString())
                .isZero();

        assertThat(out.toString()).contains("Backed up to " + file).contains("Restored from " + file);
        try (var source = DriverManager.getConnection(url, user, password); var restored = target.connect()) {
            var expected = fingerprints(source);
            assertThat(expected).hasSizeGreaterThan(50);
            assertThat(expected.get("accounts")).startsWith("rows ").doesNotStartWith("rows 0 ");
            assertThat(fingerprints(restored)).isEqualTo(expected);
            assertThat(versions(restored)).isEqualTo(versions(source));

            // The comparison notices one changed row: it is not blind.
            try (var change = restored.createStatement()) {
                change.execute("update accounts set display_name = display_name || '.' "
                        + "where id = (select id from accounts order by id limit 1)");
            }
            assertThat(fingerprints(restored).get("accounts")).isNotEqualTo(expected.get("accounts"));
        }
    }

    @Test
    void aBackupTakenWhilePeopleRegisterHoldsCountersThatMatchTheirRows() throws Exception {
        var consistent = backupWhileSomeoneRegisters(true);
        var torn = backupWhileSomeoneRegisters(false);

        assertThat(counterMismatches(consistent)).isEmpty();
        // Negative control: copying each table in its own transaction tears the event's counter from its rows.
        assertThat(counterMismatches(torn)).hasSize(1);
    }

    @Test
    void refusesToRestoreOverData() throws Exception {
        var file = directory.resolve("refused.backup");
        assertThat(command("backup", file, url, user, password)).isZero();
        Map<String, String> before;
        try (var source = DriverManager.getConnection(url, user, password)) {
            before = fingerprints(source);
        }

        assertThat(command("restore", file, url, user, password)).isEqualTo(1);

        assertThat(err.toString()).contains("restore failed: The database is not empty");
        try (var source = DriverManager.getConnection(url, user, password)) {
            assertThat(fingerprints(source)).isEqualTo(before);
        }
    }

    @Test
    void explainsFilesItCannotUse() throws Exception {
        var notABackup = Files.writeString(directory.resolve("notes.txt"), "not a backup");
        var existing = Files.writeString(directory.resolve("taken.backup"), "keep me");
        var target = TestDatabases.createEmpty();

        assertThat(command("restore", notABackup, target.url(), target.user(), target.password())).isEqualTo(1);
        assertThat(command("backup", existing, url, user, password)).isEqualTo(1);
        assertThat(command("restore", directory.resolve("missing.backup"), url, user, password)).isEqualTo(1);
        assertThat(BackupCommand.run(new String[] {"backup"}, print(out), print(err))).isEqualTo(2);

        assertThat(err.toString())
                .contains("notes.txt is not a Mingle backup")
                .contains("taken.backup exists already")
                .contains("missing.backup does not exist")
                .contains("Usage: java -jar mingle.jar backup FILE")
                .doesNotContain("Exception");
        assertThat(Files.readString(existing)).isEqualTo("keep me");
    }

    /** Backs up, registering one person for a new event between copying the events and the registrations. */
    private TestDatabase backupWhileSomeoneRegisters(boolean snapshot) throws Exception {
        var organizer = signUp("organizer");
        var start = Instant.now().plus(Duration.ofDays(5)).truncatedTo(ChronoUnit.HOURS);
        var event = events.create(organizer, new EventInput("Backup night " + snapshot, "", start,
                start.plus(Duration.ofHours(2)), "Europe/Berlin", "Hall 1", 50, null, false, 0.5)).id();
        events.publish(organizer, event);
        var early = signUp("early");
        registrations.register(early, event);
        var late = signUp("late");

        var file = directory.resolve("during-" + snapshot + ".backup");
        try (var connection = DriverManager.getConnection(url, user, password)) {
            DatabaseBackup.write(connection, file, snapshot, table -> {
                if (table.equals("registrations")) {
                    registrations.register(late, event);
                }
            });
        }
        var target = TestDatabases.createEmpty();
        assertThat(command("restore", file, target.url(), target.user(), target.password())).as(err.toString())
                .isZero();
        return target;
    }

    private AccountId signUp(String who) {
        var email = who + "." + System.nanoTime() + "@backup.example";
        return accounts.signUp(new SignUp(email, "tangerine orbit maple 1987", who), null).id();
    }

    private static List<EventId> counterMismatches(TestDatabase database) throws SQLException {
        var mismatches = new ArrayList<EventId>();
        try (var connection = database.connect(); var statement = connection.createStatement();
             var rows = statement.executeQuery("""
                     select e.id from events e
                      where e.confirmed_count <> (select count(*) from registrations r
                                                   where r.event_id = e.id and r.status = 'CONFIRMED')""")) {
            while (rows.next()) {
                mismatches.add(EventId.fromString(rows.getString(1)));
            }
        }
        return mismatches;
    }

    /** Every table's row count and a digest of its rows in a fixed order. */
    private static Map<String, String> fingerprints(Connection connection) throws SQLException {
        var tables = new ArrayList<String>();
        try (var statement = connection.createStatement();
             var rows = statement.executeQuery("select tablename from pg_tables where schemaname = 'public' "
                     + "and tablename <> 'flyway_schema_history'")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        var fingerprints = new TreeMap<String, String>();
        for (var table : tables) {
            try (var statement = connection.createStatement();
                 var rows = statement.executeQuery("select count(*), md5(coalesce(string_agg(md5(t::text), '' "
                         + "order by md5(t::text)), '')) from \"" + table + "\" t")) {
                rows.next();
                fingerprints.put(table, "rows " + rows.getLong(1) + " " + rows.getString(2));
            }
        }
        return fingerprints;
    }

    private static List<String> versions(Connection connection) throws SQLException {
        var versions = new ArrayList<String>();
        try (var statement = connection.createStatement();
             var rows = statement.executeQuery("select version from flyway_schema_history where success "
                     + "and version is not null order by installed_rank")) {
            while (rows.next()) {
                versions.add(rows.getString(1));
            }
        }
        return versions;
    }

    private int command(String name, Path file, String databaseUrl, String databaseUser, String databasePassword) {
        return BackupCommand.run(new String[] {name, file.toString(), "--datasources.default.url=" + databaseUrl,
                "--datasources.default.username=" + databaseUser,
                "--datasources.default.password=" + databasePassword}, print(out), print(err));
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }
}
