package org.mingle.server;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.convert.format.ReadableBytes;
import java.time.Duration;

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

    private long apiMaxBodySize = DEFAULT_API_MAX_BODY_SIZE;
    private long apiMaxUploadSize = DEFAULT_API_MAX_UPLOAD_SIZE;
    private Duration shutdownTimeout = Duration.ofSeconds(30);
    private Duration shutdownDrain = Duration.ZERO;
    private boolean trustForwardedHeaders;

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
}
