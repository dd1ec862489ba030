package no.forsokssjekk.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.forsokssjekk.corpus.Corpus;
import no.forsokssjekk.corpus.Language;
import no.forsokssjekk.corpus.Ledd;
import no.forsokssjekk.corpus.Provision;
import no.forsokssjekk.corpus.ProvisionId;
import no.forsokssjekk.testsupport.Fixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * How closely two §§ belong together, read from the index: a reference either way, neighbours in a chapter, the same
 * chapter, the same act, or nothing. The texts are invented (a law from 2099).
 */
class RelatedProvisionsTest {
    private static final String LAW = "LOV-2099-01-01-1";
    private static final String OTHER = "LOV-2099-01-01-2";
    private static ProvisionIndex index;
    private static RelatedProvisions related;

    @BeforeAll
    static void index() {
        Corpus corpus = new Corpus(Fixtures.catalogue(), new SearchFixtures.InMemoryLovdata(List.of(
                SearchFixtures.law(LAW, "Lov om prøvekommuner (prøveloven)", "Prøveloven", List.of(), "Departementet",
                        Language.NB,
                        section(LAW, "§1", "Kapittel 1. Forsøk", List.of()),
                        section(LAW, "§2", "Kapittel 1. Forsøk", List.of()),
                        section(LAW, "§3", "Kapittel 1. Forsøk", List.of()),
                        section(LAW, "§4", "Kapittel 2. Tilsyn", List.of(LAW + "/§1", LAW + "/§9", "LOV-2099-01-01-9"))),
                SearchFixtures.law(OTHER, "Lov om prøvefylker (fylkesprøveloven)", "Fylkesprøveloven", List.of(),
                        "Departementet", Language.NB,
                        section(OTHER, "§1", "Kapittel 1. Forsøk", List.of())))));
        index = ProvisionIndex.inMemory(corpus, SearchFixtures.TODAY);
        related = new RelatedProvisions(index.reader);
    }

    @AfterAll
    static void close() throws Exception {
        index.close();
    }

    @Test
    void a_reference_either_way_is_the_closest_relation() {
        assertThat(relation(LAW + "/§4", LAW + "/§1")).isEqualTo(1.0);
        assertThat(relation(LAW + "/§1", LAW + "/§4")).isEqualTo(1.0);
    }

    @Test
    void neighbours_in_a_chapter_come_next_then_the_rest_of_the_chapter_then_the_act() {
        assertThat(relation(LAW + "/§1", LAW + "/§2")).isEqualTo(0.8);
        assertThat(relation(LAW + "/§3", LAW + "/§2")).isEqualTo(0.8);
        assertThat(relation(LAW + "/§1", LAW + "/§3")).isEqualTo(0.5);
        assertThat(relation(LAW + "/§2", LAW + "/§4")).isEqualTo(0.2);
    }

    @Test
    void another_act_with_a_chapter_of_the_same_name_is_unrelated_and_so_is_a_provision_to_itself() {
        assertThat(relation(LAW + "/§1", OTHER + "/§1")).isZero();
        assertThat(relation(LAW + "/§2", LAW + "/§2")).isZero();
    }

    @Test
    void the_places_of_several_documents_come_in_the_order_asked_for() {
        int[] docs = {doc(LAW + "/§3"), doc(OTHER + "/§1"), doc(LAW + "/§1")};
        RelatedProvisions.Place[] places = related.places(docs);
        assertThat(places).extracting(RelatedProvisions.Place::doc).containsExactly(docs[0], docs[1], docs[2]);
        assertThat(RelatedProvisions.relation(places[0], places[2])).isEqualTo(0.5);
    }

    private static double relation(String a, String b) {
        return RelatedProvisions.relation(related.place(doc(a)), related.place(doc(b)));
    }

    private static int doc(String id) {
        int doc = index.docOf(id);
        assertThat(doc).as(id + " is indexed").isGreaterThanOrEqualTo(0);
        return doc;
    }

    private static Provision section(String law, String label, String chapter, List<String> references) {
        return new Provision(ProvisionId.of(law, label), label.replace("§", "§ "), "Overskrift " + label,
                List.of(chapter), List.of(new Ledd(1, "Kommunen kan prøve ut nye måter å arbeide på.", List.of())),
                null, false, "", references, "0000000000000000");
    }
}
