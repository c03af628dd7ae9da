package org.mingle.web.publicprofiles;

import io.micronaut.context.BeanProvider;
import jakarta.inject.Singleton;
import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import java.util.Set;
import org.mingle.domain.publicprofiles.PublicProfileService;
import org.mingle.domain.shared.PublicUrl;
import org.mingle.web.shell.Translations;

/**
 * Maps the public profile page to {@value PublicProfileServlet#MAPPING} in the server's one servlet context: more
 * specific than Vaadin's {@code /*}, so these addresses never reach Vaadin.
 */
@Singleton
public class PublicProfileInitializer implements ServletContainerInitializer {

    static final String SERVLET_NAME = "public-profile";

    private final BeanProvider<PublicProfileService> publicProfiles;
    private final Translations translations;
    private final BeanProvider<PublicUrl> publicUrl;

    PublicProfileInitializer(BeanProvider<PublicProfileService> publicProfiles, Translations translations,
                             BeanProvider<PublicUrl> publicUrl) {
        this.publicProfiles = publicProfiles;
        this.translations = translations;
        this.publicUrl = publicUrl;
    }

    @Override
    public void onStartup(Set<Class<?>> ignored, ServletContext context) throws ServletException {
        var registration = context.addServlet(SERVLET_NAME,
                new PublicProfileServlet(publicProfiles, translations, publicUrl));
        if (registration == null) {
            throw new ServletException("A servlet named '" + SERVLET_NAME + "' is already registered");
        }
        var conflicts = registration.addMapping(PublicProfileServlet.MAPPING);
        if (!conflicts.isEmpty()) {
            throw new ServletException("The public profile page cannot be mapped to " + conflicts);
        }
    }
}
