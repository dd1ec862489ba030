package no.forsokssjekk.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Reads a request body up to the configured limit; more than that is a {@link RequestTooLargeException}. */
@Component
class RequestBodies {
    private final int limit;

    RequestBodies(@Value("${forsokssjekk.web.max-request-bytes}") int limit) {
        this.limit = limit;
    }

    byte[] read(HttpServletRequest request) throws IOException {
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes(limit + 1);
            if (body.length > limit) throw new RequestTooLargeException(limit);
            return body;
        }
    }
}
