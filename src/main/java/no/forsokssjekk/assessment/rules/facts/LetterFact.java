package no.forsokssjekk.assessment.rules.facts;

import java.util.List;
import no.forsokssjekk.corpus.catalogue.ClassificationKind;

/**
 * A letter of a trial provision (forsøksloven § 3 første ledd a–d): the kinds of provision it covers, and whether it
 * is recognised only from the application's words (enhetsfylke).
 *
 * @param overridesLimits provision ids of the limits the letter lifts (bokstav d lifts § 4 første ledd bokstav a)
 */
public record LetterFact(String authorityId, String letter, String provisionId, List<ClassificationKind> kinds,
                         boolean requiresSignal, List<String> overridesLimits) {
}
