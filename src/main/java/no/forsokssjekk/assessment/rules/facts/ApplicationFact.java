package no.forsokssjekk.assessment.rules.facts;

import java.time.LocalDate;
import no.forsokssjekk.assessment.Application;
import no.forsokssjekk.assessment.Extension;
import no.forsokssjekk.assessment.Period;
import no.forsokssjekk.assessment.Stage;
import no.forsokssjekk.corpus.Language;
import org.kie.api.definition.type.ClassReactive;

/**
 * The application as the rules see it: the context of every exemption. The assessment date is an input here; rules
 * never read the clock. The {@code has…} methods say whether the applicant has filled in a field (blank is missing).
 */
@ClassReactive
public record ApplicationFact(Application application) {

    public LocalDate assessmentDate() {
        return application.assessmentDate();
    }

    public Stage stage() {
        return application.stage();
    }

    public boolean finalApplication() {
        return application.stage() == Stage.FINAL;
    }

    public Language language() {
        return application.language();
    }

    public Period period() {
        return application.period();
    }

    public Extension extension() {
        return application.extension();
    }

    public boolean extensionApplication() {
        return application.asksForExtension();
    }

    public boolean hasReform() {
        return application.extension() != null && application.extension().hasReform();
    }

    public boolean hasPurpose() {
        return filled(application.purpose());
    }

    public boolean hasDescription() {
        return filled(application.description());
    }

    public boolean hasEvaluationPlan() {
        return filled(application.evaluationPlan());
    }

    public boolean hasEmployeeInvolvement() {
        return filled(application.employeeInvolvement());
    }

    public boolean hasLocalRegulationDraft() {
        return filled(application.localRegulationDraft());
    }

    public boolean hasHearing() {
        return application.hearing() != null;
    }

    public Boolean affectsChildren() {
        return application.affectsChildren();
    }

    public Boolean processesPersonalData() {
        return application.processesPersonalData();
    }

    /**
     * Whether the field a condition is shown by ({@code evidence} in the catalogue) is missing. "none" is never
     * missing: such a condition is for the caseworker to judge.
     */
    public boolean lacks(String evidence) {
        return switch (evidence) {
            case "purpose" -> !hasPurpose();
            case "description" -> !hasDescription();
            case "evaluationPlan" -> !hasEvaluationPlan();
            case "employeeInvolvement" -> !hasEmployeeInvolvement();
            case "localRegulation" -> !hasLocalRegulationDraft();
            case "hearing" -> !hasHearing();
            case "duration" -> application.period() == null;
            default -> false;
        };
    }

    /** The first period is longer than the given number of years (period.to inclusive); false without a period. */
    public boolean periodLongerThan(int years) {
        Period p = application.period();
        return p != null && p.from() != null && p.to() != null && p.longerThanYears(years);
    }

    /**
     * An extension reaches further than the given number of years after the approved period ended (previousPeriod.to
     * inclusive: two years after 2025-12-31 is 2027-12-31).
     */
    public boolean extensionLongerThan(int years) {
        Period p = application.period();
        if (!extensionApplication() || p == null || p.to() == null) return false;
        Period previous = application.extension().previousPeriod();
        return previous != null && previous.to() != null && p.to().isAfter(previous.to().plusYears(years));
    }

    /** The extension reaches beyond the approved period at all. */
    public boolean extendsBeyondPreviousPeriod() {
        Period p = application.period();
        if (!extensionApplication() || p == null || p.to() == null) return false;
        Period previous = application.extension().previousPeriod();
        return previous != null && previous.to() != null && p.to().isAfter(previous.to());
    }

    /**
     * A change on this date takes effect after the assessment date and, when the period is known, no later than its
     * last day: it would change the law during the trial. An unknown date (null) counts, as the change is pending.
     */
    public boolean changesDuringTrial(LocalDate changeDate) {
        if (changeDate == null) return true;
        if (!changeDate.isAfter(application.assessmentDate())) return false;
        Period p = application.period();
        return p == null || p.to() == null || !changeDate.isAfter(p.to());
    }

    static boolean filled(String s) {
        return s != null && !s.isBlank();
    }
}
