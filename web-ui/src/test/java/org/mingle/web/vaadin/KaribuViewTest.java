package org.mingle.web.vaadin;

import com.github.mvysny.fakeservlet.FakeContext;
import com.github.mvysny.fakeservlet.FakeServletConfig;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.mock.MockedUI;
import io.micronaut.context.BeanContext;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import java.time.Duration;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.mingle.domain.accounts.Account;
import org.mingle.domain.accounts.AccountService;
import org.mingle.domain.accounts.SignUp;
import org.mingle.testsupport.Await;
import org.mingle.testsupport.MicronautPostgres;
import org.mingle.web.shell.CurrentUser;

/**
 * Browserless Vaadin for view tests, wired like production: the servlet context is initialised by
 * {@link VaadinContextSetup} from the Micronaut bean definitions, and views are created by
 * {@link MicronautInstantiator} on a real PostgreSQL of the test class's own.
 *
 * <p>Subclasses are {@code @MicronautTest(startApplication = false, transactional = false)} with
 * {@code @TestInstance(PER_CLASS)}. Every test gets a fresh, anonymous session and UI, opened at the root route.
 * Password hashing is slow on purpose, so a class creates its accounts once ({@link #signUp}) and signs them in
 * without a password ({@link #signInAs}) unless the log-in itself is under test.
 */
public abstract class KaribuViewTest implements MicronautPostgres {

    /** The password of every account {@link #signUp} creates. */
    protected static final String PASSWORD = "violet teapot orbits 42";

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

    /** Creates an account through the domain, as the sign-up page does. */
    protected Account signUp(String displayName, String email) {
        return beans.getBean(AccountService.class).signUp(new SignUp(email, PASSWORD, displayName), "192.0.2.1");
    }

    /** Signs an account in to the current session, as the log-in page does once the password is right. */
    protected void signInAs(Account account) {
        beans.getBean(CurrentUser.class).signIn(account);
    }

    protected CurrentUser currentUser() {
        return beans.getBean(CurrentUser.class);
    }

    @AfterAll
    void stopVaadin() {
        if (servlet != null) {
            servlet.destroy();
        }
    }

    /**
     * Waits for a live update: the page's text must become the expected one once a change elsewhere has been signalled
     * (after commit, through PostgreSQL, to the UI's queue of pushed work, run here as a browser's round trip would).
     */
    protected static void awaitLiveText(Supplier<String> shown, String expected) {
        Await.until(() -> {
            MockVaadin.clientRoundtrip();
            return expected.equals(shown.get());
        }, Duration.ofSeconds(5), () -> "\"" + expected + "\"; shown: " + shown.get());
    }
}
