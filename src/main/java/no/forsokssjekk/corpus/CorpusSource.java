package no.forsokssjekk.corpus;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One input a Lovdata corpus was imported from.
 *
 * @param name            the archive, folder or file name ({@code gjeldende-lover.tar.bz2})
 * @param kind            what it is
 * @param sizeBytes       its size (for a folder: the sum of its document files)
 * @param lastModified    Lovdata's publication time of the data when known, else the newest file time inside it
 * @param datasetDate     the date of {@code lastModified} (UTC): the Lovdata dataset date
 * @param datasetDateFrom where the date was taken from, in words ("lovdata-public-data-list.json", "archive entries",
 *                        "file times", "given")
 * @param documents       how many documents were read from it
 */
public record CorpusSource(
        String name,
        Kind kind,
        long sizeBytes,
        Instant lastModified,
        LocalDate datasetDate,
        String datasetDateFrom,
        int documents) {

    public enum Kind { ARCHIVE, FOLDER, FILE }
}
