package org.mingle.benchmarks;

import io.micronaut.context.ApplicationContext;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.mingle.domain.shared.InstallationSecret;

/**
 * The domain's application context as the benchmarks run it in process: what the API module and a running server
 * would provide (the installation secret, a public address for links in mail) is given here.
 */
final class BenchmarkContexts {

    private static final InstallationSecret SECRET =
            () -> "a benchmark-only secret for signing mail links, 48+ bytes".getBytes(StandardCharsets.UTF_8);

    private BenchmarkContexts() {
    }

    static ApplicationContext start(Map<String, ?> properties) {
        var all = new HashMap<String, Object>(properties);
        all.putIfAbsent("mingle.public-url", "https://mingle.example.org");
        return ApplicationContext.builder().properties(all).singletons(SECRET).start();
    }
}
