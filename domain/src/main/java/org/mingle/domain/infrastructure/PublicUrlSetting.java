package org.mingle.domain.infrastructure;

import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.mingle.domain.shared.PublicUrl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code MINGLE_PUBLIC_URL} ({@code mingle.public-url}): the {@link PublicUrl} that links are built on. Checked when
 * the application starts, so a wrong value stops it with a message naming the variable before any link is handed
 * out. Unset, links point at {@code http://localhost:<port>}, which only this machine can open; the start-up log
 * says which address links use.
 */
@Context
@Factory
class PublicUrlSetting implements ApplicationEventListener<ServerStartupEvent> {

    static final String VARIABLE = "MINGLE_PUBLIC_URL";
    static final String PROPERTY = "mingle.public-url";

    private static final Logger LOG = LoggerFactory.getLogger(PublicUrlSetting.class);

    private final Optional<PublicUrl> configured;
    private final BeanProvider<EmbeddedServer> server;

    PublicUrlSetting(@Value("${" + PROPERTY + ":}") String value, BeanProvider<EmbeddedServer> server) {
        this.configured = value.isBlank() ? Optional.empty() : Optional.of(parse(value));
        this.server = server;
    }

    /** Asked for after the server has started when links are built for requests, so the port is the real one. */
    @Singleton
    PublicUrl publicUrl() {
        return configured.orElseGet(() -> PublicUrl.localhost(server.get().getPort()));
    }

    @Override
    public void onApplicationEvent(ServerStartupEvent event) {
        if (configured.isPresent()) {
            LOG.info("Links point to {} ({})", configured.get(), VARIABLE);
        } else {
            LOG.warn("Links point to {}: {} is not set; set it to the address people reach Mingle at",
                    publicUrl(), VARIABLE);
        }
    }

    private static PublicUrl parse(String value) {
        try {
            return PublicUrl.parse(value);
        } catch (IllegalArgumentException invalid) {
            throw new IllegalArgumentException(VARIABLE + " (" + PROPERTY + ") is \"" + value + "\", but "
                    + invalid.getMessage() + ". Set it to the address people reach Mingle at, such as "
                    + "https://mingle.example.org");
        }
    }
}
