package no.forsokssjekk.assessment;

import java.time.LocalDate;
import java.util.List;
import no.forsokssjekk.corpus.Language;

/**
 * A municipality's request to run a trial: the input of an assessment (the JSON contract, see docs/contract.md).
 * Missing optional values take their defaults in {@link #withDefaults(LocalDate)}, at the edge, never inside rules.
 */
public record Application(
        Stage stage,
        LocalDate assessmentDate,
        Language language,
        List<Applicant> applicants,
        String title,
        String description,
        String purpose,
        Period period,
        Extension extension,
        List<RequestedExemption> exemptions,
        Boolean affectsChildren,
        Boolean processesPersonalData,
        String evaluationPlan,
        String employeeInvolvement,
        String localRegulationDraft,
        Hearing hearing) {

    public Application {
        applicants = applicants == null ? List.of() : List.copyOf(applicants);
        exemptions = exemptions == null ? List.of() : List.copyOf(exemptions);
    }

    /** Defaults: stage PRELIMINARY, language nb, the assessment date given by the caller (today, read at the edge). */
    public Application withDefaults(LocalDate today) {
        return new Application(stage == null ? Stage.PRELIMINARY : stage,
                assessmentDate == null ? today : assessmentDate,
                language == null ? Language.NB : language,
                applicants, title, description, purpose, period, extension, exemptions, affectsChildren,
                processesPersonalData, evaluationPlan, employeeInvolvement, localRegulationDraft, hearing);
    }

    public boolean asksForExtension() {
        return extension != null;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** For Java callers and tests. */
    public static final class Builder {
        private Stage stage;
        private LocalDate assessmentDate;
        private Language language;
        private final java.util.ArrayList<Applicant> applicants = new java.util.ArrayList<>();
        private String title;
        private String description;
        private String purpose;
        private Period period;
        private Extension extension;
        private final java.util.ArrayList<RequestedExemption> exemptions = new java.util.ArrayList<>();
        private Boolean affectsChildren;
        private Boolean processesPersonalData;
        private String evaluationPlan;
        private String employeeInvolvement;
        private String localRegulationDraft;
        private Hearing hearing;

        public Builder stage(Stage v) { this.stage = v; return this; }
        public Builder assessmentDate(LocalDate v) { this.assessmentDate = v; return this; }
        public Builder language(Language v) { this.language = v; return this; }
        public Builder applicant(Applicant v) { this.applicants.add(v); return this; }
        public Builder title(String v) { this.title = v; return this; }
        public Builder description(String v) { this.description = v; return this; }
        public Builder purpose(String v) { this.purpose = v; return this; }
        public Builder period(LocalDate from, LocalDate to) { this.period = new Period(from, to); return this; }
        public Builder extension(Extension v) { this.extension = v; return this; }
        public Builder exemption(RequestedExemption v) { this.exemptions.add(v); return this; }
        public Builder exemption(String provision) { this.exemptions.add(new RequestedExemption(provision)); return this; }
        public Builder affectsChildren(Boolean v) { this.affectsChildren = v; return this; }
        public Builder processesPersonalData(Boolean v) { this.processesPersonalData = v; return this; }
        public Builder evaluationPlan(String v) { this.evaluationPlan = v; return this; }
        public Builder employeeInvolvement(String v) { this.employeeInvolvement = v; return this; }
        public Builder localRegulationDraft(String v) { this.localRegulationDraft = v; return this; }
        public Builder hearing(Hearing v) { this.hearing = v; return this; }

        public Application build() {
            return new Application(stage, assessmentDate, language, applicants, title, description, purpose, period,
                    extension, exemptions, affectsChildren, processesPersonalData, evaluationPlan,
                    employeeInvolvement, localRegulationDraft, hearing);
        }
    }
}
