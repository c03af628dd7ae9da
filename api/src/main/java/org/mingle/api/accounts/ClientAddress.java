package org.mingle.api.accounts;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import java.net.InetSocketAddress;

/**
 * Where a request comes from, for log-in throttling and the security log: the address of the connection's peer.
 * Behind a reverse proxy ({@code mingle.server.trust-forwarded-headers: true}) it is the first address of
 * {@code X-Forwarded-For} instead; otherwise that header is ignored, since any client can send it.
 */
@Singleton
public class ClientAddress {

    static final String FORWARDED_FOR = "X-Forwarded-For";
    private static final int MAX_LENGTH = 100;

    private final boolean trustForwardedHeaders;

    public ClientAddress(@Value("${mingle.server.trust-forwarded-headers:false}") boolean trustForwardedHeaders) {
        this.trustForwardedHeaders = trustForwardedHeaders;
    }

    public String of(HttpRequest<?> request) {
        if (trustForwardedHeaders) {
            String forwarded = request.getHeaders().get(FORWARDED_FOR);
            if (forwarded != null) {
                String first = forwarded.split(",", 2)[0].strip();
                if (!first.isEmpty() && first.length() <= MAX_LENGTH) {
                    return first;
                }
            }
        }
        InetSocketAddress remote = request.getRemoteAddress();
        if (remote == null) {
            return "unknown";
        }
        return remote.getAddress() != null ? remote.getAddress().getHostAddress() : remote.getHostString();
    }
}
