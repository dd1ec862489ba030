package no.forsokssjekk.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.forsokssjekk.io.InputProblem;

/**
 * Checks an application beyond its JSON shape: what a person could get wrong (impossible dates, nothing to assess,
 * oversize texts). Each problem names its field and what is accepted. Legal questions are the rules' business.
 */
public final class ApplicationValidator {
    public static final int MAX_EXEMPTIONS = 200;
    public static final int MAX_APPLICANTS = 100;
    public static final int MAX_TEXT = 50_000;
    public static final int MAX_SHORT_TEXT = 500;
    private static final LocalDate EARLIEST = LocalDate.of(1814, 5, 17);
    private static final LocalDate LATEST = LocalDate.of(2200, 12, 31);

    private ApplicationValidator() {
    }

    public static List<InputProblem> validate(Application a) {
        List<InputProblem> p = new ArrayList<>();
        if (a.exemptions().isEmpty()) {
            p.add(InputProblem.of("exemptions", "at least one exemption is required",
                    "a list of {provision, deviation?, replacement?, effectOnIndividuals?}"));
        }
        if (a.exemptions().size() > MAX_EXEMPTIONS) {
            p.add(InputProblem.of("exemptions", a.exemptions().size() + " exemptions is more than the limit",
                    "at most " + MAX_EXEMPTIONS));
        }
        for (int i = 0; i < a.exemptions().size(); i++) {
            RequestedExemption e = a.exemptions().get(i);
            String f = "exemptions[" + i + "]";
            if (e == null) {
                p.add(InputProblem.of(f, "is null", "an object with 'provision'"));
                continue;
            }
            if (e.provision() == null || e.provision().isBlank()) {
                p.add(InputProblem.of(f + ".provision", "is required", "a citation (\"opplæringslova § 14-3\"), an id "
                        + "(\"LOV-2005-06-17-64/§26\") or a law (\"kommuneloven\")"));
            } else {
                text(p, f + ".provision", e.provision(), MAX_SHORT_TEXT);
            }
            text(p, f + ".deviation", e.deviation(), MAX_TEXT);
            text(p, f + ".replacement", e.replacement(), MAX_TEXT);
        }
        if (a.applicants().size() > MAX_APPLICANTS) {
            p.add(InputProblem.of("applicants", a.applicants().size() + " applicants is more than the limit",
                    "at most " + MAX_APPLICANTS));
        }
        for (int i = 0; i < a.applicants().size(); i++) {
            Applicant ap = a.applicants().get(i);
            String f = "applicants[" + i + "]";
            if (ap == null) {
                p.add(InputProblem.of(f, "is null", "{name, type, orgNumber?, councilResolution?}"));
                continue;
            }
            if (ap.name() == null || ap.name().isBlank()) p.add(InputProblem.of(f + ".name", "is required", "a text"));
            else text(p, f + ".name", ap.name(), MAX_SHORT_TEXT);
            if (ap.type() == null) {
                p.add(InputProblem.of(f + ".type", "is required", String.join(", ", java.util.Arrays.stream(
                        no.forsokssjekk.corpus.catalogue.ApplicantType.values()).map(Enum::name).toList())));
            }
            if (ap.orgNumber() != null && !ap.orgNumber().replace(" ", "").matches("\\d{9}")) {
                p.add(InputProblem.of(f + ".orgNumber", "'" + ap.orgNumber() + "' is not an organisation number",
                        "nine digits, e.g. 944117784"));
            }
            if (ap.councilResolution() != null) {
                if (ap.councilResolution().date() == null) {
                    p.add(InputProblem.of(f + ".councilResolution.date", "is required", "an ISO date"));
                } else {
                    date(p, f + ".councilResolution.date", ap.councilResolution().date());
                }
                text(p, f + ".councilResolution.reference", ap.councilResolution().reference(), MAX_SHORT_TEXT);
            }
        }
        if (a.period() != null) period(p, "period", a.period());
        if (a.extension() != null) {
            if (a.extension().previousPeriod() == null) {
                p.add(InputProblem.of("extension.previousPeriod", "is required for an extension",
                        "{from, to}: the period approved so far"));
            } else {
                period(p, "extension.previousPeriod", a.extension().previousPeriod());
                if (a.period() != null && a.period().from() != null && a.extension().previousPeriod().from() != null
                        && a.period().from().isBefore(a.extension().previousPeriod().from())) {
                    p.add(InputProblem.of("period.from", "the extended period starts (" + a.period().from()
                            + ") before the approved one (" + a.extension().previousPeriod().from() + ")",
                            "a period that starts on or after extension.previousPeriod.from"));
                }
            }
            text(p, "extension.reform", a.extension().reform(), MAX_TEXT);
        }
        if (a.assessmentDate() != null) date(p, "assessmentDate", a.assessmentDate());
        if (a.hearing() != null && a.hearing().date() != null) date(p, "hearing.date", a.hearing().date());
        text(p, "title", a.title(), MAX_SHORT_TEXT);
        text(p, "description", a.description(), MAX_TEXT);
        text(p, "purpose", a.purpose(), MAX_TEXT);
        text(p, "evaluationPlan", a.evaluationPlan(), MAX_TEXT);
        text(p, "employeeInvolvement", a.employeeInvolvement(), MAX_TEXT);
        text(p, "localRegulationDraft", a.localRegulationDraft(), MAX_TEXT);
        if (a.hearing() != null) text(p, "hearing.summary", a.hearing().summary(), MAX_TEXT);
        return p;
    }

    private static void period(List<InputProblem> p, String field, Period period) {
        if (period.from() == null) p.add(InputProblem.of(field + ".from", "is required", "an ISO date"));
        if (period.to() == null) p.add(InputProblem.of(field + ".to", "is required", "an ISO date (inclusive)"));
        if (period.from() != null && period.to() != null) {
            date(p, field + ".from", period.from());
            date(p, field + ".to", period.to());
            if (period.to().isBefore(period.from())) {
                p.add(InputProblem.of(field + ".to", "the period ends (" + period.to() + ") before it starts ("
                        + period.from() + ")", "a date on or after " + field + ".from"));
            }
        }
    }

    private static void date(List<InputProblem> p, String field, LocalDate d) {
        if (d.isBefore(EARLIEST) || d.isAfter(LATEST)) {
            p.add(InputProblem.of(field, d + " is outside the dates the engine handles", "a date between "
                    + EARLIEST + " and " + LATEST));
        }
    }

    private static void text(List<InputProblem> p, String field, String value, int max) {
        if (value != null && value.length() > max) {
            p.add(InputProblem.of(field, "is " + value.length() + " characters long", "at most " + max + " characters"));
        }
    }
}
