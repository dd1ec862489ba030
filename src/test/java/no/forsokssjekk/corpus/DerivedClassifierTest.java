package no.forsokssjekk.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.forsokssjekk.corpus.catalogue.Classification;
import no.forsokssjekk.corpus.catalogue.ClassificationKind;
import no.forsokssjekk.corpus.catalogue.VerificationStatus;
import org.junit.jupiter.api.Test;

/** What the law's own words say about a § that no lawyer has classified: cautious, marked DERIVED, ledd by ledd. */
class DerivedClassifierTest {
    private final DerivedClassifier classifier = new DerivedClassifier();

    private static Provision section(String... ledd) {
        List<Ledd> parts = new java.util.ArrayList<>();
        for (int i = 0; i < ledd.length; i++) parts.add(new Ledd(i + 1, ledd[i], List.of()));
        return new Provision(ProvisionId.parse("LOV-2099-01-01-1/§7"), "§ 7", "", List.of(), parts, null, false, "",
                List.of(), "");
    }

    private static List<ClassificationKind> kinds(List<Classification> cs) {
        return cs.stream().map(Classification::kind).toList();
    }

    @Test
    void a_person_who_has_the_right_to_something_makes_the_provision_a_right_marked_derived() {
        List<Classification> cs = classifier.derive(section("Den som bor i kommunen, har rett til plass."));
        assertThat(kinds(cs)).containsExactly(ClassificationKind.INDIVIDUAL_RIGHT);
        assertThat(cs.get(0).status()).isEqualTo(VerificationStatus.DERIVED);
        assertThat(cs.get(0).reason()).contains("«har rett til»").contains("Ikke kontrollert av en jurist");
    }

    @Test
    void the_municipality_having_a_right_is_not_an_individual_right() {
        assertThat(kinds(classifier.derive(section("Kommunen har rett til å kreve betaling for tilbudet."))))
                .doesNotContain(ClassificationKind.INDIVIDUAL_RIGHT);
    }

    @Test
    void each_ledd_is_classified_on_its_own_words() {
        List<Classification> cs = classifier.derive(section(
                "Kommunen skal ha et tilbud.",
                "Barn som bor i kommunen, har rett til plass."));
        assertThat(cs).allSatisfy(c -> assertThat(c.appliesTo()).isEqualTo("ledd2"));
        assertThat(kinds(cs)).contains(ClassificationKind.INDIVIDUAL_RIGHT, ClassificationKind.AFFECTS_CHILDREN);
    }

    @Test
    void confidentiality_and_personal_data_are_read_from_the_text() {
        assertThat(kinds(classifier.derive(section(
                "Den som utfører tjenesten, har taushetsplikt og kan bare behandle personopplysninger som trengs."))))
                .contains(ClassificationKind.CONFIDENTIALITY, ClassificationKind.PERSONAL_DATA);
    }

    @Test
    void a_provision_about_organisation_alone_gives_nothing() {
        assertThat(classifier.derive(section("Kommunestyret fastsetter selv hvordan arbeidet organiseres."))).isEmpty();
    }
}
