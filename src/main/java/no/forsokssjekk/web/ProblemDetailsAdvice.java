package no.forsokssjekk.web;

import java.util.List;
import java.util.UUID;
import no.forsokssjekk.io.InputProblem;
import no.forsokssjekk.io.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error the API returns is an RFC 9457 problem: bad input names its field and what is accepted, an internal
 * error gets a reference to the log line and nothing else (no stack trace, no exception text). The service keeps
 * running: each request is independent.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {
    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ProblemDetail> invalidInput(InvalidInputException e) {
        String detail = e.problems().size() == 1 ? e.problems().get(0).describe()
                : e.problems().size() + " problems; the first: " + e.problems().get(0).describe();
        return problem(Problems.invalidInput(HttpStatus.BAD_REQUEST, detail, e.problems()));
    }

    @ExceptionHandler(RequestTooLargeException.class)
    ResponseEntity<ProblemDetail> tooLarge(RequestTooLargeException e) {
        InputProblem p = new InputProblem("body", "", "the request body is larger than " + e.limit() + " bytes",
                "at most " + e.limit() + " bytes of JSON");
        return problem(Problems.invalidInput(HttpStatus.CONTENT_TOO_LARGE, p.describe(), List.of(p)));
    }

    @ExceptionHandler(ApiException.class)
    ResponseEntity<ProblemDetail> api(ApiException e) {
        return problem(e.problem());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
        Class<?> type = e.getRequiredType();
        String accepted = type == java.time.LocalDate.class ? "an ISO date such as 2027-08-01"
                : type != null && type.isEnum() ? String.join(", ", java.util.Arrays.stream(type.getEnumConstants())
                        .map(String::valueOf).toList())
                : type == int.class || type == Integer.class ? "a whole number" : "";
        return problem(Problems.invalidParameter(e.getName(), "'" + e.getValue() + "' is not valid", accepted));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail pd = Problems.invalidParameter(ex.getParameterName(), "is required",
                "a " + ex.getParameterType().toLowerCase(java.util.Locale.ROOT));
        return ResponseEntity.status(pd.getStatus()).contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(pd);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "Content-Type " + ex.getContentType() + " is not supported; send application/json");
        pd.setType(Problems.INVALID_INPUT);
        pd.setTitle("Unsupported media type");
        pd.setProperty("field", "Content-Type");
        return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(pd);
    }

    /**
     * Anything unexpected: logged with a reference (the class and stack frames, not the message, which may quote
     * the input), answered with the reference only.
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> internal(Exception e) throws Exception {
        if (e instanceof org.springframework.web.ErrorResponse) throw e; // handled by the base class's own handlers
        String reference = UUID.randomUUID().toString();
        log.atError().addKeyValue("errorRef", reference).addKeyValue("exception", e.getClass().getName())
                .setCause(scrubbed(e, 0)).log("internal error");
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "An internal error occurred; the service is still running. Reference: " + reference);
        pd.setType(Problems.INTERNAL);
        pd.setTitle("Internal error");
        pd.setProperty("reference", reference);
        return problem(pd);
    }

    /** Spring's own problems (404, 405, 406 …) get a type of ours too, so every problem has a stable type. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        if (body == null && ex instanceof org.springframework.web.ErrorResponse er) body = er.getBody();
        if (body instanceof ProblemDetail pd && (pd.getType() == null
                || "about:blank".equals(pd.getType().toString()))) {
            pd.setType(statusCode.value() == 404 ? Problems.NOT_FOUND
                    : java.net.URI.create(Problems.BASE + "http-" + statusCode.value()));
        }
        return super.handleExceptionInternal(ex, body, headers, statusCode, request);
    }

    /** The exception and its causes with their classes and stack frames, but without their messages. */
    static Throwable scrubbed(Throwable t, int depth) {
        Throwable cause = t.getCause() != null && t.getCause() != t && depth < 10 ? scrubbed(t.getCause(), depth + 1) : null;
        Throwable copy = new Throwable(t.getClass().getName(), cause);
        copy.setStackTrace(t.getStackTrace());
        return copy;
    }

    private static ResponseEntity<ProblemDetail> problem(ProblemDetail pd) {
        return ResponseEntity.status(pd.getStatus()).contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(pd);
    }
}
