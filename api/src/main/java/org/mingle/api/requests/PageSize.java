package org.mingle.api.requests;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.mingle.domain.shared.PageRequest;

/** Documents a list's {@code size} query parameter, read with {@link PageRequest#of}. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
@Parameter(description = "page size", schema = @Schema(minimum = "1", maximum = "" + PageRequest.MAX_SIZE,
        defaultValue = "" + PageRequest.DEFAULT_SIZE))
public @interface PageSize {
}
