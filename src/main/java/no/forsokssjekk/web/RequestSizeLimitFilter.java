package no.forsokssjekk.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.forsokssjekk.contract.ContractJson;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request whose declared body is over the limit before anything reads it (413, a problem detail). Bodies
 * sent without a length (chunked) are bounded where they are read ({@link RequestBodies}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestSizeLimitFilter extends OncePerRequestFilter {
    private final long limit;

    RequestSizeLimitFilter(@Value("${forsokssjekk.web.max-request-bytes}") long limit) {
        this.limit = limit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > limit) {
            Map<String, Object> problem = new LinkedHashMap<>();
            problem.put("type", Problems.TOO_LARGE.toString());
            problem.put("title", "Request too large");
            problem.put("status", 413);
            problem.put("detail", "the request body is " + request.getContentLengthLong() + " bytes; the limit is "
                    + limit + " bytes");
            problem.put("instance", request.getRequestURI());
            problem.put("field", "");
            problem.put("problems", List.of(Map.of("field", "", "location", "body", "message",
                    "the request body is larger than " + limit + " bytes", "accepted", "at most " + limit + " bytes")));
            response.setStatus(413);
            response.setContentType("application/problem+json");
            response.setHeader("Connection", "close");
            response.getOutputStream().write(ContractJson.write(problem).getBytes(StandardCharsets.UTF_8));
            return;
        }
        chain.doFilter(request, response);
    }
}
