package org.mingle.web.vaadin;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.di.DefaultInstantiator;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.micronaut.context.BeanContext;
import io.micronaut.inject.BeanDefinition;
import java.lang.reflect.Modifier;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Lets Vaadin create views, layouts, error views and its other objects as Micronaut beans, so that they get their
 * services by constructor injection. A type that is no Micronaut bean is created the way Vaadin always does.
 *
 * <p>A type is taken from Micronaut when a bean of exactly that type exists, or, for an interface or abstract type,
 * when exactly one bean implements it. Views are {@code @Prototype} beans, so every navigation gets a fresh view.
 */
public class MicronautInstantiator extends DefaultInstantiator {

    private final transient BeanContext beans;
    private final transient Map<Class<?>, Optional<BeanDefinition<?>>> definitions = new ConcurrentHashMap<>();

    public MicronautInstantiator(VaadinService service, BeanContext beans) {
        super(service);
        this.beans = Objects.requireNonNull(beans, "beans");
    }

    @Override
    public <T> T getOrCreate(Class<T> type) {
        return bean(type).orElseGet(() -> super.getOrCreate(type));
    }

    @Override
    public <T extends Component> T createComponent(Class<T> componentClass) {
        return bean(componentClass).orElseGet(() -> super.createComponent(componentClass));
    }

    /** Vaadin's own listeners (from {@code META-INF/services}) plus every Micronaut bean that is one. */
    @Override
    public Stream<VaadinServiceInitListener> getServiceInitListeners() {
        return Stream.concat(super.getServiceInitListeners(),
                beans.getBeansOfType(VaadinServiceInitListener.class).stream());
    }

    @Override
    public I18NProvider getI18NProvider() {
        return beans.findBean(I18NProvider.class).orElseGet(super::getI18NProvider);
    }

    @SuppressWarnings("unchecked")
    private <T> Optional<T> bean(Class<T> type) {
        return definitions.computeIfAbsent(type, this::definitionOf)
                .map(definition -> beans.getBean((BeanDefinition<T>) definition));
    }

    private Optional<BeanDefinition<?>> definitionOf(Class<?> type) {
        Collection<? extends BeanDefinition<?>> candidates = beans.getBeanDefinitions(type);
        Optional<BeanDefinition<?>> exact = candidates.stream()
                .filter(definition -> definition.getBeanType() == type)
                .<BeanDefinition<?>>map(definition -> definition)
                .findFirst();
        if (exact.isPresent()) {
            return exact;
        }
        boolean abstractType = type.isInterface() || Modifier.isAbstract(type.getModifiers());
        if (abstractType && candidates.size() == 1) {
            return Optional.of(candidates.iterator().next());
        }
        return Optional.empty();
    }
}
