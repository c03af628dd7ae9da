package org.mingle.testsupport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.UUID;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.jooq.codegen.GenerationTool;
import org.jooq.meta.jaxb.Configuration;
import org.jooq.meta.jaxb.Database;
import org.jooq.meta.jaxb.ForcedType;
import org.jooq.meta.jaxb.Generate;
import org.jooq.meta.jaxb.Generator;
import org.jooq.meta.jaxb.Jdbc;
import org.jooq.meta.jaxb.Target;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Generates the jOOQ classes from the Flyway migrations, run by the build of the migrations module: migrate a scratch
 * database on a real PostgreSQL (see {@link PostgresServer}), read its schema back, drop it. The schema therefore has
 * one source, the migrations, and the generated code cannot drift from it. Skipped when neither the migrations nor the
 * target package changed since the last run.
 *
 * <p>Arguments: the migrations folder, the output folder, the Java package.
 */
public final class JooqCodegen {

    private static final Logger LOG = LoggerFactory.getLogger(JooqCodegen.class);
    private static final String STAMP = ".migrations-checksum";

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
                GenerationTool.generate(configuration(url, server, output, packageName));
            } finally {
                sql.execute("drop database if exists " + database + " with (force)");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not generate jOOQ classes", e);
        }
    }

    private static Configuration configuration(String url, PostgresServer server, Path output, String packageName) {
        return new Configuration()
                .withJdbc(new Jdbc().withDriver("org.postgresql.Driver").withUrl(url)
                        .withUser(server.user()).withPassword(server.password()))
                .withGenerator(new Generator()
                        .withDatabase(new Database()
                                .withName("org.jooq.meta.postgres.PostgresDatabase")
                                .withInputSchema("public")
                                .withOutputSchemaToDefault(true)
                                .withExcludes("flyway_schema_history")
                                // Instants everywhere: the domain speaks Instant, the time zone is per event.
                                .withForcedTypes(new ForcedType().withName("INSTANT")
                                        .withIncludeTypes("(?i:timestamp\\ with\\ time\\ zone|timestamptz)")))
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

    private static String checksum(Path migrations, String packageName) throws IOException {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            digest.update(packageName.getBytes(StandardCharsets.UTF_8));
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
