package no.forsokssjekk.web;

import no.forsokssjekk.io.InvalidInputException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Bad input found while the service starts (a broken catalogue or rule file, a bad setting) is reported as what it
 * is, naming the file, line or setting, instead of as a failed start with a stack trace.
 */
class InvalidInputFailureAnalyzer extends AbstractFailureAnalyzer<InvalidInputException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, InvalidInputException cause) {
        // the message already lists every problem with its file, line or setting
        return new FailureAnalysis(cause.getMessage(), "Correct the input named above and start the service again.",
                cause);
    }
}
