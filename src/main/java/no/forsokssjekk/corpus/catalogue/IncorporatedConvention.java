package no.forsokssjekk.corpus.catalogue;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalDate;
import java.util.List;
import no.forsokssjekk.corpus.ProvisionId;

/**
 * A human-rights convention incorporated as Norwegian law by menneskerettsloven § 2 (legal-corpus/conventions/*.yaml),
 * dated: it prevails over other legislation (§ 3) only from the day it was incorporated (the disability convention
 * from 2026-01-01). What the convention is about is data too, so the rules can tell when an exemption touches it.
 *
 * @param provision   the number in menneskerettsloven § 2 that incorporates it
 * @param concerns    provision kinds and words that show an exemption touches the convention
 * @param raisesOwnFinding false when another finding already covers it (the children's convention: CHILD_IMPACT)
 */
public record IncorporatedConvention(
        String id,
        LocalizedText name,
        ProvisionId provision,
        LocalDate validFrom,
        LocalDate validTo,
        Concerns concerns,
        boolean raisesOwnFinding,
        String source,
        VerificationStatus verification,
        String note,
        @JsonIgnore SourceLocation location) {

    public boolean validOn(LocalDate date) {
        return (validFrom == null || !date.isBefore(validFrom)) && (validTo == null || !date.isAfter(validTo));
    }

    IncorporatedConvention withLocation(SourceLocation where) {
        return new IncorporatedConvention(id, name, provision, validFrom, validTo, concerns, raisesOwnFinding, source,
                verification, note, where);
    }

    /** What the convention is about: provisions of these kinds, or texts with these words. */
    public record Concerns(List<ClassificationKind> kinds, Keywords signals) {
        public Concerns {
            kinds = kinds == null ? List.of() : List.copyOf(kinds);
            signals = signals == null ? Keywords.NONE : signals;
        }
    }
}
