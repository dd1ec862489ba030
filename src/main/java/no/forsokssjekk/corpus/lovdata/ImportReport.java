package no.forsokssjekk.corpus.lovdata;

import java.time.Duration;
import java.util.List;
import no.forsokssjekk.corpus.LovdataCorpus;
import no.forsokssjekk.io.InputProblem;

/**
 * The outcome of parsing Lovdata's files.
 *
 * @param documentsParsed files parsed into documents in this run (0 when a cached corpus was used)
 * @param skipped         files that could not be used, by name and reason
 */
public record ImportReport(LovdataCorpus corpus, int documentsParsed, List<InputProblem> skipped, Duration elapsed) {
    public ImportReport {
        skipped = List.copyOf(skipped);
    }
}
