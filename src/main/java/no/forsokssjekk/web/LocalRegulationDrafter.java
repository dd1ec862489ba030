package no.forsokssjekk.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import no.forsokssjekk.assessment.Applicant;
import no.forsokssjekk.assessment.Application;
import no.forsokssjekk.assessment.Assessment;
import no.forsokssjekk.assessment.BasisKind;
import no.forsokssjekk.assessment.ExemptionAssessment;
import no.forsokssjekk.assessment.LegalBasis;
import no.forsokssjekk.assessment.RequestedExemption;
import no.forsokssjekk.corpus.Language;
import no.forsokssjekk.corpus.catalogue.ApplicantType;
import org.springframework.stereotype.Component;

/**
 * Drafts the local regulation (vedtekter) a trial needs: forsøksloven § 5 asks for rules that replace the provisions
 * set aside, adopted by the council and approved by the ministry. As it is a forskrift, forvaltningsloven § 38 asks it
 * to name its legal basis (a) and the body that issued it (b); both are filled from the assessment where they can be,
 * and left as [placeholders in brackets] where the applicant must write. In bokmål or nynorsk.
 */
@Component
class LocalRegulationDrafter {
    private static final DateTimeFormatter NB_DATE = DateTimeFormatter.ofPattern("d. MMMM yyyy", Locale.forLanguageTag("nb"));
    /**
     * @param text         the whole draft as plain text
     * @param placeholders every bracketed text the applicant must replace, in order
     */
    record Draft(String language, String title, String text, List<String> legalBasis, String issuingBody,
                 String approvingBody, List<String> placeholders) {
    }

    /** Fixed wording in the two written forms. */
    private record Words(String regulationOf, String trialWith, String forThe, String adoptedBy, String withBasisIn,
                         String approvedBy, String ministry, String purposeHeading, String scopeHeading,
                         String scopeText, String exemptionsHeading, String exemptionsIntro,
                         String replacementHeading, String insteadOf, String applies, String evaluationHeading,
                         String commencementHeading, String commencement, String notesHeading, String fvl38,
                         String fvl37, String hearingHeld, String hearingMissing, String phTitle, String phPurpose,
                         String phScope, String phDeviation, String phReplacement, String phEvaluation, String phBody,
                         String phBasis, String phDate, String phApprover, String council, String countyCouncil) {
    }

    private static final Words NB = new Words(
            "Forskrift om forsøk med", "forsøk med", "for", "Fastsatt av", "med hjemmel i", "Godkjent av",
            "departementet", "§ 1 Formål", "§ 2 Virkeområde", "Forskriften gjelder for forsøket i",
            "§ 3 Unntak fra regelverket", "I forsøksperioden gjøres det unntak fra disse bestemmelsene:",
            "§ 4 Regler som gjelder i stedet", "I stedet for", "gjelder dette:", "§ 5 Evaluering",
            "§ 6 Ikrafttredelse og varighet", "Forskriften trer i kraft %s og gjelder til og med %s.",
            "Merknader til utkastet (fjernes før vedtak)",
            "Forvaltningsloven § 38 krever at forskriften (a) uttrykkelig viser til hjemmelen, (b) nevner organet som "
                    + "har gitt den, (c) kunngjøres i Norsk Lovtidend og (d) betegnes som forskrift i kunngjøringen. "
                    + "(a) og (b) står i innledningen; (c) og (d) gjøres etter at departementet har godkjent "
                    + "forskriften.",
            "Forvaltningsloven § 37 gjelder for utarbeidelsen (forsøksloven § 5): saken skal være godt nok utredet, "
                    + "og berørte skal få uttale seg før vedtak.",
            "Høring gjennomført %s.", "Høring er ikke registrert i søknaden: [gjennomfør høring og oppgi dato].",
            "[kort beskrivelse av forsøket]", "[Skriv formålet med forsøket: hva skal prøves ut, og hva skal det gi "
                    + "kunnskap om?]",
            "[Beskriv hvilke tjenester, enheter og personer forsøket gjelder]",
            "[Beskriv hva forsøket gjør annerledes enn bestemmelsen]",
            "[Skriv regelen som skal gjelde i stedet]",
            "[Beskriv hvordan forsøket skal evalueres, av hvem og når]",
            "[organet som fastsetter forskriften, f.eks. kommunestyret i …]",
            "[hjemmel: forsøksloven § 3 og § 5, eller sektorlovens forsøkshjemmel]",
            "[dato]", "[departementet som godkjenner]", "kommunestyret i", "fylkestinget i");

    private static final Words NN = new Words(
            "Forskrift om forsøk med", "forsøk med", "for", "Fastsett av", "med heimel i", "Godkjend av",
            "departementet", "§ 1 Føremål", "§ 2 Verkeområde", "Forskrifta gjeld for forsøket i",
            "§ 3 Unntak frå regelverket", "I forsøksperioden blir det gjort unntak frå desse føresegnene:",
            "§ 4 Reglar som gjeld i staden", "I staden for", "gjeld dette:", "§ 5 Evaluering",
            "§ 6 Iverksetjing og varigheit", "Forskrifta tek til å gjelde %s og gjeld til og med %s.",
            "Merknader til utkastet (takast ut før vedtak)",
            "Forvaltningslova § 38 krev at forskrifta (a) uttrykkeleg viser til heimelen, (b) nemner organet som har "
                    + "gitt henne, (c) blir kunngjord i Norsk Lovtidend og (d) blir kalla forskrift i kunngjeringa. "
                    + "(a) og (b) står i innleiinga; (c) og (d) blir gjorde etter at departementet har godkjent "
                    + "forskrifta.",
            "Forvaltningslova § 37 gjeld for utarbeidinga (forsøkslova § 5): saka skal vere godt nok greidd ut, og "
                    + "dei som blir råka, skal få uttale seg før vedtak.",
            "Høyring gjennomført %s.", "Høyring er ikkje registrert i søknaden: [gjennomfør høyring og oppgi dato].",
            "[kort omtale av forsøket]", "[Skriv føremålet med forsøket: kva skal prøvast ut, og kva skal det gi "
                    + "kunnskap om?]",
            "[Gjer greie for kva tenester, einingar og personar forsøket gjeld]",
            "[Gjer greie for kva forsøket gjer annleis enn føresegna]",
            "[Skriv regelen som skal gjelde i staden]",
            "[Gjer greie for korleis forsøket skal evaluerast, av kven og når]",
            "[organet som fastset forskrifta, t.d. kommunestyret i …]",
            "[heimel: forsøkslova § 3 og § 5, eller forsøksheimelen i sektorlova]",
            "[dato]", "[departementet som godkjenner]", "kommunestyret i", "fylkestinget i");

    Draft draft(Application application, Assessment assessment) {
        Language language = application.language() == null ? Language.NB : application.language();
        Words w = language == Language.NN ? NN : NB;
        List<String> placeholders = new ArrayList<>();

        String who = applicantNames(application);
        String title = w.regulationOf() + " " + orPlaceholder(application.title(), w.phTitle(), placeholders)
                + (who.isBlank() ? "" : ", " + who);

        String issuingBody = issuingBody(application, w);
        if (issuingBody == null) issuingBody = placeholder(w.phBody(), placeholders);
        List<String> basis = legalBasis(assessment);
        String basisText = basis.isEmpty() ? placeholder(w.phBasis(), placeholders) : join(basis);
        String approver = approvingBody(assessment);
        if (approver == null) approver = placeholder(w.phApprover(), placeholders);
        String adopted = resolutionDate(application).map(d -> format(d, language))
                .orElseGet(() -> placeholder(w.phDate(), placeholders));

        StringBuilder t = new StringBuilder();
        t.append(title).append("\n\n");
        t.append(w.adoptedBy()).append(' ').append(issuingBody).append(' ').append(adopted).append(' ')
                .append(w.withBasisIn()).append(' ').append(basisText).append(". ")
                .append(w.approvedBy()).append(' ').append(approver).append(' ')
                .append(placeholder(w.phDate(), placeholders)).append(".\n\n");

        t.append(w.purposeHeading()).append('\n')
                .append(orPlaceholder(application.purpose(), w.phPurpose(), placeholders)).append("\n\n");

        t.append(w.scopeHeading()).append('\n').append(w.scopeText()).append(' ')
                .append(who.isBlank() ? placeholder(w.phBody(), placeholders) : who).append(". ")
                .append(placeholder(w.phScope(), placeholders)).append("\n\n");

        t.append(w.exemptionsHeading()).append('\n').append(w.exemptionsIntro()).append('\n');
        List<RequestedExemption> exemptions = application.exemptions();
        for (int i = 0; i < exemptions.size(); i++) {
            RequestedExemption e = exemptions.get(i);
            t.append(letter(i)).append(") ").append(citation(assessment, i, e)).append(": ")
                    .append(orPlaceholder(e.deviation(), w.phDeviation(), placeholders)).append('\n');
        }
        t.append('\n');

        t.append(w.replacementHeading()).append('\n');
        for (int i = 0; i < exemptions.size(); i++) {
            RequestedExemption e = exemptions.get(i);
            t.append('(').append(i + 1).append(") ").append(w.insteadOf()).append(' ')
                    .append(citation(assessment, i, e)).append(' ').append(w.applies()).append(' ')
                    .append(orPlaceholder(e.replacement(), w.phReplacement(), placeholders)).append('\n');
        }
        t.append('\n');

        t.append(w.evaluationHeading()).append('\n')
                .append(orPlaceholder(application.evaluationPlan(), w.phEvaluation(), placeholders)).append("\n\n");

        String from = application.period() == null || application.period().from() == null
                ? placeholder(w.phDate(), placeholders) : format(application.period().from(), language);
        String to = application.period() == null || application.period().to() == null
                ? placeholder(w.phDate(), placeholders) : format(application.period().to(), language);
        t.append(w.commencementHeading()).append('\n').append(String.format(w.commencement(), from, to)).append("\n\n");

        t.append("---\n").append(w.notesHeading()).append('\n');
        t.append("- ").append(w.fvl38()).append('\n');
        t.append("- ").append(w.fvl37()).append(' ');
        if (application.hearing() != null && application.hearing().date() != null) {
            t.append(String.format(w.hearingHeld(), format(application.hearing().date(), language)));
        } else {
            t.append(w.hearingMissing());
            placeholders.add(w.hearingMissing().substring(w.hearingMissing().indexOf('[')));
        }
        t.append('\n');
        return new Draft(language.code(), title, t.toString(), basis, issuingBody, approver, List.copyOf(placeholders));
    }

    private static String placeholder(String text, List<String> placeholders) {
        placeholders.add(text);
        return text;
    }

    private static String orPlaceholder(String value, String placeholder, List<String> placeholders) {
        return value == null || value.isBlank() ? placeholder(placeholder, placeholders) : value.strip();
    }

    private static String letter(int i) {
        return i < 26 ? String.valueOf((char) ('a' + i)) : String.valueOf(i + 1);
    }

    private static String citation(Assessment assessment, int i, RequestedExemption e) {
        if (i < assessment.exemptions().size()) {
            ExemptionAssessment ea = assessment.exemptions().get(i);
            if (ea.provision() != null && ea.provision().citation() != null) {
                String title = ea.provision().title();
                return ea.provision().citation() + (title == null || title.isBlank() ? "" : " (" + title + ")");
            }
        }
        return e.provision();
    }

    private static String applicantNames(Application a) {
        return a.applicants().stream().map(Applicant::name).filter(n -> n != null && !n.isBlank())
                .reduce((x, y) -> x + ", " + y).orElse("");
    }

    /** The councils of the municipal applicants (forsøksloven § 5 andre ledd), or null when there are none. */
    private static String issuingBody(Application a, Words w) {
        List<String> bodies = new ArrayList<>();
        for (Applicant ap : a.applicants()) {
            if (ap.type() == ApplicantType.MUNICIPALITY) bodies.add(w.council() + " " + ap.name());
            else if (ap.type() == ApplicantType.COUNTY_MUNICIPALITY) bodies.add(w.countyCouncil() + " " + ap.name());
        }
        return bodies.isEmpty() ? null : String.join(", ", bodies);
    }

    private static java.util.Optional<LocalDate> resolutionDate(Application a) {
        return a.applicants().stream()
                .filter(ap -> ap.councilResolution() != null && ap.councilResolution().date() != null)
                .map(ap -> ap.councilResolution().date())
                .max(LocalDate::compareTo);
    }

    /**
     * The preferred legal basis of each exemption, once each. Under forsøksloven the vedtekter themselves rest on § 5
     * as well as § 3; a sector provision that asks for vedtekter names them itself.
     */
    private static List<String> legalBasis(Assessment assessment) {
        Set<String> out = new LinkedHashSet<>();
        for (ExemptionAssessment ea : assessment.exemptions()) {
            for (LegalBasis b : ea.legalBasis()) {
                if (!b.preferred() || b.kind() == BasisKind.NONE || b.authority() == null) continue;
                if (b.kind() == BasisKind.FORSOKSLOVEN) {
                    out.add("lov 26. juni 1992 nr. 87 om forsøk i offentlig forvaltning (forsøksloven) § 3 og § 5");
                } else {
                    out.add(b.authority().citation());
                }
            }
        }
        return List.copyOf(out);
    }

    private static String join(List<String> parts) {
        if (parts.size() == 1) return parts.get(0);
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " og " + parts.get(parts.size() - 1);
    }

    private static String approvingBody(Assessment assessment) {
        return assessment.exemptions().stream()
                .flatMap(ea -> ea.legalBasis().stream())
                .filter(b -> b.preferred() && b.decisionMaker() != null && !b.decisionMaker().isBlank())
                .map(LegalBasis::decisionMaker)
                .findFirst().orElse(null);
    }

    private static String format(LocalDate d, Language language) {
        return d.format(language == Language.NN
                ? DateTimeFormatter.ofPattern("d. MMMM yyyy", Locale.forLanguageTag("nn")) : NB_DATE);
    }
}
