package no.forsokssjekk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import no.forsokssjekk.contract.ContractJson;
import no.forsokssjekk.testsupport.LovdataTestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** {@code search} as a user meets it, on the embedded catalogue (an empty data directory: no Lovdata data). */
class SearchCommandTest {
    @TempDir
    static Path data;

    record Result(int exit, String out, String err) {
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = new String[args.length + 1];
        all[0] = args[0];
        all[1] = "--data-dir=" + data;
        System.arraycopy(args, 1, all, 2, args.length - 1);
        int exit = Main.run(all, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(exit, out.toString(), err.toString());
    }

    @Test
    void json_output_matches_the_published_schema_and_a_citation_comes_first() throws IOException {
        Result r = run("search", "--json", "--limit", "5", "bhl", "§", "26");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode tree = ContractJson.mapper().readTree(r.out());
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(
                Files.newInputStream(LovdataTestData.projectDir().resolve("docs/schema/search-result.schema.json")));
        assertThat(schema.validate(tree)).isEmpty();
        assertThat(tree.get("query").asString()).isEqualTo("bhl § 26");
        assertThat(tree.get("hits").get(0).get("id").asString()).isEqualTo("LOV-2005-06-17-64/§26");
        assertThat(tree.get("hits").get(0).get("match").asString()).isEqualTo("CITATION");
        assertThat(tree.get("hits").size()).isLessThanOrEqualTo(5);
    }

    @Test
    void readable_output_is_norwegian_with_citation_law_and_trial_authority() {
        Result r = run("search", "karakterfri", "vurdering", "ungdomsskolen", "--limit", "3");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("Treff 1–").contains("opplæring").contains("id: ");
    }

    @Test
    void nynorsk_messages_with_lang_nn() {
        Result r = run("search", "--lang", "nn", "barnehagelova");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("barnehageloven § 1");
    }

    @Test
    void bad_options_exit_with_2_and_a_clear_message() {
        assertThat(run("search", "--limit", "0", "barn").exit()).isEqualTo(2);
        Result lang = run("search", "--lang", "sv", "barn");
        assertThat(lang.exit()).isEqualTo(2);
        assertThat(lang.err()).contains("--lang må være nb eller nn");
        Result law = run("search", "--law", "finnesikkelova", "barn");
        assertThat(law.exit()).isEqualTo(2);
        assertThat(law.err()).contains("finnesikkelova").contains("--law");
        assertThat(run("search", "--date", "i går", "barn").exit()).isEqualTo(2);
    }

    @Test
    void filters_and_facets_narrow_and_count() throws IOException {
        Result r = run("search", "--json", "--facets", "--kind", "forskrift", "bemanning");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode tree = ContractJson.mapper().readTree(r.out());
        for (JsonNode h : tree.get("hits")) assertThat(h.get("id").asString()).startsWith("FOR-");
        assertThat(tree.get("facets")).isNotNull();
    }

    @Test
    void paging_moves_through_the_hits() throws IOException {
        JsonNode first = ContractJson.mapper().readTree(run("search", "--json", "--limit", "2", "barnehage").out());
        JsonNode second = ContractJson.mapper().readTree(run("search", "--json", "--limit", "2", "--offset", "2",
                "barnehage").out());
        assertThat(second.get("offset").asInt()).isEqualTo(2);
        assertThat(second.get("hits").get(0).get("id").asString())
                .isNotIn(first.get("hits").get(0).get("id").asString(), first.get("hits").get(1).get("id").asString());
    }
}
