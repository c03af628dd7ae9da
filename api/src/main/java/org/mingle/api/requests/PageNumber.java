package org.mingle.api.requests;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.mingle.domain.shared.PageRequest;

/** Documents a list's {@code page} query parameter, read with {@link PageRequest#of}: zero-based. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
@Parameter(description = "zero-based page number", schema = @Schema(minimum = "0", defaultValue = "0"))
public @interface PageNumber {
}
