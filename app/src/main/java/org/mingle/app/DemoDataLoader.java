package org.mingle.app;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import jakarta.inject.Singleton;
import org.mingle.domain.demo.DemoData;

/** Seeds demo events on an empty database when {@code mingle.demo-data} is true. */
@Singleton
@Requires(property = "mingle.demo-data", value = "true")
class DemoDataLoader implements ApplicationEventListener<StartupEvent> {

    private final DemoData demoData;

    DemoDataLoader(DemoData demoData) {
        this.demoData = demoData;
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        demoData.seedIfEmpty();
    }
}
