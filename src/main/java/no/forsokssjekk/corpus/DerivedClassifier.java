package no.forsokssjekk.corpus;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.forsokssjekk.corpus.catalogue.Classification;
import no.forsokssjekk.corpus.catalogue.ClassificationKind;
import no.forsokssjekk.corpus.catalogue.VerificationStatus;

/**
 * A cautious classification read from the law text, for provisions our catalogue has not classified: "har rett til"
 * gives a right, "taushetsplikt" confidentiality, "straffes med" a criminal rule, and so on. Every result is marked
 * {@link VerificationStatus#DERIVED}: it is a pointer for the caseworker (REVIEW), never a ground for a BLOCKER.
 * Shared by the rules and by search (the "gir rettigheter" label). Stateless and thread-safe.
 *
 * <p>The phrases are deliberately narrow: a public body's own right ("kommunen har rett til å kreve …") is not an
 * individual's right, and a municipality's duty is organisation, not a duty on individuals.
 */
public final class DerivedClassifier {

    /** A public body as the subject of a sentence: its rights and duties are not individuals'. */
    private static final String PUBLIC_BODY = "(?:kommunen|kommunane|kommunene|fylkeskommunen|fylkeskommunane|"
            + "fylkeskommunene|staten|departementet|direktoratet|statsforvaltaren|statsforvalteren|kommunestyret|"
            + "fylkestinget|organet|forvaltningsorganet|tenesta|tjenesten|skolen|skulen|barnehagen|eigaren|eieren|"
            + "skoleeigaren|skoleeieren|nav-kontoret|helseforetaket|arbeids- og velferdsetaten)";

    /**
     * The body is the subject just before the verb ("Kommunen har rett til", "Kommunen sjølv har rett til"), not the
     * end of a clause about a person ("Den som bor i kommunen, har rett til"): no preposition before it, no comma after.
     */
    private static final Pattern PUBLIC_BODY_BEFORE = Pattern.compile(
            "(?<!\\b(?:i|av|til|fra|frå|for|hos|med|ved|mot|om|under|etter|over)\\s)\\b" + PUBLIC_BODY
                    + "\\s*(?:[^\\s,]+\\s*)?$");
    private static final Pattern RIGHT = Pattern.compile(
            "\\b(har|skal ha|gis|får|kan krevje|kan kreve)\\s+(rett til|krav på|rett på)\\b");
    private static final Pattern DUTY_OF_PERSON = Pattern.compile(
            "\\b(enhver|den som|foreldre|foreldra|foreldrene|føresette|eleven|elevane|elevene|pasienten|brukaren|"
                    + "brukeren|søkjaren|søkeren|deltakaren|deltakeren|arbeidsgiver|arbeidsgivar|arbeidstaker|"
                    + "arbeidstakar|eigaren av|eieren av|innbyggjarane|innbyggerne)\\b[^.;:]{0,60}?\\b"
                    + "(har plikt til|plikter å|pliktar å|er pliktig til|er forplikta til|er forpliktet til|skal betale|"
                    + "må betale)\\b");
    private static final Pattern PAYMENT = Pattern.compile(
            "\\b(egenbetaling|eigenbetaling|egenandel|eigendel|gebyr|gebyret|vederlag for|betale for)\\b");
    private static final Pattern CONFIDENTIALITY = Pattern.compile("\\b(taushetsplikt|teieplikt)\\w*");
    private static final Pattern PERSONAL_DATA = Pattern.compile("\\bpersonopplysning\\w*");
    private static final Pattern PROCEDURE = Pattern.compile(
            "\\b(enkeltvedtak|einskildvedtak|kan påklages|kan klagast|kan klage|klagerett|klageinstans|klagefrist)\\b");
    private static final Pattern CRIMINAL = Pattern.compile(
            "\\b(straffes med|straffast med|straffes den som|straffast den som|med bøter eller fengsel|"
                    + "med bot eller fengsel)\\b");
    private static final Pattern ENABLING = Pattern.compile(
            "\\b(kan\\s+(?:i særlige tilfeller\\s+|i særlege tilfelle\\s+)?(?:gi dispensasjon|gje dispensasjon|"
                    + "dispensere|gjøre unntak|gjere unntak|fravike|fråvike))\\b");
    private static final Pattern CHILDREN = Pattern.compile(
            "\\b(barn|barnet|barna|barns|barnets|elev|eleven|elevar|elever|elevane|elevene|barnehagebarn)\\b");

    /** Curated classifications when the catalogue has them; otherwise what the text gives (when it is loaded). */
    public List<Classification> classify(ProvisionInfo provision) {
        List<Classification> curated = provision.curatedClassifications();
        if (!curated.isEmpty()) return curated;
        return provision.lovdataText().map(this::derive).orElse(List.of());
    }

    /** Whether the provision grants individuals a right, curated or derived (search's "gir rettigheter" label). */
    public boolean grantsRights(ProvisionInfo provision) {
        return classify(provision).stream().anyMatch(c -> c.kind() == ClassificationKind.INDIVIDUAL_RIGHT);
    }

    /** The classifications the text gives, ledd by ledd (narrowed with appliesTo when the § has several ledd). */
    public List<Classification> derive(Provision text) {
        List<Classification> out = new ArrayList<>();
        Set<ClassificationKind> wholeSection = EnumSet.noneOf(ClassificationKind.class);
        boolean several = text.ledd().size() > 1;
        for (Ledd ledd : text.ledd()) {
            String t = normalise(ledd.plainText());
            String part = several ? "ledd" + ledd.number() : null;
            String where = several ? Citations.ordinal(ledd.number(), Language.NB) + " ledd" : "teksten";
            for (Hit hit : hits(t)) {
                if (part == null && !wholeSection.add(hit.kind())) continue;
                if (part != null && out.stream().anyMatch(c -> c.kind() == hit.kind()
                        && part.equals(c.appliesTo()))) {
                    continue;
                }
                out.add(new Classification(hit.kind(), part,
                        "Avledet automatisk av lovteksten: «" + hit.phrase() + "» i " + where
                                + ". Ikke kontrollert av en jurist.",
                        text.id().toString(), VerificationStatus.DERIVED, null,
                        hit.kind() == ClassificationKind.ENABLING
                                ? "Bestemmelsen åpner selv for unntak eller dispensasjon («" + hit.phrase() + "»)."
                                : null));
            }
        }
        return List.copyOf(out);
    }

    private record Hit(ClassificationKind kind, String phrase) {
    }

    private static List<Hit> hits(String t) {
        List<Hit> hits = new ArrayList<>();
        for (String sentence : t.split("(?<=[.;:])\\s+")) {
            Matcher right = RIGHT.matcher(sentence);
            if (right.find() && !publicBodyBefore(sentence, right.start())) {
                hits.add(new Hit(ClassificationKind.INDIVIDUAL_RIGHT, right.group()));
            }
            Matcher duty = DUTY_OF_PERSON.matcher(sentence);
            if (duty.find()) hits.add(new Hit(ClassificationKind.INDIVIDUAL_DUTY, duty.group(2)));
        }
        add(hits, ClassificationKind.INDIVIDUAL_DUTY, PAYMENT, t);
        add(hits, ClassificationKind.CONFIDENTIALITY, CONFIDENTIALITY, t);
        add(hits, ClassificationKind.PERSONAL_DATA, PERSONAL_DATA, t);
        add(hits, ClassificationKind.PROCEDURAL_SAFEGUARD, PROCEDURE, t);
        add(hits, ClassificationKind.CRIMINAL, CRIMINAL, t);
        add(hits, ClassificationKind.ENABLING, ENABLING, t);
        add(hits, ClassificationKind.AFFECTS_CHILDREN, CHILDREN, t);
        return hits;
    }

    private static void add(List<Hit> hits, ClassificationKind kind, Pattern p, String t) {
        if (hits.stream().anyMatch(h -> h.kind() == kind)) return;
        Matcher m = p.matcher(t);
        if (m.find()) hits.add(new Hit(kind, m.group()));
    }

    /** True when the words just before the match name a public body ("Kommunen har rett til …"). */
    private static boolean publicBodyBefore(String sentence, int at) {
        String before = sentence.substring(Math.max(0, at - 40), at);
        return PUBLIC_BODY_BEFORE.matcher(before).find();
    }

    private static String normalise(String s) {
        return s.toLowerCase(Locale.ROOT).replace('\u00a0', ' ').replaceAll("\\s+", " ");
    }
}
