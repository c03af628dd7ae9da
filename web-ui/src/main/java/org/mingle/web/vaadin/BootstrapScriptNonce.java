package org.mingle.web.vaadin;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import jakarta.inject.Singleton;

/**
 * Puts the script nonce of the response's Content-Security-Policy on every script of Vaadin's bootstrap page, so
 * that they run under a policy that allows no other inline script. The server module makes the policy and hands its
 * nonce over as the request attribute {@value #NONCE_ATTRIBUTE}; without one (no such server in front) the page
 * stays as Vaadin made it.
 *
 * <p>Vaadin finds it as a {@link VaadinServiceInitListener} bean through {@link MicronautInstantiator}.
 */
@Singleton
public class BootstrapScriptNonce implements VaadinServiceInitListener {

    /** The same name as the server module's {@code SecurityHeaders.CSP_NONCE_ATTRIBUTE}. */
    static final String NONCE_ATTRIBUTE = "org.mingle.csp-nonce";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(BootstrapScriptNonce::addNonce);
    }

    static void addNonce(IndexHtmlResponse response) {
        if (response.getVaadinRequest().getAttribute(NONCE_ATTRIBUTE) instanceof String nonce) {
            response.getDocument().getElementsByTag("script").attr("nonce", nonce);
        }
    }
}
