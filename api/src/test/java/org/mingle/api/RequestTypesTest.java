package org.mingle.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.beans.BeanIntrospector;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.annotation.SerdeConfig;
import org.junit.jupiter.api.Test;
import org.mingle.api.events.CreateEventRequest;

/** Strict input, checked for every request type rather than remembered for each one. */
class RequestTypesTest {

    @Test
    void everyRequestTypeRefusesUnknownFields() {
        var requestTypes = BeanIntrospector.SHARED.findIntrospections(Serdeable.Deserializable.class, "org.mingle.api");

        assertThat(requestTypes).extracting(i -> (Object) i.getBeanType()).contains(CreateEventRequest.class);
        assertThat(requestTypes).allSatisfy(type -> assertThat(
                type.booleanValue(SerdeConfig.SerIgnored.class, SerdeConfig.SerIgnored.IGNORE_UNKNOWN).orElse(true))
                .as("%s must carry @JsonIgnoreProperties(ignoreUnknown = false)", type.getBeanType().getSimpleName())
                .isFalse());
    }
}
