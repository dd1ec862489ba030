package no.forsokssjekk.corpus.lovdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import no.forsokssjekk.corpus.DocumentKind;
import no.forsokssjekk.corpus.Language;
import no.forsokssjekk.corpus.Ledd;
import no.forsokssjekk.corpus.LegalDocument;
import no.forsokssjekk.corpus.ListItem;
import no.forsokssjekk.corpus.Provision;
import no.forsokssjekk.corpus.ProvisionId;
import no.forsokssjekk.testsupport.LovdataFixtures;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class LovdataParserTest {

    static LegalDocument parse(String fixture) throws Exception {
        try (InputStream in = Files.newInputStream(LovdataFixtures.file(fixture))) {
            return new LovdataParser().parse(fixture, in);
        }
    }

    static Provision provision(LegalDocument d, String id) {
        ProvisionId wanted = ProvisionId.parse(id);
        return d.provisions().stream().filter(p -> p.id().equals(wanted)).findFirst()
                .orElseThrow(() -> new AssertionError(id + " not in " + d.provisions().stream().map(Provision::id).toList()));
    }

    @Nested
    class DocumentMetadata {
        @Test
        void the_header_gives_ids_titles_ministry_dates_and_legal_areas() throws Exception {
            LegalDocument d = parse("nl-20990101-001.xml");
            assertThat(d.key()).isEqualTo("LOV-2099-01-01-1");
            assertThat(d.legacyId()).isEqualTo("LOV-2099-01-01-1");
            assertThat(d.dokid()).isEqualTo("NL/lov/2099-01-01-1");
            assertThat(d.refid()).isEqualTo("lov/2099-01-01-1");
            assertThat(d.kind()).isEqualTo(DocumentKind.LAW);
            assertThat(d.title()).isEqualTo("Lov om prøvekommuner (prøvekommuneloven)");
            assertThat(d.ministries()).containsExactly("Prøvedepartementet");
            assertThat(d.dateInForce()).isEqualTo("2099-03-01, 2099-07-01");
            assertThat(d.inForceFrom()).isEqualTo(LocalDate.of(2099, 3, 1));
            assertThat(d.lastChangeInForce()).isEqualTo(LocalDate.of(2099, 6, 1));
            assertThat(d.legalAreas()).containsExactly("Forvaltnings- og kommunalrett > Kommuner og fylkeskommuner");
            assertThat(d.language()).isEqualTo(Language.NB);
            assertThat(d.sourceFile()).isEqualTo("nl-20990101-001.xml");
            assertThat(d.pendingChange()).isFalse();
        }

        @Test
        void the_short_title_is_split_into_the_title_and_its_abbreviation() throws Exception {
            LegalDocument d = parse("nl-20990101-001.xml");
            assertThat(d.shortTitle()).isEqualTo("Prøvekommuneloven");
            assertThat(d.abbreviations()).containsExactly("prkl");
        }

        @Test
        void a_regulation_lists_its_enabling_provisions_as_our_ids_and_all_its_ministries() throws Exception {
            LegalDocument d = parse("sf-20990303-0003.xml");
            assertThat(d.kind()).isEqualTo(DocumentKind.REGULATION);
            assertThat(d.basedOn()).containsExactly("LOV-2099-01-01-1/§2", "LOV-2099-01-01-1/§3");
            assertThat(d.changesDocuments()).containsExactly("FOR-2098-12-12-99");
            assertThat(d.ministries()).containsExactly("Prøvedepartementet", "Forsøksdepartementet");
            assertThat(d.shortTitle()).isEqualTo("Prøveforskriften");
            assertThat(d.abbreviations()).isEmpty();
        }

        @Test
        void an_amending_act_names_the_documents_it_changes() throws Exception {
            LegalDocument d = parse("nl-20990404-004.xml");
            assertThat(d.changesDocuments()).containsExactly("LOV-2099-01-01-1", "LOV-2099-02-02-2");
            assertThat(d.dateInForce()).isEqualTo("Kongen bestemmer");
            assertThat(d.inForceFrom()).isNull();
            assertThat(LovdataParser.isPendingAmendment(d, LocalDate.of(2099, 12, 31))).isTrue();
            assertThat(LovdataParser.isPendingAmendment(parse("nl-20990101-001.xml"), LocalDate.of(2099, 12, 31)))
                    .as("not an amending act").isFalse();
        }
    }

    @Nested
    class ChangeTargets {
        @Test
        void an_amending_act_names_the_sections_it_changes_and_a_chapter_counts_as_the_whole_document()
                throws Exception {
            LegalDocument d = parse("nl-20990404-004.xml");
            // § 3 and § 5 a whole, § 2 first ledd second sentence (kept at its §), a new chapter 2 in the other law
            assertThat(d.changeTargets()).containsExactly("LOV-2099-01-01-1/§3", "LOV-2099-01-01-1/§5a",
                    "LOV-2099-01-01-1/§2", "LOV-2099-02-02-2");
            assertThat(d.changedSections("LOV-2099-01-01-1")).hasValueSatisfying(
                    s -> assertThat(s).containsExactly("§3", "§5a", "§2"));
            assertThat(d.changedSections("LOV-2099-02-02-2")).as("a chapter: any § may change").isEmpty();
            assertThat(d.changedSections("LOV-2099-01-01-11")).as("a law it does not name").isEmpty();
        }

        @Test
        void changes_inside_a_section_moves_and_changes_left_out_are_read() throws Exception {
            String xml = """
                    <!DOCTYPE html><html lang="no"><head><title>Lov om prøvetiltak</title></head><body>
                    <header><dl class="data-document-key-info">
                    <dt class="legacyID">Datokode</dt><dd class="legacyID">LOV-2099-07-07-7</dd>
                    <dt class="titleShort">Korttittel</dt><dd class="titleShort">Prøvetiltaksloven</dd>
                    </dl></header>
                    <main>
                    <article class="legalArticle" data-name="§9"><h2 class="legalArticleHeader">
                    <span class="legalArticleValue">§ 9</span>. <span class="legalArticleTitle">Endringer i andre lover</span></h2>
                    <article class="legalP">Fra den tid loven trer i kraft, gjøres følgende endringer i andre lover:</article>
                    <article class="document-change" data-document="lov/2099-01-01-1">
                    <article class="change" data-move-part="lov/2099-01-01-1/§4;;lov/2099-01-01-1/§5 lov/2099-01-01-1/§5;;lov/2099-01-01-1/§6">
                    <article class="defaultP">Nåværende §§ 4 og 5 blir §§ 5 og 6.</article></article>
                    </article></article>
                    <section class="section" data-name="kapII"><h2>II</h2>
                    <article class="document-change" data-document="lov/2099-02-02-2 lov/2099-03-03-3">
                    <article class="defaultP">I lov 2. februar 2099 nr. 2 gjøres følgende endringer:</article>
                    <article class="defaultP">– – –</article></article>
                    <article class="document-change" data-document="lov/2099-05-05-5">
                    <article class="change" data-change-part="lov/2099-01-01-1/§7/ledd/2">
                    <article class="defaultP">§ 7 andre ledd skal lyde:</article></article></article>
                    </section></main></body></html>
                    """;
            LegalDocument d = new LovdataParser().parse("nl-20990707-007.xml",
                    new java.io.ByteArrayInputStream(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            assertThat(d.changeTargets()).as("a change filed under another law counts for the law it names; the "
                    + "laws whose changes are left out, or named by no change, may change anywhere").containsExactly(
                    "LOV-2099-01-01-1/§4", "LOV-2099-01-01-1/§5", "LOV-2099-01-01-1/§6", "LOV-2099-02-02-2",
                    "LOV-2099-03-03-3", "LOV-2099-01-01-1/§7", "LOV-2099-05-05-5");
            assertThat(d.provisions()).extracting(p -> p.id().toString()).containsExactly("LOV-2099-07-07-7/§9");
        }

        @Test
        void a_change_target_that_is_neither_a_section_nor_a_document_is_refused() {
            // a target changedSections could not place would silently drop out of it
            assertThatThrownBy(() -> new LegalDocument("LOV-2099-07-07-7", "LOV-2099-07-07-7", "", DocumentKind.LAW,
                    "", "", List.of(), List.of(), null, null, null, List.of(), Language.NB, List.of(),
                    List.of("LOV-2099-01-01-1"), List.of("LOV-2099-01-01-1/§3/ledd2"), true, List.of(), null, null,
                    null))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("change target 'LOV-2099-01-01-1/§3/ledd2' of LOV-2099-07-07-7");
        }
    }

    @Nested
    class Structure {
        @Test
        void each_section_has_its_number_title_and_chapter_path() throws Exception {
            Provision p = provision(parse("nl-20990101-001.xml"), "LOV-2099-01-01-1/§2");
            assertThat(p.displayNumber()).isEqualTo("§ 2");
            assertThat(p.title()).isEqualTo("Hva loven gjelder");
            assertThat(p.chapterPath()).containsExactly("Første del. Alminnelige regler", "Kapittel 1. Formål");
        }

        @Test
        void lists_become_lettered_items_with_nested_items_and_the_continuation_stays_in_the_ledd() throws Exception {
            Provision p = provision(parse("nl-20990101-001.xml"), "LOV-2099-01-01-1/§2");
            assertThat(p.ledd()).hasSize(2);
            Ledd first = p.ledd().get(0);
            assertThat(first.text()).isEqualTo("Loven gjelder for samt i prøveperioden:");
            assertThat(first.items()).extracting(ListItem::label).containsExactly("a", "b", "c", "1", "2");
            ListItem b = first.items().get(1);
            assertThat(b.text()).isEqualTo("fylkeskommuner som søker om");
            assertThat(b.items()).extracting(ListItem::label, ListItem::text)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("i", "felles tjenester"),
                            org.assertj.core.groups.Tuple.tuple("ii", "felles kontor"));
            assertThat(b.plainText()).isEqualTo("fylkeskommuner som søker om felles tjenester felles kontor");
            assertThat(first.items().get(3).text()).isEqualTo("samarbeidsråd");
        }

        @Test
        void numbered_ledd_keep_their_number_in_the_text() throws Exception {
            Provision p = provision(parse("nl-20990101-001.xml"), "LOV-2099-01-01-1/§3");
            assertThat(p.ledd()).extracting(Ledd::number, Ledd::text).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(1, "(1) Hver prøvekommune skal ha et prøveråd."),
                    org.assertj.core.groups.Tuple.tuple(2, "(2) Prøverådet velges for fire år."));
        }

        @Test
        void a_repealed_stub_has_its_date_no_text_and_its_history() throws Exception {
            Provision p = provision(parse("nl-20990101-001.xml"), "LOV-2099-01-01-1/§4");
            assertThat(p.repealed()).isTrue();
            assertThat(p.repealedDate()).isEqualTo(LocalDate.of(2099, 5, 1));
            assertThat(p.title()).isEqualTo("(Opphevet)");
            assertThat(p.ledd()).isEmpty();
            assertThat(p.history()).isEqualTo("Opphevet ved lov 4 apr 2099 nr. 4.");
        }

        @Test
        void omitted_text_is_flagged_not_kept_as_a_ledd() throws Exception {
            Provision p = provision(parse("nl-20990101-001.xml"), "LOV-2099-01-01-1/§5");
            assertThat(p.omitted()).isTrue();
            assertThat(p.ledd()).isEmpty();
            assertThat(provision(parse("nl-20990101-001.xml"), "LOV-2099-01-01-1/§3").omitted()).isFalse();
        }

        @Test
        void a_lettered_section_label_is_kept_and_its_display_number_is_as_printed() throws Exception {
            Provision p = provision(parse("nl-20990101-001.xml"), "LOV-2099-01-01-1/§5a");
            assertThat(p.displayNumber()).isEqualTo("§ 5 a");
            assertThat(p.ledd().get(0).text()).isEqualTo("Prøveperioden er inntil fire år.");
        }

        @Test
        void a_list_directly_in_a_section_becomes_the_items_of_a_ledd_without_text() throws Exception {
            Provision p = provision(parse("nl-20990101-001.xml"), "LOV-2099-01-01-1/§6");
            assertThat(p.displayNumber()).isEqualTo("§ 6");
            assertThat(p.title()).isEmpty();
            assertThat(p.ledd()).hasSize(1);
            assertThat(p.ledd().get(0).text()).isEmpty();
            assertThat(p.ledd().get(0).items()).extracting(ListItem::label).containsExactly("1", "2");
        }

        @Test
        void footnotes_and_history_are_kept_aside_not_in_the_text() throws Exception {
            Provision p = provision(parse("nl-20990101-001.xml"), "LOV-2099-01-01-1/§1");
            assertThat(p.title()).isEqualTo("Formål");
            assertThat(p.plainText()).isEqualTo("Loven skal gjøre det lettere for prøvekommuner å prøve nye\u00a0ordninger.");
            assertThat(p.footnotes()).containsExactly("1 Overskriften er ny.", "2 Trer i kraft når Kongen bestemmer.");
            assertThat(p.history()).isEqualTo("Endret ved lov 4 apr 2099 nr. 4.");
        }

        @Test
        void links_in_the_text_become_our_ids() throws Exception {
            LegalDocument d = parse("nl-20990101-001.xml");
            assertThat(provision(d, "LOV-2099-01-01-1/§2").references()).containsExactly("LOV-2099-01-01-1/§3",
                    "LOV-2099-02-02-2/§3/ledd2/bokstavB", "FOR-2099-03-03-3");
            assertThat(provision(d, "LOV-2099-01-01-1/§1").references()).as("the history's links are not the text's")
                    .isEmpty();
        }

        @Test
        void a_commentary_section_without_data_name_is_not_part_of_any_provision() throws Exception {
            LegalDocument d = parse("sf-20990303-0003.xml");
            assertThat(d.provisions()).allSatisfy(p -> assertThat(p.plainText()).doesNotContain("MERKNADSTEKST"));
            assertThat(d.provisions()).hasSize(6);
        }

        @Test
        void change_instructions_outside_a_section_are_not_provisions() throws Exception {
            LegalDocument d = parse("nl-20990404-004.xml");
            assertThat(d.provisions()).extracting(p -> p.id().toString()).containsExactly("LOV-2099-04-04-4/§1");
        }
    }

    @Nested
    class RepeatedLabels {
        @Test
        void the_first_occurrence_keeps_the_plain_id_and_a_later_one_is_qualified_by_its_part() throws Exception {
            LegalDocument d = parse("nl-20990101-001.xml");
            assertThat(d.provisions()).extracting(p -> p.id().toString()).containsExactly(
                    "LOV-2099-01-01-1/§1", "LOV-2099-01-01-1/§2", "LOV-2099-01-01-1/§3", "LOV-2099-01-01-1/§4",
                    "LOV-2099-01-01-1/§5", "LOV-2099-01-01-1/§5a", "LOV-2099-01-01-1/§6",
                    "LOV-2099-01-01-1/vedlegg1/§1");
            assertThat(provision(d, "LOV-2099-01-01-1/vedlegg1/§1").title()).isEqualTo("Avtalens parter");
            assertThat(provision(d, "LOV-2099-01-01-1/§1").title()).isEqualTo("Formål");
        }

        @Test
        void occurrences_in_unnamed_sections_are_told_apart_by_their_occurrence_number() throws Exception {
            LegalDocument d = parse("sf-20990303-0003.xml");
            assertThat(d.provisions()).extracting(p -> p.id().toString()).containsExactly(
                    "FOR-2099-03-03-3/§1", "FOR-2099-03-03-3/§2", "FOR-2099-03-03-3/a1", "FOR-2099-03-03-3/a2",
                    "FOR-2099-03-03-3/del.2/a1", "FOR-2099-03-03-3/vedleggI/a2");
            assertThat(provision(d, "FOR-2099-03-03-3/del.2/a1").title()).isEqualTo("Virkeområde");
        }

        @Test
        void every_qualified_id_reads_back_as_itself() throws Exception {
            for (String f : LovdataFixtures.GOOD) {
                for (Provision p : parse(f).provisions()) {
                    assertThat(ProvisionId.parse(p.id().toString())).isEqualTo(p.id());
                }
            }
        }
    }

    @Nested
    class Nynorsk {
        @Test
        void a_translation_file_is_its_own_document_with_the_nn_qualifier() throws Exception {
            LegalDocument nb = parse("nl-20990202-002.xml");
            LegalDocument nn = parse("nl-20990202-002-nn.xml");
            assertThat(nb.key()).isEqualTo("LOV-2099-02-02-2");
            assertThat(nn.key()).isEqualTo("LOV-2099-02-02-2/nn");
            assertThat(nn.legacyId()).isEqualTo(nb.legacyId());
            assertThat(nb.language()).isEqualTo(Language.NB);
            assertThat(nn.language()).isEqualTo(Language.NN);
            assertThat(nn.provisions()).extracting(p -> p.id().toString())
                    .containsExactly("LOV-2099-02-02-2/nn/§1", "LOV-2099-02-02-2/nn/§3");
            assertThat(nn.provisions().get(0).id().documentKey()).isEqualTo("LOV-2099-02-02-2/nn");
        }

        @Test
        void links_inside_a_translation_point_at_the_translation() throws Exception {
            LegalDocument nn = parse("nl-20990202-002-nn.xml");
            assertThat(nn.provisions().get(0).references()).containsExactly("LOV-2099-02-02-2/nn/§3");
        }

        @Test
        void the_written_form_is_detected_from_the_text() throws Exception {
            assertThat(parse("nl-20990202-002.xml").textLanguage()).isEqualTo(Language.NB);
            assertThat(parse("nl-20990202-002-nn.xml").textLanguage()).isEqualTo(Language.NN);
        }
    }

    @Nested
    class BadFiles {
        @Test
        void malformed_xml_is_refused_with_the_place_and_reason() {
            assertThatThrownBy(() -> parse("nl-20990505-005.xml"))
                    .isInstanceOf(LovdataFormatException.class)
                    .hasMessageStartingWith("not well-formed XML (line 4, column 121)");
        }

        @Test
        void a_page_without_lovdata_header_is_refused() {
            assertThatThrownBy(() -> parse("nl-20990606-006.xml"))
                    .isInstanceOf(LovdataFormatException.class)
                    .hasMessageContaining("no document header");
        }

        @Test
        void a_header_without_datokode_is_refused() {
            String xml = "<!DOCTYPE html><html><body><header><dl class=\"data-document-key-info\"><dt class=\"title\">T"
                    + "</dt><dd class=\"title\">T</dd></dl></header><main></main></body></html>";
            assertThatThrownBy(() -> new LovdataParser().parse("nl-20990707-007.xml",
                    new java.io.ByteArrayInputStream(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8))))
                    .isInstanceOf(LovdataFormatException.class).hasMessageContaining("no Datokode");
        }
    }

    @Test
    void only_lovdata_document_file_names_are_accepted() {
        assertThat(List.of("nl-19920626-087.xml", "nl-18140517-000-nn.xml", "sf-20150320-0231.xml"))
                .allMatch(LovdataParser::isDocumentFileName);
        assertThat(List.of("README.md", "nl-1992.xml", "xx-19920626-087.xml", "nl-19920626-087-en.xml"))
                .noneMatch(LovdataParser::isDocumentFileName);
    }
}
