package org.mingle.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * No Docker engine runs where the tests run, so this checks what can be checked without one: the compose file and the
 * Dockerfile agree with the app's configuration.
 */
@SuppressWarnings("unchecked")
class DockerComposeTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z0-9_]+):([^}]*)}");

    private final Map<String, Object> compose = yaml(ROOT.resolve("docker-compose.yml"));
    private final String applicationYml = read(ROOT.resolve("app/src/main/resources/application.yml"));

    @Test
    void theDatabaseIsPinnedPersistentAndHealthChecked() {
        var db = service("db");

        assertThat((String) db.get("image")).matches("postgres:\\d+(\\.\\d+)?(-[a-z0-9]+)?");
        assertThat((List<String>) db.get("volumes")).anySatisfy(v -> assertThat(v).startsWith("db-data:"));
        assertThat((Map<String, Object>) compose.get("volumes")).containsKey("db-data");
        assertThat((Map<String, Object>) db.get("healthcheck")).containsKey("test");
    }

    @Test
    void theAppWaitsForAHealthyDatabase() {
        var dependsOn = (Map<String, Map<String, String>>) service("app").get("depends_on");

        assertThat(dependsOn.get("db")).containsEntry("condition", "service_healthy");
    }

    @Test
    void everyVariableGivenToTheAppIsOneItReads() {
        var environment = (Map<String, Object>) service("app").get("environment");
        var readByApp = PLACEHOLDER.matcher(applicationYml).results().map(m -> m.group(1)).toList();

        assertThat(environment).isNotEmpty();
        assertThat(readByApp).containsAll(environment.keySet());
    }

    @Test
    void theAppReachesTheComposeDatabase() {
        var appEnv = (Map<String, Object>) service("app").get("environment");
        var dbEnv = (Map<String, Object>) service("db").get("environment");

        assertThat((String) appEnv.get("MINGLE_DATABASE_URL"))
                .isEqualTo("jdbc:postgresql://db:5432/" + dbEnv.get("POSTGRES_DB"));
        assertThat(appEnv.get("MINGLE_DATABASE_USER")).isEqualTo(dbEnv.get("POSTGRES_USER"));
        assertThat(appEnv.get("MINGLE_DATABASE_PASSWORD")).isEqualTo(dbEnv.get("POSTGRES_PASSWORD"));
    }

    @Test
    void thePublishedPortIsTheAppsPort() {
        var defaultPort = PLACEHOLDER.matcher(applicationYml).results()
                .filter(m -> m.group(1).equals("MINGLE_PORT")).findFirst().orElseThrow().group(2);
        var appEnv = (Map<String, Object>) service("app").get("environment");

        assertThat((List<String>) service("app").get("ports")).containsExactly(defaultPort + ":" + defaultPort);
        assertThat(appEnv.get("MINGLE_PORT")).isEqualTo(defaultPort);
        assertThat(read(ROOT.resolve("Dockerfile"))).contains("EXPOSE " + defaultPort);
    }

    @Test
    void theImageRunsAsAnUnprivilegedUser() {
        var dockerfile = read(ROOT.resolve("Dockerfile"));
        var runtimeStage = dockerfile.substring(dockerfile.lastIndexOf("FROM "));

        assertThat(runtimeStage).containsPattern("(?m)^USER (?!root)\\w+");
        assertThat(dockerfile).contains("COPY --from=build").contains("app/target/mingle.jar");
    }

    @Test
    void theImageAndTheReadmeStartTheJvmWithAHeapLimit() {
        var dockerfile = read(ROOT.resolve("Dockerfile"));
        var runtimeStage = dockerfile.substring(dockerfile.lastIndexOf("FROM "));

        assertThat(runtimeStage).containsPattern("(?m)^ENV JDK_JAVA_OPTIONS=\"[^\"]*-Xmx\\d+[mg]");
        assertThat(runtimeStage).doesNotContain("MaxRAMPercentage");
        assertThat(read(ROOT.resolve("README.md"))).containsPattern("java -Xmx\\d+[mg] -jar app/target/mingle.jar");
    }

    @Test
    void noDatabasePasswordIsKnownInAdvance() {
        var password = (String) ((Map<String, Object>) service("db").get("environment")).get("POSTGRES_PASSWORD");

        assertThat(password).startsWith("${MINGLE_DATABASE_PASSWORD:?").doesNotContain(":-");
        assertThat(read(ROOT.resolve(".gitignore"))).containsPattern("(?m)^\\.env$");
    }

    @Test
    void theImageLeavesTheEmbeddedDatabaseOutAndChecksItsHealth() {
        var dockerfile = read(ROOT.resolve("Dockerfile"));
        var runtimeStage = dockerfile.substring(dockerfile.lastIndexOf("FROM "));

        assertThat(dockerfile).contains("-Dmingle.jar.exclude='postgres-*.txz'").contains("--mount=type=cache");
        assertThat(runtimeStage).containsPattern("(?ms)^HEALTHCHECK\\s.*/api/health/ready");
    }

    @Test
    void theScaleProfileRunsASecondInstanceBehindHaproxyWithTheScriptsConfiguration() {
        var app2 = service("app2");
        var lb = service("lb");
        var haproxy = read(ROOT.resolve("scripts/scale/haproxy.cfg"));

        assertThat((List<String>) app2.get("profiles")).containsExactly("scale");
        assertThat((List<String>) lb.get("profiles")).containsExactly("scale");
        assertThat(app2.get("environment")).as("the same settings as app").isEqualTo(service("app").get("environment"));
        assertThat((List<String>) app2.get("ports")).as("reached through HAProxy only").isEmpty();
        assertThat((List<String>) lb.get("volumes"))
                .contains("./scripts/scale/haproxy.cfg:/usr/local/etc/haproxy/haproxy.cfg:ro");
        assertThat((Map<String, Object>) lb.get("environment")).containsEntry("MINGLE_APP1", "app:8080")
                .containsEntry("MINGLE_APP2", "app2:8080");
        assertThat(haproxy).contains("option httpchk GET /api/health/ready", "balance roundrobin",
                "option redispatch", "cookie MINGLE_INSTANCE insert");
    }

    private Map<String, Object> service(String name) {
        var services = (Map<String, Map<String, Object>>) compose.get("services");
        assertThat(services).containsKey(name);
        return services.get(name);
    }

    private static Map<String, Object> yaml(Path file) {
        return new Yaml().load(read(file));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
