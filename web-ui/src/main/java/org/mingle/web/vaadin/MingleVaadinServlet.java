package org.mingle.web.vaadin;

import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.server.ServiceException;
import com.vaadin.flow.server.StaticFileHandler;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServlet;
import com.vaadin.flow.server.VaadinServletService;
import io.micronaut.context.BeanContext;
import java.net.URL;
import java.util.Objects;

/**
 * The Vaadin servlet of Mingle: a plain {@link VaadinServlet} whose service creates views through
 * {@link MicronautInstantiator} and whose static files are cached as {@link StaticFiles} says. It is registered by
 * {@link VaadinServletInitializer}, never found by scanning.
 */
public class MingleVaadinServlet extends VaadinServlet {

    private final transient BeanContext beans;

    public MingleVaadinServlet(BeanContext beans) {
        this.beans = Objects.requireNonNull(beans, "beans");
    }

    @Override
    protected VaadinServletService createServletService(DeploymentConfiguration configuration)
            throws ServiceException {
        var service = new Service(this, configuration, beans);
        service.init();
        return service;
    }

    @Override
    protected StaticFileHandler createStaticFileHandler(VaadinService service) {
        return new StaticFiles(service);
    }

    /** The servlet's Vaadin service: only the instantiator differs from Vaadin's. */
    static final class Service extends VaadinServletService {

        private static final String VAADIN_STATIC = "/VAADIN/static/";

        private final transient BeanContext beans;

        Service(VaadinServlet servlet, DeploymentConfiguration configuration, BeanContext beans) {
            super(servlet, configuration);
            this.beans = beans;
        }

        /**
         * Vaadin's own static files (the Push client under {@code /VAADIN/static/push/}) lie in its jars'
         * {@code META-INF/resources}, which a servlet container serves only for a web application; this embedded
         * context has none, so they are taken from the class path. Other paths are looked up as usual.
         */
        @Override
        public URL getStaticResource(String path) {
            URL resource = super.getStaticResource(path);
            if (resource == null && path.startsWith(VAADIN_STATIC) && !path.contains("..")) {
                resource = getClassLoader().getResource("META-INF/resources" + path);
            }
            return resource;
        }

        @Override
        protected Instantiator createInstantiator() {
            return new MicronautInstantiator(this, beans);
        }

        /**
         * An embedded servlet context may have no class loader of its own (Jetty's {@code ServletContextHandler}
         * without a web application); the application's is then the right one.
         */
        @Override
        protected void setDefaultClassLoader() {
            ClassLoader loader = getServlet().getServletContext().getClassLoader();
            setClassLoader(loader != null ? loader : MingleVaadinServlet.class.getClassLoader());
        }
    }
}
