package no.forsokssjekk.corpus.catalogue;

import java.util.Optional;

/**
 * What kind of provision a § (or one of its ledd) is, why, on which source, and how well verified.
 *
 * @param appliesTo   optional narrowing to a part of the §: "ledd1", "ledd2/bokstavA"
 * @param enables     for {@link ClassificationKind#ENABLING}: what the provision already allows
 * @param madeAgainst the text it was made against; null for derived classifications
 */
public record Classification(
        ClassificationKind kind,
        String appliesTo,
        String reason,
        String source,
        VerificationStatus status,
        MadeAgainst madeAgainst,
        String enables) {

    public boolean derived() {
        return status == VerificationStatus.DERIVED;
    }

    public Optional<String> appliesToPart() {
        return Optional.ofNullable(appliesTo).filter(s -> !s.isBlank());
    }
}
