package no.forsokssjekk.assessment.rules.facts;

import java.util.List;
import no.forsokssjekk.corpus.catalogue.ApplicantType;
import no.forsokssjekk.corpus.catalogue.TrialAuthority;
import no.forsokssjekk.corpus.catalogue.TrialAuthority.AuthorityKind;

/**
 * A trial authority in force on the assessment date, as data for the rules (legal-corpus/trial-authorities): who may
 * apply, duration limits, whether rights may be restricted, whether vedtekter are needed. Built once per catalogue.
 *
 * @param provisionId      the § that gives the authority (the source of findings under it)
 * @param applicantsVerified the list of applicants is stated in (or read closely from) the provision
 */
public record AuthorityFact(
        String id,
        AuthorityKind kind,
        String provisionId,
        boolean centralInitiativeOnly,
        boolean applicantsNamedInText,
        List<ApplicantType> applicants,
        boolean applicantsVerified,
        Integer maxYears,
        Integer extensionYears,
        boolean extendableUntilReform,
        boolean notExtendable,
        List<String> ownDocuments,
        boolean vedtekterRequired,
        boolean vedtekterFvl37,
        String vedtekterSource,
        Integer maxUnits,
        TrialAuthority authority) {

    public boolean forsoksloven() {
        return kind == AuthorityKind.FORSOKSLOVEN;
    }

    public static AuthorityFact of(TrialAuthority a) {
        TrialAuthority.FactSource applicantsSource = a.factSources().get("applicants");
        boolean applicantsVerified = applicantsSource != null && applicantsSource.verification() != null
                ? applicantsSource.verification().canGroundBlocker()
                : a.verification() != null && a.verification().canGroundBlocker();
        TrialAuthority.DurationLimits d = a.duration();
        TrialAuthority.Vedtekter v = a.vedtekter();
        return new AuthorityFact(a.id(), a.kind(), a.provision().toString(), a.centralInitiativeOnly(),
                a.applicantsNamedInText(), a.applicants(), applicantsVerified,
                d == null ? null : d.maxYears(), d == null ? null : d.extensionYears(),
                d != null && d.extendableUntilReform(), d != null && Boolean.FALSE.equals(d.extendable()),
                a.covers() == null ? List.of() : a.covers().documents(),
                v != null && v.required(), v != null && v.fvl37Applies(), v == null ? null : v.source(),
                a.maxUnits(), a);
    }

    /** Identity by id: the TrialAuthority is carried for rendering, not for matching. */
    @Override
    public boolean equals(Object o) {
        return o instanceof AuthorityFact other && other.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "AuthorityFact[" + id + "]";
    }
}
