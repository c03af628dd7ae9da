package org.mingle.web.vaadin;

import com.github.mvysny.fakeservlet.FakeContext;
import com.github.mvysny.fakeservlet.FakeServletConfig;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.mock.MockedUI;
import io.micronaut.context.BeanContext;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.mingle.testsupport.MicronautPostgres;

/**
 * Browserless Vaadin for view tests, wired like production: the servlet context is initialised by
 * {@link VaadinContextSetup} from the Micronaut bean definitions, and views are created by
 * {@link MicronautInstantiator} on a real PostgreSQL of the test class's own.
 *
 * <p>Subclasses are {@code @MicronautTest(startApplication = false, transactional = false)} with
 * {@code @TestInstance(PER_CLASS)}. Every test gets a fresh session and UI, opened at the root route.
 */
public abstract class KaribuViewTest implements MicronautPostgres {

    @Inject
    protected BeanContext beans;

    private KaribuServlet servlet;

    @BeforeAll
    void startVaadin() throws ServletException {
        var context = new FakeContext();
        VaadinContextSetup.initialize(context, beans);
        servlet = new KaribuServlet(beans);
        servlet.init(new FakeServletConfig(context));
    }

    @BeforeEach
    void openUi() {
        MockVaadin.setup(MockedUI::new, servlet);
    }

    @AfterEach
    void closeUi() {
        MockVaadin.tearDown();
    }

    @AfterAll
    void stopVaadin() {
        if (servlet != null) {
            servlet.destroy();
        }
    }
}
