package org.mingle.web.vaadin;

import com.github.mvysny.kaributesting.v10.mock.MockService;
import com.github.mvysny.kaributesting.v10.mock.MockVaadinServlet;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.server.ServiceException;
import com.vaadin.flow.server.VaadinServletService;
import io.micronaut.context.BeanContext;

/**
 * Karibu-Testing's mock servlet with Mingle's {@link MicronautInstantiator}: views come from Micronaut as in
 * production. Routes are not registered here but by {@link VaadinContextSetup} on the servlet context, as in
 * production (see {@link KaribuVaadin}).
 */
class KaribuServlet extends MockVaadinServlet {

    private final transient BeanContext beans;

    KaribuServlet(BeanContext beans) {
        this.beans = beans;
    }

    @Override
    protected VaadinServletService createServletService(DeploymentConfiguration configuration)
            throws ServiceException {
        var service = new MockService(this, configuration, getUiFactory()) {
            @Override
            protected Instantiator createInstantiator() {
                return new MicronautInstantiator(this, beans);
            }
        };
        service.init();
        return service;
    }
}
