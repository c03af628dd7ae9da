package org.mingle.server;

import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.FileDescriptorMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;

/**
 * The application's one meter registry, in Prometheus form: every module records into it ({@code MeterRegistry}),
 * and {@link ManagementServer} serves it on the management port. JVM and process basics are bound here; the API's
 * requests by {@link HttpMetrics}; the business and its outboxes by the app.
 */
@Factory
class MeterRegistryFactory {

    /** Listens to the JVM's garbage collections until the context stops. */
    private final JvmGcMetrics collections = new JvmGcMetrics();

    @Singleton
    @Bean(preDestroy = "close")
    PrometheusMeterRegistry meterRegistry() {
        var registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        new ClassLoaderMetrics().bindTo(registry);
        new JvmMemoryMetrics().bindTo(registry);
        collections.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        new FileDescriptorMetrics().bindTo(registry);
        return registry;
    }

    @PreDestroy
    void stopListening() {
        collections.close();
    }
}
