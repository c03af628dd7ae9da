package org.mingle.web.vaadin;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.inject.Singleton;

/**
 * The bootstrap page carries the UI's first state (decision 33): the view as the person sees it and Vaadin's CSRF
 * token, which the browser used to fetch separately, in an answer Vaadin marks {@value #CACHE_CONTROL}. So the page is
 * marked the same: neither the browser nor anything between keeps it.
 */
@Singleton
public class BootstrapPageNotStored implements VaadinServiceInitListener {

    static final String CACHE_CONTROL = "no-cache, no-store";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response ->
                response.getVaadinResponse().setHeader("Cache-Control", CACHE_CONTROL));
    }
}
