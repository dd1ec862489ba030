package no.forsokssjekk.assessment.rules.facts;

import java.util.Set;
import no.forsokssjekk.assessment.EffectOnIndividuals;
import no.forsokssjekk.assessment.RequestedExemption;
import no.forsokssjekk.citation.CitationResolution;
import no.forsokssjekk.corpus.catalogue.ClassificationKind;

/**
 * One requested exemption, resolved to a provision before the rules run.
 *
 * @param index           the exemption's position in the application (0-based)
 * @param provisionId     the resolved id, or null when unresolved
 * @param documentKey     the resolved law or regulation, or null
 * @param classifications the provision's curated classifications (kinds)
 */
public record ExemptionFact(
        int index,
        RequestedExemption request,
        CitationResolution.Status resolution,
        CitationResolution.Existence existence,
        String provisionId,
        String documentKey,
        Set<ClassificationKind> classifications) {

    public EffectOnIndividuals effect() {
        return request.effectOnIndividuals();
    }

    public boolean has(ClassificationKind kind) {
        return classifications.contains(kind);
    }
}
