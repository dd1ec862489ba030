package no.forsokssjekk.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import no.forsokssjekk.io.InputProblem;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * RFC 9457 problem details as this API writes them: a stable {@code type} per kind of problem, and for bad input the
 * {@code field} at fault plus a list of {@code problems} (field, message, what is accepted), the same
 * {@link InputProblem}s the CLI prints.
 */
final class Problems {
    static final String BASE = "https://forsokssjekk.no/problems/";
    static final URI INVALID_INPUT = URI.create(BASE + "invalid-input");
    static final URI TOO_LARGE = URI.create(BASE + "request-too-large");
    static final URI NOT_FOUND = URI.create(BASE + "not-found");
    static final URI INTERNAL = URI.create(BASE + "internal-error");
    static final URI RULES_INVALID = URI.create(BASE + "rules-invalid");

    private Problems() {
    }

    static ProblemDetail invalidInput(HttpStatus status, String detail, List<InputProblem> problems) {
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(status, detail);
        pd.setType(status == HttpStatus.CONTENT_TOO_LARGE ? TOO_LARGE : INVALID_INPUT);
        pd.setTitle(status == HttpStatus.CONTENT_TOO_LARGE ? "Request too large" : "Invalid input");
        if (!problems.isEmpty()) pd.setProperty("field", problems.get(0).field());
        pd.setProperty("problems", problems.stream().map(Problems::asMap).toList());
        return pd;
    }

    static ProblemDetail invalidParameter(String field, String message, String accepted) {
        InputProblem p = InputProblem.of(field, message, accepted);
        return invalidInput(HttpStatus.BAD_REQUEST, p.describe(), List.of(p));
    }

    static ProblemDetail notFound(String field, String detail) {
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, detail);
        pd.setType(NOT_FOUND);
        pd.setTitle("Not found");
        if (field != null) pd.setProperty("field", field);
        return pd;
    }

    static Map<String, String> asMap(InputProblem p) {
        return Map.of("field", nz(p.field()), "message", nz(p.message()), "accepted", nz(p.accepted()),
                "location", nz(p.location()));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
