package org.mingle.domain.mail;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads {@code MINGLE_SMTP_HOST}, {@code MINGLE_SMTP_PORT}, {@code MINGLE_SMTP_SECURITY}, {@code MINGLE_SMTP_USER},
 * {@code MINGLE_SMTP_PASSWORD} and {@code MINGLE_MAIL_FROM} when Mingle starts. A wrong value stops it with a message
 * naming the variable. Without a host, mail stays in the outbox, marked as not sent, and the start-up log says so once.
 */
@Context // created at start-up, so a wrong value stops Mingle there
@Singleton
class MailSettings {

    private static final Logger LOG = LoggerFactory.getLogger(MailSettings.class);

    private final Optional<MailServer> server;

    MailSettings(@Value("${mingle.smtp.host:}") String host, @Value("${mingle.smtp.port:}") String port,
                 @Value("${mingle.smtp.security:}") String security, @Value("${mingle.smtp.user:}") String user,
                 @Value("${mingle.smtp.password:}") String password, @Value("${mingle.mail.from:}") String from) {
        this.server = MailServer.of(host, port, security, user, password, from);
        if (server.isPresent()) {
            LOG.info("Mail goes out through {} from {}", server.get(), server.get().from());
        } else {
            LOG.warn("No mail server configured (MINGLE_SMTP_HOST): notifications appear in the app; mail stays in "
                    + "the outbox, not sent, until a server is configured");
        }
    }

    Optional<MailServer> server() {
        return server;
    }
}
