package org.mingle.api.health;

import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.event.ServerShutdownEvent;
import jakarta.inject.Singleton;

/**
 * Whether this instance is leaving: from the moment its server starts to shut down (decision 59), the readiness check
 * answers 503, so a load balancer sends new requests to the other instances while this one finishes its own.
 */
@Singleton
class ShutdownReadiness {

    private volatile boolean leaving;

    @EventListener
    void onShutdown(ServerShutdownEvent shutdown) {
        leaving = true;
    }

    boolean leaving() {
        return leaving;
    }
}
