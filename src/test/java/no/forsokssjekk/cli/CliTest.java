package no.forsokssjekk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import no.forsokssjekk.contract.ContractJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user meets it: exit codes 0 / 2 / 1, messages in Norwegian, never a stack trace. */
class CliTest {
    @TempDir
    Path dir;

    record Result(int exit, String out, String err) {
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(exit, out.toString(), err.toString());
    }

    private Path file(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content);
        return p;
    }

    @Test
    void assess_json_prints_an_assessment_in_the_contract() throws IOException {
        Path app = file("app.json", "{\"assessmentDate\":\"2026-11-27\",\"exemptions\":[{\"provision\":\"bhl § 26\","
                + "\"effectOnIndividuals\":\"RESTRICTS_RIGHTS\"}]}");
        Result r = run("assess", "--json", app.toString());
        assertThat(r.exit()).as(r.err()).isEqualTo(0);
        var assessment = ContractJson.readAssessment(r.out());
        assertThat(assessment.outcome().name()).isEqualTo("OBSTACLES_FOUND");
        assertThat(assessment.exemptions().get(0).provision().id()).isEqualTo("LOV-2005-06-17-64/§26");
    }

    @Test
    void assess_without_json_prints_a_readable_norwegian_report() throws IOException {
        Path app = file("app.json", "{\"assessmentDate\":\"2026-11-27\",\"language\":\"nn\","
                + "\"exemptions\":[{\"provision\":\"blablalova § 3\"}]}");
        Result r = run("assess", app.toString());
        assertThat(r.exit()).isEqualTo(0);
        assertThat(r.out()).contains("Førehandsvurdering", "Vurderingsdato: 2026-11-27", "Regel:");
    }

    @Test
    void bad_input_exits_with_2_and_names_the_field_without_a_stack_trace() throws IOException {
        Path app = file("app.json", "{\"period\":{\"from\":\"2027-08-01\",\"to\":\"2026-08-01\"},\"exemptions\":[]}");
        Result r = run("assess", app.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("field 'exemptions'").contains("field 'period.to'");
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void a_missing_file_is_bad_input() {
        Result r = run("assess", dir.resolve("none.json").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("Finner ikke filen");
    }

    @Test
    void an_unknown_option_is_bad_input() {
        Result r = run("assess", "--jsonn", "x.json");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("Feil i kommandoen");
    }

    @Test
    void a_broken_catalogue_given_at_run_time_is_reported_with_file_and_line() throws IOException {
        Path catalogue = dir.resolve("catalogue");
        Files.createDirectories(catalogue.resolve("laws"));
        Files.writeString(catalogue.resolve("laws/x.yaml"), "id: LOV-1992-06-26-87\nkind: LOV\n");
        Path app = file("app.json", "{\"exemptions\":[{\"provision\":\"bhl § 26\"}]}");
        Result r = run("assess", "--catalogue", catalogue.toString(), app.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("legal-corpus/laws/x.yaml:2").contains("field 'kind'").contains("LAW, REGULATION");
    }

    @Test
    void show_finds_a_provision_by_citation() {
        Result r = run("show", "forsøksloven", "§", "4");
        assertThat(r.exit()).as(r.err()).isEqualTo(0);
        assertThat(r.out()).startsWith("forsøksloven § 4. Begrensninger i adgangen til å drive forsøk");
    }

    @Test
    void rules_validate_reports_a_broken_rule_file_with_file_and_line() throws IOException {
        Path rules = dir.resolve("rules");
        Files.createDirectories(rules.resolve("messages"));
        Files.writeString(rules.resolve("messages/nb.properties"), "");
        Files.writeString(rules.resolve("messages/nn.properties"), "");
        Files.writeString(rules.resolve("broken.drl"), "package x;\n\nrule \"a\"\nwhen\n  Foo( \nthen\nend\n");
        Result r = run("rules", "validate", rules.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("rules/broken.drl:");
    }

    @Test
    void rules_validate_accepts_the_embedded_rules() {
        Result r = run("rules", "validate");
        assertThat(r.exit()).as(r.err()).isEqualTo(0);
        assertThat(r.out()).contains("er gyldige");
    }
}
