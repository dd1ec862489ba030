package no.forsokssjekk.assessment;

import java.time.LocalDate;
import java.util.List;
import no.forsokssjekk.corpus.Language;
import no.forsokssjekk.corpus.ProvisionId;

/**
 * Provisions that may be what an applicant meant when an exemption names no provision the citation parser knows
 * ("lærarnorma på ungdomstrinnet"): the engine's search, asked with the applicant's own words. Only a suggestion in
 * the finding's text; the assessment itself never rests on it.
 */
@FunctionalInterface
public interface ProvisionSuggestions {
    ProvisionSuggestions NONE = (text, date, language, max) -> List.of();

    /** At most {@code max} provisions, best first; empty when nothing fits. */
    List<ProvisionId> suggest(String text, LocalDate date, Language language, int max);
}
