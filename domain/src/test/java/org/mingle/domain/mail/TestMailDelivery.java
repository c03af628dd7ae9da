package org.mingle.domain.mail;

import io.micronaut.context.BeanContext;
import java.time.Clock;
import java.util.Optional;
import org.mingle.testsupport.TestMailServer;

/** Sends what the outbox holds to a test mail server, as the delivery worker would: for tests outside this package. */
public final class TestMailDelivery {

    private final MailDelivery worker;

    public TestMailDelivery(BeanContext beans, TestMailServer smtp) {
        var server = MailServer.of("127.0.0.1", String.valueOf(smtp.port()), "NONE", "", "",
                "Mingle <mingle@example.org>").orElseThrow();
        this.worker = new MailDelivery(beans.getBean(JdbcOutbox.class),
                Optional.of(new SmtpTransport(server, Clock.systemUTC())), Clock.systemUTC(), delivered -> { });
    }

    /** Sends every mail due now; how many were claimed. */
    public int deliverAll() {
        int total = 0;
        for (int claimed = worker.deliverBatch(); claimed > 0; claimed = worker.deliverBatch()) {
            total += claimed;
        }
        return total;
    }
}
