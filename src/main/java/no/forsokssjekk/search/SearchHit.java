package no.forsokssjekk.search;

import java.util.List;
import no.forsokssjekk.corpus.ProvisionInfo;

/**
 * One provision found: the same {@link ProvisionInfo} an assessment cites (its id is the shared provision id), with
 * why and how well it matched, the ledd to show, the trial authority that would likely cover it, and its key
 * classifications.
 *
 * @param match how it was found
 * @param ledd  the ledd the citation named or the text matched best (1-based), when known
 */
public record SearchHit(
        ProvisionInfo provision,
        float score,
        Match match,
        Integer ledd,
        Snippet snippet,
        HitAuthority trialAuthority,
        List<KeyClassification> classifications) {

    public SearchHit {
        classifications = List.copyOf(classifications);
    }

    public enum Match {
        /** The query cited this provision. */
        CITATION,
        /** The query named the law; its §§ are listed in order. */
        LAW,
        /** The words of the query matched. */
        TEXT
    }
}
