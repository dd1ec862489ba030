package no.forsokssjekk.citation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CitationParserTest {
    private final CitationParser parser = new CitationParser();

    private ParsedCitation parse(String s) {
        return parser.parse(s).orElseThrow(() -> new AssertionError("not parsed: " + s));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "oppl. § 14-3            | oppl.           | §14-3",
            "opplæringslova §14-3    | opplæringslova  | §14-3",
            "barnehageloven 26       | barnehageloven  | §26",
            "fvl 24                  | fvl             | §24",
            "§ 5-3 kommuneloven      | kommuneloven    | §5-3",
            "paragraf 4 i forsøksloven | forsøksloven  | §4",
            "motorferdselloven § 4 a | motorferdselloven | §4a",
            "pbl § 19-2              | pbl             | §19-2",
            "forvaltningsloven § 13 f | forvaltningsloven | §13f",
            "kommuneloven § 15A-1     | kommuneloven    | §15A-1",
    })
    void reads_the_law_and_the_section(String input, String law, String section) {
        ParsedCitation c = parse(input);
        assertThat(c.lawText()).isEqualTo(law);
        assertThat(c.sections()).containsExactly(section);
    }

    @Test
    void reads_ledd_and_bokstav_in_bokmal() {
        ParsedCitation c = parse("forsøksloven § 4 første ledd bokstav b");
        assertThat(c.lawText()).isEqualTo("forsøksloven");
        assertThat(c.sections()).containsExactly("§4");
        assertThat(c.ledd()).isEqualTo(1);
        assertThat(c.bokstav()).isEqualTo("B");
    }

    @Test
    void reads_ledd_in_nynorsk() {
        ParsedCitation c = parse("opplæringslova § 29-3 fyrste ledd");
        assertThat(c.ledd()).isEqualTo(1);
        assertThat(parse("bhl § 26 andre ledd").ledd()).isEqualTo(2);
        assertThat(parse("bhl § 26 annet ledd").ledd()).isEqualTo(2);
        assertThat(parse("bhl § 26 2. ledd").ledd()).isEqualTo(2);
    }

    @Test
    void reads_numbered_items() {
        ParsedCitation c = parse("sosialtjenesteloven § 18 andre ledd nr. 3");
        assertThat(c.ledd()).isEqualTo(2);
        assertThat(c.nr()).isEqualTo(3);
    }

    @Test
    void reads_lists_of_sections() {
        ParsedCitation c = parse("forsøksloven §§ 4 og 6");
        assertThat(c.sections()).containsExactly("§4", "§6");
        assertThat(c.range()).isFalse();
    }

    @Test
    void reads_ranges_of_sections() {
        ParsedCitation c = parse("forvaltningsloven §§ 13–13 f");
        assertThat(c.sections()).containsExactly("§13", "§13f");
        assertThat(c.range()).isTrue();
        assertThat(parse("kommuneloven §§ 2-1 til 2-3").range()).isTrue();
    }

    @Test
    void reads_lovdata_ids_and_addresses() {
        ParsedCitation id = parse("LOV-1992-06-26-87/§4/ledd1/bokstavB");
        assertThat(id.documentId()).isEqualTo("LOV-1992-06-26-87");
        assertThat(id.sections()).containsExactly("§4");
        assertThat(id.ledd()).isEqualTo(1);
        assertThat(id.bokstav()).isEqualTo("B");
        ParsedCitation ref = parse("https://lovdata.no/dokument/NL/lov/1992-06-26-87/§4");
        assertThat(ref.documentId()).isEqualTo("LOV-1992-06-26-87");
        assertThat(ref.sections()).containsExactly("§4");
        ParsedCitation lovdataPath = parse("lov/2005-06-17-64/§26/ledd/2");
        assertThat(lovdataPath.documentId()).isEqualTo("LOV-2005-06-17-64");
        assertThat(lovdataPath.ledd()).isEqualTo(2);
        assertThat(parse("LOV-2005-06-17-64").sections()).isEmpty();
    }

    @Test
    void words_after_a_section_number_are_not_taken_for_a_letter() {
        ParsedCitation c = parse("forsøksloven § 4 andre ledd");
        assertThat(c.sections()).containsExactly("§4");
        assertThat(c.ledd()).isEqualTo(2);
    }

    @Test
    void plain_search_words_are_not_a_citation() {
        assertThat(parser.parse("karakterfri vurdering på ungdomsskolen")).isEmpty();
        assertThat(parser.parse("bemanningsnorm barnehage")).isEmpty();
        assertThat(parser.parse("")).isEmpty();
    }

    @Test
    void a_number_between_words_is_read_as_a_citation_for_the_resolver_to_confirm() {
        ParsedCitation c = new CitationParser().parse("fvl 24 begrunnelse").orElseThrow();
        org.assertj.core.api.Assertions.assertThat(c.sections()).containsExactly("§24");
        org.assertj.core.api.Assertions.assertThat(c.lawText()).isEqualTo("fvl begrunnelse");
        org.assertj.core.api.Assertions.assertThat(new CitationParser().parse("vurdering utan karakterar på 8. trinn")).isEmpty();
    }
    @Test
    void several_ledd_of_one_section_cite_the_whole_section() {
        ParsedCitation c = parse("barnehageloven § 26 første og andre ledd");
        assertThat(c.sections()).containsExactly("§26");
        assertThat(c.ledd()).isNull();
        assertThat(parse("bhl § 26 1. og 2. ledd").ledd()).isNull();
        assertThat(parse("bhl § 26 andre ledd").ledd()).isEqualTo(2);
    }

    @Test
    void a_number_and_a_letter_inside_it_narrow_to_the_outer_one() {
        ParsedCitation nrFirst = parse("helse- og omsorgstjenesteloven § 3-2 første ledd nr. 6 bokstav a");
        assertThat(nrFirst.nr()).isEqualTo(6);
        assertThat(nrFirst.bokstav()).isNull();
        assertThat(nrFirst.lawText()).isEqualTo("helse- og omsorgstjenesteloven");
        ParsedCitation letterFirst = parse("skatteloven § 5-15 første ledd bokstav a nr. 2");
        assertThat(letterFirst.bokstav()).isEqualTo("A");
        assertThat(letterFirst.nr()).isNull();
        assertThat(letterFirst.lawText()).isEqualTo("skatteloven");
    }

    @Test
    void a_chapter_is_not_a_section_so_only_the_law_is_cited() {
        ParsedCitation c = parse("opplæringslova kapittel 14");
        assertThat(c.sections()).isEmpty();
        assertThat(c.lawText()).isEqualTo("opplæringslova");
        assertThat(c.chapter()).isEqualTo("14");
        assertThat(parse("kap. 5 i kommuneloven").lawText()).isEqualTo("kommuneloven");
        assertThat(parse("barnehageloven kapittel VI").chapter()).isEqualTo("vi");
    }

    @Test
    void a_lovdata_id_with_a_section_written_apart_is_the_document() {
        ParsedCitation c = parse("LOV-2005-06-17-64 § 26 andre ledd");
        assertThat(c.documentId()).isEqualTo("LOV-2005-06-17-64");
        assertThat(c.lawText()).isNull();
        assertThat(c.sections()).containsExactly("§26");
        assertThat(c.ledd()).isEqualTo(2);
        assertThat(parse("FOR-2006-06-23-724 § 3-3").documentId()).isEqualTo("FOR-2006-06-23-724");
    }

    @Test
    void a_formal_citation_by_date_and_number_is_the_act_it_names() {
        ParsedCitation c = parse("lov 22. juni 2018 nr. 83 om kommuner og fylkeskommuner (kommuneloven) § 5-3 første ledd");
        assertThat(c.documentId()).isEqualTo("LOV-2018-06-22-83");
        assertThat(c.sections()).containsExactly("§5-3");
        assertThat(c.ledd()).isEqualTo(1);
        assertThat(c.nr()).as("the act's number is not an item").isNull();
        assertThat(parse("forskrift 3. juni 2024 nr. 900 til opplæringslova § 3-3").documentId())
                .isEqualTo("FOR-2024-06-03-900");
        assertThat(parse("lov av 17.06.2005 nr. 64 § 26").documentId()).isEqualTo("LOV-2005-06-17-64");
        assertThat(parse("§ 26 i lov 17. juni 2005 nr. 64 om barnehager").documentId()).isEqualTo("LOV-2005-06-17-64");
        ParsedCitation lawOnly = parse("lov 17. juni 2005 nr. 64 om barnehager");
        assertThat(lawOnly.documentId()).isEqualTo("LOV-2005-06-17-64");
        assertThat(lawOnly.sections()).isEmpty();
        assertThat(parse("lov 22. juni 2018 nr. 83 kapittel 5").chapter()).isEqualTo("5");
    }

    @Test
    void a_date_that_is_no_date_is_not_read_as_an_act() {
        assertThat(CitationParser.datedAsId("lov 31. februarx 2018 nr. 83")).isEqualTo("lov 31. februarx 2018 nr. 83");
        assertThat(CitationParser.datedAsId("lov 41.13.2018 nr. 83")).isEqualTo("lov 41.13.2018 nr. 83");
    }

    @Test
    void a_ledd_in_brackets_or_after_a_comma_is_read_as_the_ledd() {
        assertThat(parse("opplæringslova § 14-3 (2)").ledd()).isEqualTo(2);
        ParsedCitation c = parse("opplæringsloven § 14-3, 1. ledd");
        assertThat(c.sections()).containsExactly("§14-3");
        assertThat(c.ledd()).isEqualTo(1);
        // the year of an act in brackets is not a ledd
        assertThat(parse("opplæringslova (2023) § 14-3").ledd()).isNull();
    }

    @Test
    void citations_of_two_acts_in_one_text_are_told_apart() {

        assertThat(parser.citations("opplæringslova § 14-3 og forskrift til opplæringslova § 12-19"))
                .containsExactly("opplæringslova § 14-3", "forskrift til opplæringslova § 12-19");
        assertThat(parse("opplæringslova § 14-3 og forskrift til opplæringslova § 12-19").lawText())
                .isEqualTo("opplæringslova");
        // several §§ of one act are one citation
        assertThat(parser.citations("opplæringslova §§ 2-2 og 3-1")).containsExactly("opplæringslova §§ 2-2 og 3-1");
        assertThat(parser.citations("barnehageloven § 26 og § 27")).containsExactly("barnehageloven § 26 og § 27");
    }
}
