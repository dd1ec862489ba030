package no.forsokssjekk.web;

/** A request body over the configured limit (answered with 413 and a problem detail). */
final class RequestTooLargeException extends RuntimeException {
    private final long limit;

    RequestTooLargeException(long limit) {
        super("request body over " + limit + " bytes", null, false, false);
        this.limit = limit;
    }

    long limit() {
        return limit;
    }
}
