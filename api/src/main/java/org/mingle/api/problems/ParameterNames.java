package org.mingle.api.problems;

import io.micronaut.core.bind.annotation.Bindable;
import io.micronaut.core.type.Argument;

/** The name under which a client sends a request parameter: its binding annotation's value, else its Java name. */
final class ParameterNames {

    private ParameterNames() {
    }

    static String of(Argument<?> argument) {
        return argument.getAnnotationMetadata().stringValue(Bindable.class)
                .filter(name -> !name.isBlank())
                .orElse(argument.getName());
    }
}
