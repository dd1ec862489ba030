package no.forsokssjekk.corpus;

import java.time.LocalDate;
import no.forsokssjekk.corpus.catalogue.ClassificationKind;

/**
 * A catalogue entry that no longer matches Lovdata's text and needs a legal reviewer's look.
 *
 * @param provision       the § the entry is about
 * @param reason          what happened to the §
 * @param kind            the classification concerned; null when the whole entry is concerned (§ gone or repealed)
 * @param appliesTo       the part of the § the classification is narrowed to ("ledd2/bokstavA"), or null
 * @param madeAgainstDate the dataset date the classification was made against, or null for an entry
 * @param madeAgainstHash the § text hash it was made against, or null for an entry
 * @param currentHash     the § text hash now, or null when the § is gone
 * @param location        where the entry is in the catalogue ("legal-corpus/provisions/x.yaml:12")
 */
public record Drift(
        ProvisionId provision,
        Reason reason,
        ClassificationKind kind,
        String appliesTo,
        LocalDate madeAgainstDate,
        String madeAgainstHash,
        String currentHash,
        String location) {

    public enum Reason {
        /** The § text changed since the classification was made: check the classification. */
        TEXT_CHANGED,
        /** The § is now a repealed stub. */
        REPEALED,
        /** The document is in the corpus but has no such § (renumbered or removed). */
        SECTION_MISSING,
        /** The § exists but has no such ledd, bokstav or number any more. */
        PART_MISSING,
        /** The corpus has no such document (repealed, not yet in the public data, or not imported). */
        DOCUMENT_MISSING
    }
}
