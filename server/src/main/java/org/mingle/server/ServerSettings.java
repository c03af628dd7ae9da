package org.mingle.server;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.convert.format.ReadableBytes;
import java.time.Duration;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * Settings of the embedded web server that Micronaut itself does not define. Port and host stay under
 * {@code micronaut.server.port} and {@code micronaut.server.host}.
 *
 * <pre>
 * mingle:
 *   server:
 *     api-max-body-size: 1MB        # larger API request bodies answer 413
 *     api-max-upload-size: 5MB      # the same for uploads (a profile photo), on their own paths
 *     shutdown-timeout: 30s         # how long in-flight requests may take to finish on shutdown
 *     shutdown-drain: 0s            # how long to keep serving, not ready, before closing the port on shutdown
 *     trust-forwarded-headers: false # true behind a TLS-terminating reverse proxy (X-Forwarded-Proto, Forwarded)
 * </pre>
 */
@ConfigurationProperties("mingle.server")
public class ServerSettings {

    /** Default limit of an API request body: generous for JSON, small enough to refuse abuse early. */
    public static final long DEFAULT_API_MAX_BODY_SIZE = 1024 * 1024;

    /** Default limit of an upload: the largest profile photo the API takes (PhotoRules in the domain). */
    public static final long DEFAULT_API_MAX_UPLOAD_SIZE = 5 * 1024 * 1024;

    /** The management port when none is configured; in tests any free port, as for the public port. */
    public static final int DEFAULT_MANAGEMENT_PORT = 9090;

    /** The environment variable and property of the management port, named in start-up errors. */
    static final String MANAGEMENT_PORT_SETTING = "MINGLE_MANAGEMENT_PORT (mingle.server.management-port)";

    private long apiMaxBodySize = DEFAULT_API_MAX_BODY_SIZE;
    private long apiMaxUploadSize = DEFAULT_API_MAX_UPLOAD_SIZE;
    private Duration shutdownTimeout = Duration.ofSeconds(30);
    private Duration shutdownDrain = Duration.ZERO;
    private boolean trustForwardedHeaders;
    private Integer managementPort; // null: not configured; -1: off
    private String managementHost;

    public long getApiMaxBodySize() {
        return apiMaxBodySize;
    }

    public void setApiMaxBodySize(@ReadableBytes long apiMaxBodySize) {
        if (apiMaxBodySize < 1) {
            throw new IllegalArgumentException("mingle.server.api-max-body-size must be positive");
        }
        this.apiMaxBodySize = apiMaxBodySize;
    }

    public long getApiMaxUploadSize() {
        return apiMaxUploadSize;
    }

    public void setApiMaxUploadSize(@ReadableBytes long apiMaxUploadSize) {
        if (apiMaxUploadSize < 1) {
            throw new IllegalArgumentException("mingle.server.api-max-upload-size must be positive");
        }
        this.apiMaxUploadSize = apiMaxUploadSize;
    }

    public Duration getShutdownTimeout() {
        return shutdownTimeout;
    }

    public void setShutdownTimeout(Duration shutdownTimeout) {
        if (shutdownTimeout == null || shutdownTimeout.isNegative()) {
            throw new IllegalArgumentException("mingle.server.shutdown-timeout must not be negative");
        }
        this.shutdownTimeout = shutdownTimeout;
    }

    /**
     * How long a stopping instance keeps serving after its readiness check turned 503, before it closes its port:
     * behind a load balancer, at least the time the balancer's health checks take to mark it down, so no new request
     * meets a closed port during a rolling restart. Zero (the default) for a single instance.
     */
    public Duration getShutdownDrain() {
        return shutdownDrain;
    }

    public void setShutdownDrain(Duration shutdownDrain) {
        if (shutdownDrain == null || shutdownDrain.isNegative()) {
            throw new IllegalArgumentException("mingle.server.shutdown-drain must not be negative");
        }
        this.shutdownDrain = shutdownDrain;
    }

    public boolean isTrustForwardedHeaders() {
        return trustForwardedHeaders;
    }

    public void setTrustForwardedHeaders(boolean trustForwardedHeaders) {
        this.trustForwardedHeaders = trustForwardedHeaders;
    }

    /**
     * The configured management port: empty when it is {@code off}; {@code null} when not configured, then the server
     * takes {@link #DEFAULT_MANAGEMENT_PORT}.
     */
    public OptionalInt managementPort() {
        return managementPort == null || managementPort < 0 ? OptionalInt.empty() : OptionalInt.of(managementPort);
    }

    public boolean managementPortConfigured() {
        return managementPort != null;
    }

    /** @param managementPort a port number from 0 (any free port) to 65535, or {@code off}; blank: the default */
    public void setManagementPort(String managementPort) {
        this.managementPort = parseManagementPort(managementPort);
    }

    static Integer parseManagementPort(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.toLowerCase(Locale.ROOT).equals("off")) {
            return -1;
        }
        try {
            int port = Integer.parseInt(trimmed);
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException notANumber) {
            // answered below
        }
        throw new IllegalArgumentException(MANAGEMENT_PORT_SETTING + " is \"" + value + "\", but it must be a port "
                + "number from 0 to 65535 (0: any free port) or off.");
    }

    /** The address the management port listens on; empty: the public port's. */
    public String getManagementHost() {
        return managementHost;
    }

    public void setManagementHost(String managementHost) {
        this.managementHost = managementHost == null || managementHost.isBlank() ? null : managementHost.strip();
    }
}
