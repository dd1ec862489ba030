package no.forsokssjekk.corpus.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import no.forsokssjekk.corpus.ProvisionId;
import no.forsokssjekk.io.InputProblem;
import no.forsokssjekk.io.InvalidInputException;
import no.forsokssjekk.io.ResourceTree;
import no.forsokssjekk.testsupport.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogueLoaderTest {

    @TempDir
    Path dir;

    @Test
    void the_fixture_catalogue_loads_with_its_laws_names_and_entries() {
        Catalogue c = Fixtures.catalogue();
        assertThat(c.law("LOV-1992-06-26-87")).get().extracting(LawEntry::shortTitle).isEqualTo("forsøksloven");
        assertThat(c.law("LOV-1998-07-17-61").get().inForceOn(LocalDate.of(2024, 7, 31))).isTrue();
        assertThat(c.law("LOV-1998-07-17-61").get().inForceOn(LocalDate.of(2024, 8, 1))).isFalse();
        assertThat(c.law("LOV-2025-06-20-81").get().inForceOn(LocalDate.of(2030, 1, 1)))
                .as("a pending act without a date is never in force").isFalse();
        ProvisionEntry e = c.provision(ProvisionId.parse("LOV-2005-06-17-64/§26/ledd2")).orElseThrow();
        assertThat(e.classifications()).extracting(Classification::kind).containsExactly(ClassificationKind.ORGANISATION);
        assertThat(c.contentHash()).hasSize(64);
    }

    @Test
    void broken_yaml_is_reported_with_file_and_line() throws IOException {
        write("laws/a.yaml", "id: LOV-1992-06-26-87\ntitle: \"unterminated\nkind: LAW\n");
        InvalidInputException e = assertThrows();
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.location()).startsWith("legal-corpus/laws/a.yaml:");
            assertThat(p.message()).startsWith("malformed input");
        });
    }

    @Test
    void an_unknown_field_is_named_with_the_fields_that_are_accepted() throws IOException {
        write("laws/a.yaml", law("LOV-1992-06-26-87") + "abbreviation: fl\n");
        InputProblem p = assertThrows().problems().get(0);
        assertThat(p.location()).isEqualTo("legal-corpus/laws/a.yaml:11");
        assertThat(p.message()).contains("unknown field 'abbreviation'");
        assertThat(p.accepted()).contains("shortTitle", "names");
    }

    @Test
    void a_wrong_enum_value_lists_the_values_accepted() throws IOException {
        write("laws/a.yaml", law("LOV-1992-06-26-87").replace("status: IN_FORCE", "status: ACTIVE"));
        InputProblem p = assertThrows().problems().get(0);
        assertThat(p.field()).isEqualTo("status");
        assertThat(p.accepted()).isEqualTo("IN_FORCE, PENDING, REPEALED");
    }

    @Test
    void a_provision_file_for_an_undescribed_law_is_a_dangling_id() throws IOException {
        write("laws/a.yaml", law("LOV-1992-06-26-87"));
        write("provisions/b.yaml", "document: LOV-2005-06-17-64\nprovisions:\n  - id: LOV-2005-06-17-64/§1\n"
                + "    summary: {nb: Tekst.}\n");
        InputProblem p = assertThrows().problems().get(0);
        assertThat(p.location()).isEqualTo("legal-corpus/provisions/b.yaml:1");
        assertThat(p.field()).isEqualTo("document");
        assertThat(p.message()).contains("LOV-2005-06-17-64");
    }

    @Test
    void a_provision_of_another_law_in_the_file_is_refused_with_its_line() throws IOException {
        write("laws/a.yaml", law("LOV-1992-06-26-87"));
        write("provisions/a.yaml", "document: LOV-1992-06-26-87\nprovisions:\n  - id: LOV-1992-06-26-87/§1\n"
                + "    summary: {nb: Tekst.}\n  - id: LOV-2005-06-17-64/§2\n    summary: {nb: Tekst.}\n");
        InputProblem p = assertThrows().problems().get(0);
        assertThat(p.location()).isEqualTo("legal-corpus/provisions/a.yaml:5");
        assertThat(p.field()).isEqualTo("provisions[1].id");
    }

    @Test
    void a_nynorsk_law_needs_nynorsk_summaries() throws IOException {
        write("laws/a.yaml", law("LOV-2023-06-09-30").replace("language: nb", "language: nn"));
        write("provisions/a.yaml", "document: LOV-2023-06-09-30\nprovisions:\n  - id: LOV-2023-06-09-30/§1-1\n"
                + "    summary: {nb: Tekst på bokmål.}\n");
        InputProblem p = assertThrows().problems().get(0);
        assertThat(p.field()).isEqualTo("provisions[0].summary.nn");
    }

    @Test
    void a_classification_without_source_status_and_text_hash_is_refused() throws IOException {
        write("laws/a.yaml", law("LOV-1992-06-26-87"));
        write("provisions/a.yaml", "document: LOV-1992-06-26-87\nprovisions:\n  - id: LOV-1992-06-26-87/§4\n"
                + "    summary: {nb: Tekst.}\n    classifications:\n      - kind: INDIVIDUAL_RIGHT\n"
                + "        reason: Fordi.\n");
        assertThat(assertThrows().problems()).extracting(InputProblem::field).containsExactlyInAnyOrder(
                "provisions[0].classifications[0].source", "provisions[0].classifications[0].status",
                "provisions[0].classifications[0].madeAgainst");
    }

    @Test
    void the_successor_of_a_repealed_law_must_be_described() throws IOException {
        write("laws/a.yaml", law("LOV-1998-07-17-61").replace("status: IN_FORCE", "status: REPEALED")
                + "validTo: 2024-07-31\nsuccessor: LOV-2023-06-09-30\n");
        InputProblem p = assertThrows().problems().get(0);
        assertThat(p.field()).isEqualTo("successor");
        assertThat(p.location()).isEqualTo("legal-corpus/laws/a.yaml:12");
    }

    @Test
    void every_problem_is_reported_at_once() throws IOException {
        write("laws/a.yaml", law("LOV-1992-06-26-87").replace("title: En lov\n", ""));
        write("laws/b.yaml", law("LOV-1967-02-10").replace("status: IN_FORCE", "status: ACTIVE"));
        assertThat(assertThrows().problems()).hasSize(2);
    }

    @Test
    void a_dated_classification_holds_only_between_its_dates_and_its_dates_must_be_in_order() throws IOException {
        write("laws/a.yaml", law("LOV-1992-06-26-87"));
        String classification = "    summary: {nb: Tekst.}\n    classifications:\n      - kind: ENABLING\n"
                + "        reason: Fordi.\n        enables: Unntak ved rekrutteringsproblemer.\n        source: loven § 4\n"
                + "        status: PARTLY_VERIFIED\n        madeAgainst: {date: 2025-11-08, textHash: 0123456789abcdef}\n";
        write("provisions/a.yaml", "document: LOV-1992-06-26-87\nprovisions:\n  - id: LOV-1992-06-26-87/§4\n"
                + classification + "        validTo: 2025-12-31\n");
        Classification c = Catalogue.load(ResourceTree.directory(dir)).provisions().iterator().next().classifications().get(0);
        assertThat(c.validOn(LocalDate.of(2025, 12, 31))).isTrue();
        assertThat(c.validOn(LocalDate.of(2026, 1, 1))).isFalse();

        write("provisions/a.yaml", "document: LOV-1992-06-26-87\nprovisions:\n  - id: LOV-1992-06-26-87/§4\n"
                + classification + "        validFrom: 2026-01-01\n        validTo: 2025-12-31\n");
        assertThat(assertThrows().problems()).extracting(InputProblem::field)
                .containsExactly("provisions[0].classifications[0].validTo");
    }

    private InvalidInputException assertThrows() {
        Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> Catalogue.load(ResourceTree.directory(dir)));
        assertThat(t).isInstanceOf(InvalidInputException.class);
        return (InvalidInputException) t;
    }

    private void write(String rel, String content) throws IOException {
        Path p = dir.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content);
    }

    private static String law(String id) {
        return "id: " + id + "\nkind: LAW\ntitle: En lov\nshortTitle: loven\nlanguage: nb\n"
                + "ministry: Kommunal- og distriktsdepartementet\nstatus: IN_FORCE\nnames:\n  - name: loven\n"
                + "source: https://lovdata.no\n";
    }

    @Test
    void the_catalogue_folder_must_exist() {
        assertThatThrownBy(() -> Catalogue.load(ResourceTree.directory(dir.resolve("missing"))))
                .hasMessageContaining("not a folder");
    }
}
