package no.forsokssjekk.assessment;

/**
 * A trial authority that could cover an exemption, and why.
 *
 * @param letter        for forsøksloven: the letter of § 3 første ledd (a, b, c, d), else null
 * @param decisionMaker who decides under this authority on the assessment date, else null
 */
public record LegalBasis(
        BasisKind kind,
        AuthorityRef authority,
        boolean preferred,
        String reason,
        String letter,
        String decisionMaker) {
}
