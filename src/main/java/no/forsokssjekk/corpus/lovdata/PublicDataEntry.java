package no.forsokssjekk.corpus.lovdata;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * One file in Lovdata's public data list ({@code GET /v1/publicData/list}).
 *
 * @param lastModified when Lovdata published this version of the file: the dataset's date
 */
public record PublicDataEntry(String filename, String description, long sizeBytes, Instant lastModified) {

    /** The dataset date: the UTC date of {@code lastModified}. */
    public LocalDate datasetDate() {
        return lastModified.atOffset(ZoneOffset.UTC).toLocalDate();
    }
}
