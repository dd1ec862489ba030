package no.forsokssjekk.corpus.catalogue;

import java.time.LocalDate;

import java.util.Optional;

/**
 * What kind of provision a § (or one of its ledd) is, why, on which source, and how well verified.
 *
 * @param appliesTo   optional narrowing to a part of the §: "ledd1", "ledd2/bokstavA"
 * @param enables     for {@link ClassificationKind#ENABLING}: what the provision already allows
 * @param madeAgainst the text it was made against; null for derived classifications
 * @param validFrom   optional: the first day the classification holds (a § that gains a meaning by an amendment)
 * @param validTo     optional: the last day it holds (e.g. a temporary access to grant exceptions that ran out)
 */
public record Classification(
        ClassificationKind kind,
        String appliesTo,
        String reason,
        String source,
        VerificationStatus status,
        MadeAgainst madeAgainst,
        String enables,
        LocalDate validFrom,
        LocalDate validTo) {

    /** A classification without dates: it holds for as long as the text it was made against. */
    public Classification(ClassificationKind kind, String appliesTo, String reason, String source,
                          VerificationStatus status, MadeAgainst madeAgainst, String enables) {
        this(kind, appliesTo, reason, source, status, madeAgainst, enables, null, null);
    }

    /** Whether it holds on a date (always, when it has no dates). */
    public boolean validOn(LocalDate date) {
        if (date == null) return true;
        return (validFrom == null || !date.isBefore(validFrom)) && (validTo == null || !date.isAfter(validTo));
    }

    public boolean derived() {
        return status == VerificationStatus.DERIVED;
    }

    public Optional<String> appliesToPart() {
        return Optional.ofNullable(appliesTo).filter(s -> !s.isBlank());
    }
}
