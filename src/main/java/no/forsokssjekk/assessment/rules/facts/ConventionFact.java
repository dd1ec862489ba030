package no.forsokssjekk.assessment.rules.facts;

import java.util.List;
import no.forsokssjekk.corpus.catalogue.ClassificationKind;

/** A convention incorporated by menneskerettsloven § 2 on the assessment date (only those in force are inserted). */
public record ConventionFact(String id, String provisionId, List<ClassificationKind> kinds, boolean raisesOwnFinding) {
}
