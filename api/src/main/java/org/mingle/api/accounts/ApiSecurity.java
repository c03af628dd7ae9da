package org.mingle.api.accounts;

/** Names shared by the OpenAPI annotations of every controller. */
public final class ApiSecurity {

    /** The bearer-token security scheme (declared in {@code org.mingle.api.docs.ApiDefinition}). */
    public static final String BEARER = "bearerAuth";

    private ApiSecurity() {
    }
}
