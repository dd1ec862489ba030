package no.forsokssjekk.corpus.catalogue;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalDate;
import java.util.List;

/**
 * A government trial scheme (legal-corpus/schemes/*.yaml), e.g. the 2023 forsøksordning for kommuner and
 * fylkeskommuner: what it asks of an application beyond the statute (an evaluation plan, employee involvement, the
 * council's resolution at the final stage), when it applies and to whom. Dated: an application assessed before the
 * scheme existed is not measured against it.
 *
 * @param applicants the applicant types the scheme is for (an application with at least one of them is in it)
 */
public record TrialScheme(
        String id,
        LocalizedText title,
        LocalDate validFrom,
        LocalDate validTo,
        List<ApplicantType> applicants,
        List<Requirement> requirements,
        String source,
        VerificationStatus verification,
        String note,
        @JsonIgnore SourceLocation location) {

    public TrialScheme {
        applicants = applicants == null ? List.of() : List.copyOf(applicants);
        requirements = requirements == null ? List.of() : List.copyOf(requirements);
    }

    public boolean validOn(LocalDate date) {
        return (validFrom == null || !date.isBefore(validFrom)) && (validTo == null || !date.isAfter(validTo));
    }

    TrialScheme withLocation(SourceLocation where) {
        return new TrialScheme(id, title, validFrom, validTo, applicants, requirements, source, verification, note, where);
    }

    /**
     * One thing the scheme asks for.
     *
     * @param evidence            the application field that shows it (as for trial-authority conditions)
     * @param stages              the application stages at which it is asked for (PRELIMINARY, FINAL; empty: all)
     * @param appliesToApplicants narrows it to some applicant types (empty: all)
     * @param signals             words in the application that trigger it (e.g. an expectation of grants)
     */
    /** The stages of an application (the contract's Stage values). */
    public static final List<String> STAGES = List.of("PRELIMINARY", "FINAL");

    public record Requirement(
            String code,
            LocalizedText text,
            String evidence,
            List<String> stages,
            List<ApplicantType> appliesToApplicants,
            Keywords signals,
            String source,
            VerificationStatus verification) {
        public Requirement {
            stages = stages == null || stages.isEmpty() ? STAGES : List.copyOf(stages);
            appliesToApplicants = appliesToApplicants == null ? List.of() : List.copyOf(appliesToApplicants);
            signals = signals == null ? Keywords.NONE : signals;
        }

        public boolean askedAt(String stage) {
            return stages.contains(stage);
        }
    }
}
