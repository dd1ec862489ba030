package no.forsokssjekk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import no.forsokssjekk.testsupport.LovdataApiServer;
import no.forsokssjekk.testsupport.LovdataFixtures;
import no.forsokssjekk.testsupport.TestCatalogue;
import no.forsokssjekk.testsupport.TestCatalogue.Entry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class CorpusCommandTest {
    @TempDir
    Path tmp;

    record Result(int exitCode, String out, String err) {
        JsonNode json() {
            return JsonMapper.builder().build().readTree(out);
        }
    }

    Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of(args));
        all.add(2, "--data-dir=" + tmp.resolve("data"));
        int code = Main.run(all.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void import_prints_a_summary_with_counts_and_skipped_files() {
        Result r = run("corpus", "import", LovdataFixtures.folder().toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("(nå i bruk)")
                .contains("dokumenter:   5 (4 lover, 1 forskrifter)")
                .contains("paragrafer:   19")
                .contains("hoppet over:  2 fil(er)")
                .contains("nl-20990505-005.xml: not well-formed XML")
                .contains("nl-20990606-006.xml: no document header");
    }

    @Test
    void importing_the_same_data_again_uses_the_cache() {
        run("corpus", "import", LovdataFixtures.folder().toString());
        Result again = run("corpus", "import", LovdataFixtures.folder().toString());
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("importert før").contains("ingenting tolket på nytt");
    }

    @Test
    void status_reports_sources_dates_counts_and_hash() {
        run("corpus", "import", "--dataset-date=2099-11-08", LovdataFixtures.folder().toString());
        Result text = run("corpus", "status");
        assertThat(text.exitCode()).isZero();
        assertThat(text.out()).contains("Datasett:     2099-11-08").contains("lovdata-fixtures (folder")
                .contains("Lover:        4").contains("Forskrifter:  1").contains("Paragrafer:   19")
                .contains("Hash:         ").contains("Indeksmappe:");
        JsonNode json = run("corpus", "status", "--json").json();
        assertThat(json.path("corpus").path("laws").asInt()).isEqualTo(4);
        assertThat(json.path("corpus").path("regulations").asInt()).isEqualTo(1);
        assertThat(json.path("corpus").path("sections").asInt()).isEqualTo(19);
        assertThat(json.path("corpus").path("datasetDate").asString()).isEqualTo("2099-11-08");
        assertThat(json.path("corpus").path("contentHash").asString()).hasSize(64);
        assertThat(json.path("corpus").path("sources").get(0).path("name").asString()).isEqualTo("lovdata-fixtures");
        assertThat(json.path("indexDir").asString()).endsWith("/index");
    }

    @Test
    void status_without_an_import_says_so() {
        Result r = run("corpus", "status");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("Ingen Lovdata-data er importert");
        assertThat(run("corpus", "status", "--json").json().path("corpus").isNull()).isTrue();
    }

    @Test
    void check_lists_the_classifications_whose_text_changed() throws Exception {
        new TestCatalogue(tmp.resolve("catalogue")).law("LOV-2099-01-01-1", "provekommuneloven", List.of(
                Entry.of("LOV-2099-01-01-1/§1", "ORGANISATION", "2e0acac622b531a0"),
                Entry.of("LOV-2099-01-01-1/§3", "ORGANISATION", "0000000000000000")));
        run("corpus", "import", LovdataFixtures.folder().toString());
        Result r = run("corpus", "check", "--catalogue=" + tmp.resolve("catalogue"));
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("2 oppføringer, 2 klassifiseringer sjekket")
                .contains("TEXT_CHANGED     LOV-2099-01-01-1/§3 ORGANISATION: teksten er endret (laget mot "
                        + "0000000000000000 2025-11-08, nå a38e92f293dd799a)")
                .contains("1 avvik må gjennomgås.")
                .doesNotContain("LOV-2099-01-01-1/§1 ");
        JsonNode json = run("corpus", "check", "--json", "--catalogue=" + tmp.resolve("catalogue")).json();
        assertThat(json.path("drifts")).hasSize(1);
        assertThat(json.path("drifts").get(0).path("provision").asString()).isEqualTo("LOV-2099-01-01-1/§3");
        assertThat(json.path("drifts").get(0).path("reason").asString()).isEqualTo("TEXT_CHANGED");
    }

    @Test
    void check_without_imported_data_is_bad_input() {
        Result r = run("corpus", "check");
        assertThat(r.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err()).contains("has no imported Lovdata data to check against");
    }

    @Test
    void a_path_that_does_not_exist_is_bad_input_without_a_stack_trace() {
        Result r = run("corpus", "import", tmp.resolve("nope.tar.bz2").toString());
        assertThat(r.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err()).contains("nope.tar.bz2: does not exist").doesNotContain("\tat ");
    }

    @Test
    void a_malformed_option_is_bad_input() {
        Result r = run("corpus", "import", "--dataset-date=yesterday", LovdataFixtures.folder().toString());
        assertThat(r.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err()).contains("--dataset-date");
    }

    @Test
    void download_fetches_checks_and_imports() throws Exception {
        Instant entries = Instant.parse("2099-01-01T00:00:00Z");
        Path laws = LovdataFixtures.archiveOfFixtures(tmp.resolve("served/gjeldende-lover.tar.bz2"),
                List.of("nl-20990101-001.xml", "nl-20990202-002.xml"), entries);
        Path regs = LovdataFixtures.archiveOfFixtures(tmp.resolve("served/gjeldende-sentrale-forskrifter.tar.bz2"),
                List.of("sf-20990303-0003.xml"), entries);
        try (LovdataApiServer server = new LovdataApiServer(List.of(laws, regs),
                Instant.parse("2099-11-08T02:31:59Z"))) {
            Result r = run("corpus", "download", "--base-url=" + server.base());
            assertThat(r.exitCode()).as(r.err()).isZero();
            assertThat(r.err()).contains("lastet ned: gjeldende-lover.tar.bz2");
            assertThat(r.out()).contains("dokumenter:   3 (2 lover, 1 forskrifter)").contains("datasett:     2099-11-08");
        }
    }

    @Test
    void a_download_that_does_not_match_the_list_is_bad_input() throws Exception {
        Path laws = LovdataFixtures.archiveOfFixtures(tmp.resolve("served/gjeldende-lover.tar.bz2"),
                List.of("nl-20990101-001.xml"), Instant.EPOCH);
        Path regs = LovdataFixtures.archiveOfFixtures(tmp.resolve("served/gjeldende-sentrale-forskrifter.tar.bz2"),
                List.of("sf-20990303-0003.xml"), Instant.EPOCH);
        try (LovdataApiServer server = new LovdataApiServer(List.of(laws, regs), Instant.EPOCH)
                .listSize("gjeldende-lover.tar.bz2", 7)) {
            Result r = run("corpus", "download", "--base-url=" + server.base());
            assertThat(r.exitCode()).isEqualTo(Main.BAD_INPUT);
            assertThat(r.err()).contains("Lovdata's list says gjeldende-lover.tar.bz2 has 7");
            assertThat(Files.exists(tmp.resolve("data/corpus/current"))).isFalse();
        }
    }
}
