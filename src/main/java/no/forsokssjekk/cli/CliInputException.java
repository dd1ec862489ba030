package no.forsokssjekk.cli;

/** Bad input detected by the CLI itself (a missing file, an unreadable argument): exit code 2. */
final class CliInputException extends RuntimeException {
    CliInputException(String message) {
        super(message);
    }
}
