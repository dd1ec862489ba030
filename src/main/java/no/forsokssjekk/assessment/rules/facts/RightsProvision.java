package no.forsokssjekk.assessment.rules.facts;

import no.forsokssjekk.corpus.catalogue.ClassificationKind;
import no.forsokssjekk.corpus.catalogue.VerificationStatus;

/** Derived (rules/klassifisering): The exemption sets aside a provision that gives individuals rights or lays duties on them. */
public record RightsProvision(int exemption, ClassificationKind kind, VerificationStatus status) {
}
