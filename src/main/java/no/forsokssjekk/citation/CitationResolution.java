package no.forsokssjekk.citation;

import java.util.List;
import java.util.Optional;
import no.forsokssjekk.corpus.DocumentInfo;
import no.forsokssjekk.corpus.ProvisionId;

/**
 * What a citation means on a date.
 *
 * @param provisions the provisions cited (ledd/bokstav/nr narrowing kept); several for lists and ranges
 * @param existence  whether the cited §§ were found in the loaded text
 * @param lawStatus  whether the law was in force on the date (null when no law was found)
 * @param successor  for a law repealed before the date: the act that replaced it, when known
 * @param remainder  the words of the input that are not part of the citation ("inhabilitet folkevalgt" in
 *                   "kommuneloven § 11-10 inhabilitet folkevalgt"); "" when there are none
 */
public record CitationResolution(
        String input,
        Status status,
        DocumentInfo document,
        List<ProvisionId> provisions,
        Existence existence,
        LawNameIndex.NameResolution.Status lawStatus,
        DocumentInfo successor,
        String remainder,
        String chapter) {

    public CitationResolution {
        provisions = List.copyOf(provisions);
        remainder = remainder == null ? "" : remainder.strip();
    }

    /** A resolution with words beside the citation, and no chapter. */
    public CitationResolution(String input, Status status, DocumentInfo document, List<ProvisionId> provisions,
                              Existence existence, LawNameIndex.NameResolution.Status lawStatus, DocumentInfo successor,
                              String remainder) {
        this(input, status, document, provisions, existence, lawStatus, successor, remainder, null);
    }

    /** The chapter a DOCUMENT_ONLY citation named ("14" for "kapittel 14", "vi" for "kap. VI"), when it did. */
    public Optional<String> chapterCited() {
        return Optional.ofNullable(chapter);
    }

    /** A resolution where the whole input is the citation. */
    public CitationResolution(String input, Status status, DocumentInfo document, List<ProvisionId> provisions,
                              Existence existence, LawNameIndex.NameResolution.Status lawStatus, DocumentInfo successor) {
        this(input, status, document, provisions, existence, lawStatus, successor, "");
    }

    public enum Status {
        /** A law (or regulation) and one or more §§. */
        PROVISION,
        /** A law or regulation without a §. */
        DOCUMENT_ONLY,
        /** No law or regulation by that name or id. */
        UNKNOWN_LAW,
        /** Not a citation at all (no law name, no §, no id). */
        NOT_A_CITATION
    }

    public enum Existence {
        /** Every cited § exists in the loaded text or catalogue. */
        CONFIRMED,
        /** The law's text is loaded and at least one cited § is not in it. */
        NOT_FOUND,
        /** The law's text is not loaded (only the embedded catalogue): the § cannot be checked. */
        UNVERIFIABLE
    }

    public Optional<DocumentInfo> documentInfo() {
        return Optional.ofNullable(document);
    }

    public Optional<ProvisionId> first() {
        return provisions.stream().findFirst();
    }

    public boolean resolved() {
        return status == Status.PROVISION || status == Status.DOCUMENT_ONLY;
    }
}
