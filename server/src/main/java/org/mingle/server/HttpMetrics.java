package org.mingle.server;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Times every request of the public port, from the moment Jetty hands it over until its response is complete, as
 * {@value #METRIC} (in Prometheus {@code http_server_requests_seconds}, a histogram) by method, route and status.
 *
 * <p>The route is a template, never the path itself, so that ids do not become labels (one series per event would
 * grow without end): API requests carry the template of the Micronaut route that answered them
 * ({@code /api/events/{id}}, put into {@link Route} by {@link RouteTemplateFilter}); API requests no route took are
 * {@code /api/**}; the UI's files are grouped ({@code /VAADIN/**}, {@code static}), its requests by Vaadin's request
 * type ({@code /?v-r=uidl}), and every page it shows is {@code /**}.
 */
final class HttpMetrics extends Handler.Wrapper {

    static final String METRIC = "http.server.requests";
    /** The request attribute holding the {@link Route} of the request. */
    static final String ROUTE_ATTRIBUTE = "org.mingle.route";

    /** Bucket bounds: wide enough for a page load over a slow link, fine enough for the 300 ms goal of an event night. */
    static final Duration[] BUCKETS = {Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25),
        Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(300),
        Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofMillis(2500), Duration.ofSeconds(5),
        Duration.ofSeconds(10)};

    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");
    /** Vaadin's request types ({@code ?v-r=}); any other value is {@code other}. */
    private static final Set<String> VAADIN_REQUESTS = Set.of("uidl", "heartbeat", "push", "init", "upload",
            "webcomponent", "webcomponent-ui");

    private final MeterRegistry registry;

    HttpMetrics(MeterRegistry registry, Handler handler) {
        super(handler);
        this.registry = registry;
    }

    /** Where {@link RouteTemplateFilter} leaves the template of the API route that took the request. */
    static final class Route {
        private volatile String template;

        void template(String template) {
            this.template = template;
        }
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        long start = System.nanoTime();
        var route = new Route();
        request.setAttribute(ROUTE_ATTRIBUTE, route);
        var timed = new Callback.Nested(callback) {
            @Override
            public void succeeded() {
                record(request, response.getStatus(), route, start);
                super.succeeded();
            }

            @Override
            public void failed(Throwable failure) {
                record(request, response.isCommitted() ? response.getStatus() : 500, route, start);
                super.failed(failure);
            }
        };
        try {
            boolean handled = super.handle(request, response, timed);
            if (!handled) {
                record(request, 404, route, start); // the server answers it, without this callback
            }
            return handled;
        } catch (Exception | Error e) {
            record(request, 500, route, start);
            throw e;
        }
    }

    private void record(Request request, int status, Route route, long start) {
        String path = request.getHttpURI().getPath();
        String uri = routeOf(path == null ? "" : path, request.getHttpURI().getQuery(), route.template);
        Timer.builder(METRIC)
                .description("HTTP requests of the public port, by method, route template and status")
                .tags(Tags.of("method", method(request.getMethod()), "uri", uri,
                        "status", Integer.toString(status == 0 ? 200 : status)))
                .serviceLevelObjectives(BUCKETS)
                .register(registry)
                .record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
    }

    static String method(String method) {
        String upper = method == null ? "" : method.toUpperCase(Locale.ROOT);
        return METHODS.contains(upper) ? upper : "OTHER";
    }

    /** The route label of a request: its API route's template, or the group its path belongs to. */
    static String routeOf(String path, String query, String apiTemplate) {
        if (apiTemplate != null && !apiTemplate.isEmpty()) {
            int queryPart = apiTemplate.indexOf("{?");
            return queryPart < 0 ? apiTemplate : apiTemplate.substring(0, queryPart);
        }
        if (path.equals(ContentSecurityPolicy.REPORT_PATH)) {
            return ContentSecurityPolicy.REPORT_PATH;
        }
        if (path.equals("/api") || path.startsWith("/api/")) {
            return "/api/**";
        }
        if (path.startsWith("/VAADIN/")) {
            return "/VAADIN/**";
        }
        String vaadinRequest = vaadinRequest(query);
        if (vaadinRequest != null) {
            return "/?v-r=" + (VAADIN_REQUESTS.contains(vaadinRequest) ? vaadinRequest : "other");
        }
        String last = path.substring(path.lastIndexOf('/') + 1);
        return last.contains(".") ? "static" : "/**";
    }

    private static String vaadinRequest(String query) {
        if (query == null || !query.contains("v-r=")) {
            return null;
        }
        for (String pair : query.split("&")) {
            if (pair.startsWith("v-r=")) {
                return pair.substring("v-r=".length());
            }
        }
        return null;
    }
}
