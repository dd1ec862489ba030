package no.forsokssjekk.assessment.rules.facts;

import java.util.List;
import no.forsokssjekk.corpus.catalogue.ClassificationKind;
import no.forsokssjekk.corpus.catalogue.VerificationStatus;

/**
 * A limit on what trials under an authority may set aside (forsøksloven § 4), as catalogue data.
 *
 * @param kinds           provisions of these kinds fall within the limit
 * @param rebuttedBy      a curated classification of these kinds says the provision is outside the limit
 * @param documents       acts whose unclassified provisions are presumed to fall within it (REVIEW only)
 * @param exceptForLetters letters of § 3 under which the limit does not apply
 */
public record LimitFact(String authorityId, String code, String provisionId, List<ClassificationKind> kinds,
                        List<ClassificationKind> rebuttedBy, boolean absolute, List<String> exceptForLetters,
                        List<String> documents, VerificationStatus verification) {
}
