package no.forsokssjekk.cli;

import java.util.List;
import no.forsokssjekk.assessment.Assessment;
import no.forsokssjekk.assessment.ExemptionAssessment;
import no.forsokssjekk.assessment.Finding;
import no.forsokssjekk.assessment.LegalBasis;
import no.forsokssjekk.assessment.Outcome;
import no.forsokssjekk.assessment.Severity;
import no.forsokssjekk.assessment.SourceRef;
import no.forsokssjekk.corpus.Language;

/** The readable report of an assessment, in bokmål or nynorsk (the application's language). */
final class AssessmentReport {
    private AssessmentReport() {
    }

    static String text(Assessment a) {
        boolean nn = a.language() == Language.NN;
        StringBuilder sb = new StringBuilder();
        sb.append(nn ? "Førehandsvurdering av søknad om forsøk" : "Forhåndsvurdering av søknad om forsøk").append('\n');
        sb.append(nn ? "Vurderingsdato: " : "Vurderingsdato: ").append(a.assessmentDate()).append('\n');
        sb.append(nn ? "Resultat: " : "Resultat: ").append(outcome(a.outcome(), nn)).append("\n\n");
        for (int i = 0; i < a.exemptions().size(); i++) {
            ExemptionAssessment e = a.exemptions().get(i);
            sb.append(i + 1).append(". ").append(e.input());
            if (e.provision() != null) {
                sb.append(" → ").append(e.provision().citation());
                if (e.provision().title() != null && !e.provision().title().isBlank()) {
                    sb.append(" (").append(e.provision().title()).append(')');
                }
            }
            sb.append('\n');
            for (LegalBasis b : e.legalBasis()) {
                sb.append("   ").append(nn ? "Heimel: " : "Hjemmel: ")
                        .append(b.authority() == null ? (nn ? "ingen" : "ingen") : b.authority().citation());
                if (b.preferred()) sb.append(nn ? " (føretrekt)" : " (foretrukket)");
                if (b.reason() != null) sb.append(" – ").append(b.reason());
                sb.append('\n');
            }
        }
        sb.append('\n').append(nn ? "Funn" : "Funn").append(" (").append(a.findings().size()).append(")\n");
        for (Severity s : Severity.values()) {
            List<Finding> of = a.findings().stream().filter(f -> f.severity() == s).toList();
            for (Finding f : of) {
                sb.append("- [").append(severity(s, nn)).append("] ").append(f.code());
                if (f.exemptionIndex() != null) sb.append(" (").append(nn ? "unntak " : "unntak ")
                        .append(f.exemptionIndex() + 1).append(')');
                sb.append('\n').append("  ").append(f.message()).append('\n');
                if (!f.sources().isEmpty()) {
                    sb.append("  ").append(nn ? "Kjelder: " : "Kilder: ")
                            .append(String.join("; ", f.sources().stream().map(SourceRef::citation).toList()))
                            .append('\n');
                }
                if (f.resolveBy() != null) sb.append("  ").append(nn ? "Løysing: " : "Løsning: ")
                        .append(f.resolveBy()).append('\n');
                sb.append("  ").append(nn ? "Regel: " : "Regel: ").append(f.ruleId()).append('\n');
            }
        }
        sb.append('\n').append(nn ? "Versjonar: " : "Versjoner: ").append("motor ").append(a.versions().engine())
                .append(", regler ").append(shortHash(a.versions().rules()))
                .append(", katalog ").append(shortHash(a.versions().corpus()))
                .append(", Lovdata ").append(a.versions().lovdataDataset() == null
                        ? (nn ? "ikkje lasta" : "ikke lastet") : a.versions().lovdataDataset()).append('\n');
        return sb.toString();
    }

    static String outcome(Outcome o, boolean nn) {
        return switch (o) {
            case OBSTACLES_FOUND -> nn ? "Hinder funne" : "Hindringer funnet";
            case NEEDS_CLARIFICATION -> nn ? "Treng avklaring" : "Trenger avklaring";
            case NO_OBSTACLES_FOUND -> nn ? "Ingen hinder funne" : "Ingen hindringer funnet";
        };
    }

    static String severity(Severity s, boolean nn) {
        return switch (s) {
            case BLOCKER -> nn ? "HINDER" : "HINDER";
            case REVIEW -> nn ? "VURDER" : "VURDER";
            case MISSING_INFO -> nn ? "MANGLAR" : "MANGLER";
            case NOTE -> nn ? "MERKNAD" : "MERKNAD";
        };
    }

    private static String shortHash(String h) {
        return h == null ? "-" : h.substring(0, Math.min(12, h.length()));
    }
}
