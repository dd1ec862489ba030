package no.forsokssjekk.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ProvisionIdTest {

    @Test
    void a_section_id_is_the_document_id_and_the_label() {
        ProvisionId id = ProvisionId.parse("LOV-1992-06-26-87/§4");
        assertThat(id.documentId()).isEqualTo("LOV-1992-06-26-87");
        assertThat(id.label()).isEqualTo("§4");
        assertThat(id.isSection()).isTrue();
        assertThat(id).hasToString("LOV-1992-06-26-87/§4");
    }

    @Test
    void an_id_can_be_narrowed_to_ledd_and_bokstav() {
        ProvisionId id = ProvisionId.parse("LOV-1992-06-26-87/§4/ledd1/bokstavB");
        assertThat(id.ledd()).contains(1);
        assertThat(id.bokstav()).contains("B");
        assertThat(id.section()).isEqualTo(ProvisionId.parse("LOV-1992-06-26-87/§4"));
        assertThat(ProvisionId.parse("LOV-1992-06-26-87/§4/ledd1/bokstavb")).isEqualTo(id);
    }

    @Test
    void an_id_can_be_narrowed_to_a_numbered_item() {
        ProvisionId id = ProvisionId.parse("LOV-2009-12-18-131/§18/ledd2/nr3");
        assertThat(id.nr()).contains(3);
        assertThat(id).hasToString("LOV-2009-12-18-131/§18/ledd2/nr3");
    }

    @Test
    void laws_without_a_number_and_regulations_have_ids_too() {
        assertThat(ProvisionId.parse("LOV-1967-02-10/§24").documentId()).isEqualTo("LOV-1967-02-10");
        assertThat(ProvisionId.parse("FOR-2015-03-20-231/§7").documentId()).isEqualTo("FOR-2015-03-20-231");
    }

    @Test
    void the_nynorsk_grunnlov_carries_its_language_in_the_id() {
        ProvisionId id = ProvisionId.parse("LOV-1814-05-17/nn/§49");
        assertThat(id.qualifiers()).containsExactly("nn");
        assertThat(id.documentKey()).isEqualTo("LOV-1814-05-17/nn");
        assertThat(id).isNotEqualTo(ProvisionId.parse("LOV-1814-05-17/§49"));
    }

    @Test
    void a_repeated_label_is_told_apart_by_its_part() {
        ProvisionId annex = ProvisionId.parse("FOR-2024-05-28-968/vedlegg1/a1");
        assertThat(annex.qualifiers()).containsExactly("vedlegg1");
        assertThat(annex.label()).isEqualTo("a1");
        assertThat(annex.documentKey()).isEqualTo("FOR-2024-05-28-968");
    }

    @Test
    void labels_of_incorporated_eu_acts_may_contain_a_slash() {
        ProvisionId id = ProvisionId.parse("LOV-2018-06-15-38/gdpr/a15");
        assertThat(id.label()).isEqualTo("gdpr/a15");
        assertThat(id.qualifiers()).isEmpty();
    }

    @Test
    void labels_are_normalised_from_what_people_type() {
        assertThat(ProvisionId.of("LOV-1977-06-10-82", "§ 4 a").label()).isEqualTo("§4a");
        assertThat(ProvisionId.of("LOV-1814-05-17/nn", "§ 49")).hasToString("LOV-1814-05-17/nn/§49");
    }

    @Test
    void malformed_ids_are_refused_with_an_example_of_what_is_accepted() {
        assertThat(ProvisionId.tryParse("forsøksloven § 4")).isEmpty();
        assertThat(ProvisionId.tryParse("LOV-1992-06-26-87")).isEmpty();
        assertThat(ProvisionId.tryParse("LOV-1992-06-26-87/")).isEmpty();
        assertThat(ProvisionId.tryParse("LOV-1992-06-26-87/§4/ledd0")).isEmpty();
        assertThatThrownBy(() -> ProvisionId.parse("LOV-92/§4")).hasMessageContaining("LOV-1992-06-26-87/§4");
    }
}
