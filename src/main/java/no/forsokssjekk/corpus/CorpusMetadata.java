package no.forsokssjekk.corpus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import no.forsokssjekk.io.InputProblem;

/**
 * What an imported Lovdata corpus is: where it came from, how current it is, how big it is, and its content hash (the
 * version of the legal text an assessment was made against).
 *
 * @param formatVersion the parser version that produced it (a newer parser re-imports instead of using the cache)
 * @param contentHash   SHA-256 (hex) of the input data: the archives' bytes, or the document files' names and bytes
 * @param datasetDate   the Lovdata dataset date: the newest of the sources' dates
 * @param sections      the number of §§ (all {@code legalArticle}s, repealed stubs included)
 * @param skipped       the files that could not be used, each with its name and the reason
 */
public record CorpusMetadata(
        int formatVersion,
        String contentHash,
        LocalDate datasetDate,
        Instant importedAt,
        List<CorpusSource> sources,
        int documents,
        int laws,
        int regulations,
        int sections,
        List<InputProblem> skipped) {

    public CorpusMetadata {
        sources = sources == null ? List.of() : List.copyOf(sources);
        skipped = skipped == null ? List.of() : List.copyOf(skipped);
    }

    /** The first 16 hex characters of the content hash, for names and messages. */
    public String shortHash() {
        return contentHash.length() > 16 ? contentHash.substring(0, 16) : contentHash;
    }
}
