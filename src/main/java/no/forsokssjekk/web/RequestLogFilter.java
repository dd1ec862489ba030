package no.forsokssjekk.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * One structured log line per API request: method, path, status and duration. Never the query string or the body:
 * searches and applications can hold names and case details (personal data).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestLogFilter extends OncePerRequestFilter {
    private static final Logger log = LoggerFactory.getLogger("no.forsokssjekk.web.requests");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long start = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            String path = request.getRequestURI();
            if (path.startsWith("/api/") && log.isInfoEnabled()) {
                double ms = (System.nanoTime() - start) / 1_000_000.0;
                log.atInfo()
                        .addKeyValue("http.method", request.getMethod())
                        .addKeyValue("url.path", path)
                        .addKeyValue("http.status", response.getStatus())
                        .addKeyValue("durationMs", ms)
                        .log("{} {} {} {} ms", request.getMethod(), path, response.getStatus(),
                                String.format(java.util.Locale.ROOT, "%.1f", ms));
            }
        }
    }
}
