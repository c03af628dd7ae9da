package org.mingle.server;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;

/**
 * Refuses API request bodies above a limit with {@code 413} and a problem document, before any of it reaches the
 * application. A declared {@code Content-Length} is checked up front; every body is then read up to the limit and
 * handed on from memory as a {@link BufferedBodyRequest}, where the {@link InputBoundaryFilter} checks it. The paths
 * that take an upload (a profile photo) have a larger limit of their own; every other body is JSON and keeps the
 * smaller one.
 */
final class ApiBodyLimitFilter extends HttpFilter {

    private final long maxJsonBytes;
    private final Set<String> uploadPaths;
    private final long maxUploadBytes;

    ApiBodyLimitFilter(long maxJsonBytes, Set<String> uploadPaths, long maxUploadBytes) {
        this.maxJsonBytes = maxJsonBytes;
        this.uploadPaths = Set.copyOf(uploadPaths);
        this.maxUploadBytes = maxUploadBytes;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long maxBytes = uploadPaths.contains(request.getRequestURI()) ? maxUploadBytes : maxJsonBytes;
        long declared = request.getContentLengthLong();
        if (declared > maxBytes) {
            reject(response, maxBytes);
            return;
        }
        if (declared > 0 || (declared < 0 && request.getHeader("Transfer-Encoding") != null)) {
            int cap = (int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1);
            byte[] body = request.getInputStream().readNBytes(cap);
            if (body.length > maxBytes) {
                reject(response, maxBytes);
                return;
            }
            chain.doFilter(new BufferedBodyRequest(request, body), response);
            return;
        }
        chain.doFilter(request, response);
    }

    private static void reject(HttpServletResponse response, long maxBytes) throws IOException {
        response.setHeader("Connection", "close");
        ProblemDocuments.send(response, 413, ProblemDocuments.ofStatus(413,
                "The request body must not be larger than " + maxBytes + " bytes."));
    }
}
