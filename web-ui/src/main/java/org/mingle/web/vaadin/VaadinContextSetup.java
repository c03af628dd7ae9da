package org.mingle.web.vaadin;

import com.vaadin.flow.di.LookupInitializer;
import com.vaadin.flow.server.InitParameters;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ErrorNavigationTargetInitializer;
import com.vaadin.flow.server.startup.LookupServletContainerInitializer;
import com.vaadin.flow.server.startup.RouteRegistryInitializer;
import com.vaadin.flow.server.startup.VaadinAppShellInitializer;
import com.vaadin.flow.server.startup.VaadinInitializerException;
import io.micronaut.context.BeanContext;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import java.util.HashSet;
import java.util.Set;

/**
 * Performs, on a servlet context, the start-up work that a servlet container's annotation scan would otherwise trigger
 * through Vaadin's {@code ServletContainerInitializer}s, with the classes taken from Micronaut's bean definitions.
 *
 * <ol>
 *   <li>{@link LookupServletContainerInitializer}: Vaadin's service registry ({@code Lookup}) with its default
 *       implementations, handed the one class it needs, {@link LookupInitializer}.</li>
 *   <li>{@link RouteRegistryInitializer}: the {@code @Route} beans into the application route registry.</li>
 *   <li>{@link ErrorNavigationTargetInitializer}: the error-view beans ({@code HasErrorParameter}); Vaadin's
 *       defaults remain for exceptions no bean handles.</li>
 *   <li>{@link VaadinAppShellInitializer}: the {@code AppShellConfigurator} bean, and the check that views carry no
 *       annotation that belongs on the shell.</li>
 * </ol>
 *
 * The same method serves the real servlet container and browserless tests, so both register views identically.
 */
public final class VaadinContextSetup {

    private VaadinContextSetup() {
    }

    public static void initialize(ServletContext servletContext, BeanContext beans) throws ServletException {
        initialize(servletContext, VaadinBeanTypes.of(beans));
    }

    public static void initialize(ServletContext servletContext, VaadinBeanTypes types) throws ServletException {
        // Mingle never runs Vaadin's development mode (it needs an npm build); say so for the whole application.
        servletContext.setInitParameter(InitParameters.SERVLET_PARAMETER_PRODUCTION_MODE, "true");

        Set<Class<?>> lookupTypes = new HashSet<>();
        lookupTypes.add(LookupInitializer.class);
        new LookupServletContainerInitializer().process(lookupTypes, servletContext);

        var context = new VaadinServletContext(servletContext);
        try {
            new RouteRegistryInitializer().initialize(new HashSet<>(types.routes()), context);
            new ErrorNavigationTargetInitializer().initialize(new HashSet<>(types.errorViews()), context);
        } catch (VaadinInitializerException e) {
            throw new ServletException("Vaadin routes could not be registered: " + e.getMessage(), e);
        }
        VaadinAppShellInitializer.init(new HashSet<>(types.appShellCandidates()), context);
    }
}
