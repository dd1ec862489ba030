package no.forsokssjekk.search;

import java.util.Locale;
import no.forsokssjekk.corpus.Language;
import no.forsokssjekk.corpus.catalogue.Classification;
import no.forsokssjekk.corpus.catalogue.ClassificationKind;
import no.forsokssjekk.corpus.catalogue.VerificationStatus;

/**
 * A classification of a hit in a few words ("gir rettigheter"), from the catalogue, so that an applicant sees what a
 * provision is before opening it.
 *
 * @param appliesTo the ledd it is narrowed to ("ledd1"), or null for the whole §
 */
public record KeyClassification(ClassificationKind kind, String label, String appliesTo, VerificationStatus status) {

    static KeyClassification of(Classification c, Language language) {
        return new KeyClassification(c.kind(), label(c.kind(), language), c.appliesToPart().orElse(null), c.status());
    }

    /** A short label in bokmål or nynorsk. */
    public static String label(ClassificationKind kind, Language language) {
        boolean nn = language == Language.NN;
        return switch (kind) {
            case INDIVIDUAL_RIGHT -> nn ? "gir rettar" : "gir rettigheter";
            case INDIVIDUAL_DUTY -> nn ? "pålegg plikter" : "pålegger plikter";
            case PROCEDURAL_SAFEGUARD -> nn ? "rettstryggleiksgaranti" : "rettssikkerhetsgaranti";
            case FVL_PROCEDURE -> nn ? "sakshandsamingsregel i forvaltningslova" : "saksbehandlingsregel i forvaltningsloven";
            case KOMMUNELOV_FUNDAMENTAL -> nn ? "grunnleggjande regel i kommunelova" : "grunnleggende regel i kommuneloven";
            case KOMMUNELOV_NOT_FUNDAMENTAL -> nn ? "ikkje grunnleggjande regel i kommunelova"
                    : "ikke grunnleggende regel i kommuneloven";
            case EEA_OBLIGATION -> nn ? "EØS-plikt" : "EØS-forpliktelse";
            case INTERNATIONAL_OBLIGATION -> nn ? "folkerettsleg plikt" : "folkerettslig forpliktelse";
            case CONSTITUTIONAL -> nn ? "grunnlovsvern" : "grunnlovsvern";
            case TAX -> nn ? "skatt eller avgift" : "skatt eller avgift";
            case CRIMINAL -> nn ? "straffeføresegn" : "straffebestemmelse";
            case ENABLING -> nn ? "gir alt høve" : "gir allerede adgang";
            case CONFIDENTIALITY -> nn ? "teieplikt" : "taushetsplikt";
            case PERSONAL_DATA -> nn ? "personopplysningar" : "personopplysninger";
            case ORGANISATION -> nn ? "organisering" : "organisering";
            case TASK_ALLOCATION -> nn ? "oppgåvefordeling" : "oppgavefordeling";
            case STATE_CONTROL -> nn ? "statleg styring og kontroll" : "statlig styring og kontroll";
            case AFFECTS_CHILDREN -> nn ? "gjeld barn" : "berører barn";
            case TRIAL_PROVISION -> nn ? "forsøksheimel" : "forsøkshjemmel";
        };
    }

    @Override
    public String toString() {
        return label + (appliesTo == null ? "" : " (" + appliesTo.toLowerCase(Locale.ROOT) + ")");
    }
}
