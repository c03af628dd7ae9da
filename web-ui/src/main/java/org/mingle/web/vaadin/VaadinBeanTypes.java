package org.mingle.web.vaadin;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Route;
import io.micronaut.context.BeanContext;
import io.micronaut.inject.BeanDefinition;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The Vaadin classes of the application, read from Micronaut's compile-time bean definitions instead of a class-path
 * scan: a view, layout, error view or app shell takes part only if it is a Micronaut bean.
 *
 * @param routes     beans annotated {@link Route} (or {@link Layout})
 * @param errorViews beans implementing {@link HasErrorParameter}
 * @param appShells  beans implementing {@link AppShellConfigurator}
 */
public record VaadinBeanTypes(Set<Class<?>> routes, Set<Class<?>> errorViews, Set<Class<?>> appShells) {

    public VaadinBeanTypes {
        routes = Set.copyOf(routes);
        errorViews = Set.copyOf(errorViews);
        appShells = Set.copyOf(appShells);
    }

    public static VaadinBeanTypes of(BeanContext beans) {
        Set<Class<?>> routes = types(beans.getBeanDefinitions(Component.class)).stream()
                .filter(type -> type.isAnnotationPresent(Route.class) || type.isAnnotationPresent(Layout.class))
                .collect(Collectors.toSet());
        return new VaadinBeanTypes(routes, types(beans.getBeanDefinitions(HasErrorParameter.class)),
                types(beans.getBeanDefinitions(AppShellConfigurator.class)));
    }

    /** What Vaadin's app-shell initializer checks: the shell, and the views that must not carry shell annotations. */
    public Set<Class<?>> appShellCandidates() {
        Set<Class<?>> candidates = new LinkedHashSet<>(appShells);
        candidates.addAll(routes);
        return candidates;
    }

    private static Set<Class<?>> types(Collection<? extends BeanDefinition<?>> definitions) {
        return definitions.stream().<Class<?>>map(BeanDefinition::getBeanType).collect(Collectors.toSet());
    }
}
