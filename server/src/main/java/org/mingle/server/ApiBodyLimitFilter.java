package org.mingle.server;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Refuses API request bodies above a limit with {@code 413} and a problem document, before any of it reaches the
 * application. A declared {@code Content-Length} is checked up front; every body is then read up to the limit and
 * handed on from memory as a {@link BufferedBodyRequest}, where the {@link InputBoundaryFilter} checks it.
 */
final class ApiBodyLimitFilter extends HttpFilter {

    private final long maxBytes;

    ApiBodyLimitFilter(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long declared = request.getContentLengthLong();
        if (declared > maxBytes) {
            reject(response);
            return;
        }
        if (declared > 0 || (declared < 0 && request.getHeader("Transfer-Encoding") != null)) {
            int cap = (int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1);
            byte[] body = request.getInputStream().readNBytes(cap);
            if (body.length > maxBytes) {
                reject(response);
                return;
            }
            chain.doFilter(new BufferedBodyRequest(request, body), response);
            return;
        }
        chain.doFilter(request, response);
    }

    private void reject(HttpServletResponse response) throws IOException {
        response.setHeader("Connection", "close");
        ProblemDocuments.send(response, 413, ProblemDocuments.ofStatus(413,
                "The request body must not be larger than " + maxBytes + " bytes."));
    }
}
