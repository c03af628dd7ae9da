package org.mingle.server;

import io.micronaut.http.BasicHttpAttributes;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Hands the template of the Micronaut route that answered an API request ({@code /api/events/{id}}) to
 * {@link HttpMetrics}, which labels the request's timing with it. Micronaut's request attributes are the servlet
 * request's, where {@link HttpMetrics} left a {@link HttpMetrics.Route} to fill.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class RouteTemplateFilter {

    @ResponseFilter
    void nameRoute(HttpRequest<?> request) {
        request.getAttribute(HttpMetrics.ROUTE_ATTRIBUTE, HttpMetrics.Route.class).ifPresent(route ->
                BasicHttpAttributes.getUriTemplate(request).ifPresent(route::template));
    }
}
