package no.forsokssjekk.assessment.rules.facts;

import java.util.List;
import no.forsokssjekk.assessment.EffectOnIndividuals;
import no.forsokssjekk.citation.CitationResolution;

/**
 * One requested exemption, resolved through the citation resolver on the assessment date before the rules run.
 *
 * @param index            the exemption's position in the application (0-based)
 * @param input            what the applicant wrote
 * @param resolution       what the citation is: a provision, a law without a §, an unknown law, not a citation
 * @param existence        whether the § was found in the loaded text or catalogue
 * @param provisionId      the provision as cited (ledd narrowing kept), or null
 * @param documentKey      the law or regulation, or null
 * @param lawState         whether the law is in force on the assessment date
 * @param sectionRepealed  Lovdata marks the § itself as repealed
 * @param citedAuthority   the cited provision is itself a trial authority (its catalogue id), else null
 */
public record ExemptionFact(
        int index,
        String input,
        EffectOnIndividuals effect,
        boolean hasDeviation,
        boolean hasReplacement,
        CitationResolution.Status resolution,
        CitationResolution.Existence existence,
        String provisionId,
        String documentKey,
        LawState lawState,
        boolean sectionRepealed,
        String citedAuthority,
        String chapter,
        List<String> alsoCited) {

    public ExemptionFact {
        alsoCited = alsoCited == null ? List.of() : List.copyOf(alsoCited);
    }

    /** The exemption cites more than one § ("§§ 2-2 og 3-1", "§§ 18–20"): only the first is assessed. */
    public boolean severalSections() {
        return !alsoCited.isEmpty();
    }

    /** Whether the law was in force on the assessment date. */
    public enum LawState {
        IN_FORCE, NOT_YET_IN_FORCE, REPEALED, UNKNOWN
    }

    /** A law or a provision was identified. */
    public boolean resolved() {
        return resolution == CitationResolution.Status.PROVISION
                || resolution == CitationResolution.Status.DOCUMENT_ONLY;
    }

    /** Identified, and in force (or coming into force) so that a trial could set it aside. */
    public boolean assessable() {
        return resolved() && !sectionRepealed && existence != CitationResolution.Existence.NOT_FOUND
                && (lawState == LawState.IN_FORCE || lawState == LawState.NOT_YET_IN_FORCE);
    }

    /** The application cites a chapter of the law ("opplæringslova kapittel 14"), not a §. */
    public boolean chapterOnly() {
        return lawOnly() && chapter != null;
    }

    public boolean lawOnly() {
        return resolution == CitationResolution.Status.DOCUMENT_ONLY;
    }

    public boolean declaresRestriction() {
        return effect == EffectOnIndividuals.RESTRICTS_RIGHTS || effect == EffectOnIndividuals.EXTENDS_DUTIES;
    }
}
