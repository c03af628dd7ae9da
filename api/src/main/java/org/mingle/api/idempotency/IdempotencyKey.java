package org.mingle.api.idempotency;

import io.swagger.v3.oas.annotations.Parameter;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Documents the {@value IdempotentRequests#HEADER} header of a creating {@code POST}; the parameter still names the
 * header with {@code @Header(IdempotentRequests.HEADER)}, which binds it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
@Parameter(description = IdempotentRequests.HEADER_DESCRIPTION)
public @interface IdempotencyKey {
}
