package no.forsokssjekk.assessment;

import java.util.List;

/** The assessment of one requested exemption: which provision it is and which legal bases could cover it. */
public record ExemptionAssessment(String input, ProvisionRef provision, List<LegalBasis> legalBasis) {
    public ExemptionAssessment {
        legalBasis = legalBasis == null ? List.of() : List.copyOf(legalBasis);
    }
}
