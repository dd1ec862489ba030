package no.forsokssjekk.web;

import org.springframework.http.ProblemDetail;

/** A controller's way to answer with a ready problem detail (not found, a bad parameter). */
final class ApiException extends RuntimeException {
    private final transient ProblemDetail problem;

    ApiException(ProblemDetail problem) {
        super(problem.getDetail(), null, false, false);
        this.problem = problem;
    }

    ProblemDetail problem() {
        return problem;
    }
}
