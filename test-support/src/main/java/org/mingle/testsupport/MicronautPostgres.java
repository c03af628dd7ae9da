package org.mingle.testsupport;

import io.micronaut.test.support.TestPropertyProvider;
import java.util.Map;

/**
 * Mix-in for {@code @MicronautTest} classes (with {@code @TestInstance(PER_CLASS)}): the application context of the
 * test class runs on a fresh database of its own.
 */
public interface MicronautPostgres extends TestPropertyProvider {

    @Override
    default Map<String, String> getProperties() {
        return TestDatabases.create().micronautProperties();
    }
}
