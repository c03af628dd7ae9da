package org.mingle.server;

import jakarta.inject.Singleton;
import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;

/** Contributes a servlet the way the UI module contributes Vaadin: as a ServletContainerInitializer bean. */
@Singleton
class HelloInitializer implements ServletContainerInitializer {

    @Override
    public void onStartup(Set<Class<?>> classes, ServletContext context) {
        context.addServlet("hello", new HttpServlet() {
            @Override
            protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
                if ("/fail".equals(req.getPathInfo())) {
                    throw new IllegalStateException("secret internal detail");
                }
                req.getSession(true).setAttribute("seen", Boolean.TRUE);
                resp.setContentType("text/plain");
                resp.getWriter().write("hello from " + req.getServletPath());
            }
        }).addMapping("/hello/*");

        // for the security headers: the nonce the UI would put on its scripts, and an error left to Jetty
        context.addServlet("policy", new HttpServlet() {
            @Override
            protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
                if ("/missing".equals(req.getPathInfo())) {
                    resp.sendError(404);
                    return;
                }
                resp.setContentType("text/plain");
                resp.getWriter().write(String.valueOf(req.getAttribute(SecurityHeaders.CSP_NONCE_ATTRIBUTE)));
            }
        }).addMapping("/policy/*");
    }
}
