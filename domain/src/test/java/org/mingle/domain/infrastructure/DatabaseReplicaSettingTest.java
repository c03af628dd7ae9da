package org.mingle.domain.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.ApplicationContext;
import io.micronaut.inject.qualifiers.Qualifiers;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.mingle.testsupport.TestDatabases;

/** The replica setting's boundary: a wrong URL stops the start, none changes nothing, one that is down is survived. */
class DatabaseReplicaSettingTest {

    @Test
    void aWrongUrlStopsTheStartNamingTheVariable() {
        assertThatThrownBy(() -> ApplicationContext.run(Map.of("mingle.database.replica.url",
                "postgres://replica.example.org/mingle")).close())
                .rootCause()
                .hasMessage("MINGLE_DATABASE_REPLICA_URL (mingle.database.replica.url) is "
                        + "\"postgres://replica.example.org/mingle\", but it must be a PostgreSQL JDBC URL such as "
                        + "jdbc:postgresql://replica.example.org:5432/mingle.");
    }

    @Test
    void withoutAReplicaReportsReadThroughThePrimaryContext() {
        try (var context = ApplicationContext.run(new HashMap<>(TestDatabases.create().micronautProperties()))) {
            assertThat(reportReads(context)).isSameAs(context.getBean(DSLContext.class));
        }
    }

    @Test
    void aReplicaThatIsDownAtStartLeavesReportsOnThePrimary() throws IOException {
        int closedPort = freePort(18390, 18399); // nothing listens there
        var properties = new HashMap<String, Object>(TestDatabases.create().micronautProperties());
        properties.put("mingle.database.replica.url", "jdbc:postgresql://127.0.0.1:" + closedPort + "/mingle");
        try (var context = ApplicationContext.run(properties)) {
            var reports = reportReads(context);
            assertThat(reports).isNotSameAs(context.getBean(DSLContext.class));

            assertThat(reports.fetchValue("select 1", Integer.class)).isEqualTo(1);
            assertThat(((ReplicaConnectionProvider) reports.configuration().connectionProvider()).readingPrimary())
                    .isTrue();
        }
    }

    private static int freePort(int first, int last) throws IOException {
        for (int port = first; port <= last; port++) {
            try (var probe = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                return port;
            } catch (IOException taken) {
                // try the next one
            }
        }
        throw new IOException("No free port between " + first + " and " + last);
    }

    private static DSLContext reportReads(ApplicationContext context) {
        return context.getBean(DSLContext.class, Qualifiers.byStereotype(ReportReads.class));
    }
}
