package org.mingle.web.vaadin;

import com.vaadin.flow.server.InitParameters;
import io.micronaut.context.BeanContext;
import jakarta.inject.Singleton;
import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings Vaadin into the servlet context that the server module starts: the server adds every
 * {@link ServletContainerInitializer} bean to its context, and this one initialises Vaadin from Micronaut's bean
 * definitions ({@link VaadinContextSetup}, no class-path scan) and maps {@link MingleVaadinServlet} to {@code /*} in
 * production mode. More specific mappings, such as the API on {@code /api/*}, take precedence over it.
 */
@Singleton
public class VaadinServletInitializer implements ServletContainerInitializer {

    public static final String SERVLET_NAME = "vaadin";
    public static final String MAPPING = "/*";

    private static final Logger LOG = LoggerFactory.getLogger(VaadinServletInitializer.class);

    private final BeanContext beans;

    public VaadinServletInitializer(BeanContext beans) {
        this.beans = beans;
    }

    /** The class set is ignored: Vaadin's classes come from Micronaut's bean definitions. */
    @Override
    public void onStartup(Set<Class<?>> ignored, ServletContext servletContext) throws ServletException {
        var types = VaadinBeanTypes.of(beans);
        VaadinContextSetup.initialize(servletContext, types);

        var registration = servletContext.addServlet(SERVLET_NAME, new MingleVaadinServlet(beans));
        if (registration == null) {
            throw new ServletException("A servlet named '" + SERVLET_NAME + "' is already registered");
        }
        registration.setInitParameter(InitParameters.SERVLET_PARAMETER_PRODUCTION_MODE, "true");
        // The page's answer carries the view's first state, which the browser would otherwise ask for once its
        // scripts have run: a round trip saved on every page load (decision 33).
        registration.setInitParameter(InitParameters.SERVLET_PARAMETER_INITIAL_UIDL, "true");
        registration.setAsyncSupported(true);
        registration.setLoadOnStartup(1);
        var conflicts = registration.addMapping(MAPPING);
        if (!conflicts.isEmpty()) {
            throw new ServletException("The Vaadin servlet cannot be mapped to " + conflicts);
        }
        LOG.info("Vaadin servlet mapped to {} with {} routes and {} error views", MAPPING, types.routes().size(),
                types.errorViews().size());
    }
}
