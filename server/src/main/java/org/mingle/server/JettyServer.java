package org.mingle.server;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.env.Environment;
import io.micronaut.core.order.OrderUtil;
import io.micronaut.http.server.HttpServerConfiguration;
import io.micronaut.http.server.exceptions.HttpServerException;
import io.micronaut.runtime.ApplicationConfiguration;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.runtime.server.event.ServerShutdownEvent;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import io.micronaut.servlet.engine.DefaultMicronautServlet;
import io.micronaut.servlet.engine.initializer.MicronautServletInitializer;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.SessionTrackingMode;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.ee10.servlet.SessionHandler;
import org.eclipse.jetty.ee10.websocket.jakarta.server.config.JakartaWebSocketServletContainerInitializer;
import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.server.ForwardedRequestCustomizer;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one embedded Jetty 12 (Jakarta Servlet 6) server of the application: Micronaut's HTTP API on
 * {@value #API_MAPPING} and whatever other modules contribute as {@link ServletContainerInitializer} beans (the
 * Vaadin UI on {@code /*}), all on one port and in one servlet context, so they share sessions.
 *
 * <p>As the context's {@link EmbeddedServer}, {@code Micronaut.run(..)} and {@code @MicronautTest} start it.
 *
 * <p><b>Paths.</b> Micronaut's servlet builds its request URI from {@code HttpServletRequest#getRequestURI()}, the full
 * path including the servlet mapping. Controllers therefore see {@code /api/events}, not {@code /events}, and declare
 * the prefix themselves ({@code @Controller("/api/events")}); the generated OpenAPI document shows the same paths that
 * clients call.
 *
 * <p>Configuration: {@code micronaut.server.port} (default 8080, else the {@code PORT} environment variable; -1 or 0
 * for a random port, random by default in tests), {@code micronaut.server.host} (default: all interfaces),
 * {@code micronaut.servlet.async-supported} (default false here), and {@link ServerSettings}.
 *
 * <p>Every request gets an id ({@link RequestIds}) and is timed ({@link HttpMetrics}); the metrics are served on a
 * port of their own ({@link ManagementServer}: {@code mingle.server.management-port}, default
 * {@value ServerSettings#DEFAULT_MANAGEMENT_PORT}, any free port in tests, {@code off} for none), never on this one.
 * With the management port off, requests are not timed either.
 * <p><b>Stopping</b> (decision 59): {@link ServerShutdownEvent} is published as soon as {@link #stop()} begins, so
 * the readiness check answers 503 while requests are still served for {@code mingle.server.shutdown-drain}; then the
 * port closes and the requests in flight get {@code mingle.server.shutdown-timeout} to finish.
 */
@Singleton
public class JettyServer implements EmbeddedServer {

    /** The servlet mapping of the HTTP API. */
    public static final String API_MAPPING = "/api/*";
    /** The API paths that take an upload rather than JSON, with {@link ServerSettings#getApiMaxUploadSize()}. */
    static final Set<String> API_UPLOAD_PATHS = Set.of("/api/me/photo");

    private static final Logger LOG = LoggerFactory.getLogger(JettyServer.class);
    private static final int DEFAULT_PORT = 8080;

    private final ApplicationContext applicationContext;
    private final ApplicationConfiguration applicationConfiguration;
    private final HttpServerConfiguration httpConfiguration;
    private final ServerSettings settings;
    private final PrometheusMeterRegistry metrics;
    private final boolean asyncSupported;

    private Server server;
    private ServerConnector connector;
    private ManagementServer management;
    private boolean stopping;

    /**
     * @param asyncSupported whether the API servlet handles requests asynchronously. Off by default: with the
     *                       servlet engine on Jetty 12, async handling logs an error from request-scope clean-up on
     *                       every request, and synchronous handling on Jetty's thread pool is all the API needs.
     */
    public JettyServer(ApplicationContext applicationContext,
                       ApplicationConfiguration applicationConfiguration,
                       HttpServerConfiguration httpConfiguration,
                       ServerSettings settings,
                       PrometheusMeterRegistry metrics,
                       @Value("${micronaut.servlet.async-supported:false}") boolean asyncSupported) {
        this.applicationContext = applicationContext;
        this.applicationConfiguration = applicationConfiguration;
        this.httpConfiguration = httpConfiguration;
        this.settings = settings;
        this.metrics = metrics;
        this.asyncSupported = asyncSupported;
    }

    @Override
    public synchronized EmbeddedServer start() {
        if (isRunning()) {
            return this;
        }
        try {
            if (!applicationContext.isRunning()) {
                applicationContext.start();
            }
            server = newServer();
            server.start();
        } catch (Exception e) {
            stopQuietly();
            throw new HttpServerException("Could not start the web server on port " + configuredPort() + ": "
                    + e.getMessage(), e);
        }
        OptionalInt managementPort = managementPortToOpen();
        if (managementPort.isPresent()) {
            try {
                management = new ManagementServer(metrics, managementHost(), managementPort.getAsInt());
                management.start();
            } catch (Exception e) {
                stopQuietly();
                throw new HttpServerException("Could not start the management server on port "
                        + managementPort.getAsInt() + " (" + ServerSettings.MANAGEMENT_PORT_SETTING + "): "
                        + e.getMessage(), e);
            }
            LOG.info("Metrics on http://{}:{}{}", managementHost() == null ? "localhost" : managementHost(),
                    management.port(), ManagementServer.METRICS_PATH);
        } else {
            LOG.info("No management port: metrics are off ({})", ServerSettings.MANAGEMENT_PORT_SETTING);
        }
        LOG.info("Listening on {}", getURI());
        applicationContext.publishEvent(new ServerStartupEvent(this));
        return this;
    }

    @Override
    public EmbeddedServer stop() {
        // The drain runs outside this object's lock: requests served meanwhile may ask for the port or the URL.
        if (announceShutdown()) {
            drain();
        }
        synchronized (this) {
            if (server == null) {
                return this;
            }
            try {
                // Stopping first shuts the GracefulHandler: new requests are refused, in-flight ones may finish
                // within the server's stop timeout.
                server.stop();
            } catch (Exception e) {
                LOG.warn("The web server did not stop cleanly", e);
            } finally {
                server = null;
                connector = null;
                stopping = false;
            }
            stopManagement();
        }
        if (applicationContext.isRunning()) {
            applicationContext.stop();
        }
        return this;
    }

    /**
     * Says once, while requests are still served, that this server is going: the readiness check answers 503 from
     * now on, so a load balancer stops sending new requests during the drain and none meets a closed port. True for
     * the call that said it.
     */
    private synchronized boolean announceShutdown() {
        if (server == null || !server.isRunning() || stopping) {
            return false;
        }
        stopping = true;
        applicationContext.publishEvent(new ServerShutdownEvent(this));
        return true;
    }

    /** Keeps serving for {@link ServerSettings#getShutdownDrain()}, the time a load balancer needs to notice. */
    private void drain() {
        var drain = settings.getShutdownDrain();
        if (drain.isZero()) {
            return;
        }
        LOG.info("Shutting down: not ready any more, serving requests for {} more before closing the port", drain);
        try {
            Thread.sleep(drain.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Also stops the server when the context is closed without {@link #stop()} (for example by a test). */
    @PreDestroy
    synchronized void stopOnShutdown() {
        stopQuietly();
    }

    @Override
    public synchronized boolean isRunning() {
        return server != null && server.isRunning();
    }

    @Override
    public synchronized int getPort() {
        if (connector != null && connector.getLocalPort() > 0) {
            return connector.getLocalPort();
        }
        return configuredPort();
    }

    @Override
    public String getHost() {
        return httpConfiguration.getHost().filter(host -> !host.isBlank() && !"0.0.0.0".equals(host))
                .orElse("localhost");
    }

    @Override
    public String getScheme() {
        return "http";
    }

    @Override
    public URL getURL() {
        try {
            return getURI().toURL();
        } catch (MalformedURLException e) {
            throw new HttpServerException("Invalid server URL: " + e.getMessage(), e);
        }
    }

    @Override
    public URI getURI() {
        try {
            return new URI(getScheme(), null, getHost(), getPort(), null, null, null);
        } catch (URISyntaxException e) {
            throw new HttpServerException("Invalid server URI: " + e.getMessage(), e);
        }
    }

    @Override
    public ApplicationContext getApplicationContext() {
        return applicationContext;
    }

    @Override
    public ApplicationConfiguration getApplicationConfiguration() {
        return applicationConfiguration;
    }

    /** The port serving metrics while running; empty when the management port is off. */
    public synchronized OptionalInt getManagementPort() {
        return management == null ? OptionalInt.empty() : OptionalInt.of(management.port());
    }

    /** The underlying Jetty server while running, for diagnostics and tests. */
    public synchronized Server jetty() {
        return server;
    }

    private Server newServer() {
        var threads = new QueuedThreadPool();
        threads.setName("http");
        var jetty = new Server(threads);
        jetty.setStopTimeout(settings.getShutdownTimeout().toMillis());
        jetty.setStopAtShutdown(false); // Micronaut's shutdown hook stops the context, and with it this server

        var http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        if (settings.isTrustForwardedHeaders()) {
            http.addCustomizer(new ForwardedRequestCustomizer());
        }
        http.addCustomizer(new SecurityHeaders()); // after the forwarded headers, which say whether it was HTTPS
        connector = new ServerConnector(jetty, new HttpConnectionFactory(http));
        connector.setPort(configuredPort());
        httpConfiguration.getHost().filter(host -> !host.isBlank()).ifPresent(connector::setHost);
        jetty.addConnector(connector);

        jetty.setErrorHandler(SecurityHeaders.onErrors(RequestIds.onErrors(new ApiErrorHandler())));

        Handler handler = new CspReportEndpoint(applicationContext.getBean(CspReports.class),
                StaticFileCompression.around(newContext()));
        if (managementPortToOpen().isPresent()) {
            handler = new HttpMetrics(metrics, handler);
        }
        jetty.setHandler(new GracefulHandler(new RequestIds(handler)));
        return jetty;
    }

    private ServletContextHandler newContext() {
        var context = new ServletContextHandler("/", ServletContextHandler.SESSIONS);
        context.setDisplayName(applicationConfiguration.getName().orElse("mingle"));
        // The application's class loader, where servlets look up their files (the UI's pre-compressed bundle).
        context.setClassLoader(applicationContext.getClassLoader());
        context.getMimeTypes().addMimeMapping("webmanifest", "application/manifest+json");

        SessionHandler sessions = context.getSessionHandler();
        sessions.setHttpOnly(true);
        sessions.setSameSite(HttpCookie.SameSite.LAX);
        sessions.setSecureRequestOnly(true); // Secure exactly when the request came over HTTPS
        sessions.setSessionTrackingModes(Set.of(SessionTrackingMode.COOKIE));

        context.setErrorHandler(new ApiErrorHandler.InContext());

        context.setAttribute(DefaultMicronautServlet.CONTEXT_ATTRIBUTE, applicationContext);
        context.addFilter(new FilterHolder(new ApiBodyLimitFilter(settings.getApiMaxBodySize(), API_UPLOAD_PATHS,
                settings.getApiMaxUploadSize())), API_MAPPING, EnumSet.of(DispatcherType.REQUEST));
        context.addFilter(new FilterHolder(new InputBoundaryFilter()), API_MAPPING, EnumSet.of(DispatcherType.REQUEST));

        var api = new ServletHolder(DefaultMicronautServlet.NAME, new DefaultMicronautServlet(applicationContext));
        api.setAsyncSupported(asyncSupported);
        api.setInitOrder(0);
        context.addServlet(api, API_MAPPING);

        // A WebSocket container in the context, for Vaadin Push (live notices); without it Push would fall back to
        // long polling, one held request per open page.
        JakartaWebSocketServletContainerInitializer.configure(context, null);

        for (ServletContainerInitializer initializer : contributedInitializers()) {
            context.addServletContainerInitializer(initializer);
        }
        return context;
    }

    /**
     * The initializers other modules contribute. Micronaut's own {@link MicronautServletInitializer} is left out: it
     * would map every {@code Servlet} bean and a second Micronaut servlet at {@code /*}; this server maps Micronaut
     * itself, and contributed servlets arrive through their module's initializer.
     */
    private List<ServletContainerInitializer> contributedInitializers() {
        List<ServletContainerInitializer> initializers = new ArrayList<>();
        for (var definition : applicationContext.getBeanDefinitions(ServletContainerInitializer.class)) {
            if (!MicronautServletInitializer.class.isAssignableFrom(definition.getBeanType())) {
                initializers.add(applicationContext.getBean(definition));
            }
        }
        OrderUtil.sort(initializers);
        return initializers;
    }

    private int configuredPort() {
        return httpConfiguration.getPort().map(port -> port < 0 ? 0 : port).orElseGet(() -> {
            String fromEnvironment = System.getenv("PORT");
            if (fromEnvironment != null && !fromEnvironment.isBlank()) {
                return Integer.parseInt(fromEnvironment.strip());
            }
            return applicationContext.getEnvironment().getActiveNames().contains(Environment.TEST) ? 0 : DEFAULT_PORT;
        });
    }

    /** The management port to open: configured, or by default the usual one (any free one in tests); or none. */
    private OptionalInt managementPortToOpen() {
        if (settings.managementPortConfigured()) {
            return settings.managementPort();
        }
        boolean test = applicationContext.getEnvironment().getActiveNames().contains(Environment.TEST);
        return OptionalInt.of(test ? 0 : ServerSettings.DEFAULT_MANAGEMENT_PORT);
    }

    /** The management port's address: configured, or the public port's. */
    private String managementHost() {
        if (settings.getManagementHost() != null) {
            return settings.getManagementHost();
        }
        return httpConfiguration.getHost().filter(host -> !host.isBlank()).orElse(null);
    }

    private void stopManagement() {
        if (management != null) {
            try {
                management.stop();
            } catch (Exception e) {
                LOG.warn("The management server did not stop cleanly", e);
            }
            management = null;
        }
    }

    private void stopQuietly() {
        stopManagement();
        if (server != null) {
            try {
                server.stop();
            } catch (Exception e) {
                LOG.warn("The web server did not stop cleanly", e);
            }
            server = null;
            connector = null;
        }
    }
}
