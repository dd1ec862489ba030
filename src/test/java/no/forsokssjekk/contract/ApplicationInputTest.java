package no.forsokssjekk.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import no.forsokssjekk.assessment.Application;
import no.forsokssjekk.assessment.EffectOnIndividuals;
import no.forsokssjekk.assessment.Stage;
import no.forsokssjekk.corpus.Language;
import no.forsokssjekk.io.InputProblem;
import no.forsokssjekk.io.InvalidInputException;
import org.junit.jupiter.api.Test;

/** Bad input gets a clear message naming the field and what is accepted, never a stack trace. */
class ApplicationInputTest {

    private static InputProblem problemWith(String json) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> ContractJson.readApplication(json.getBytes(StandardCharsets.UTF_8), "application.json"));
        assertThat(e).as("expected the input to be refused: " + json).isNotNull();
        assertThat(e.problems()).isNotEmpty();
        return e.problems().get(0);
    }

    @Test
    void a_minimal_application_gets_its_defaults_at_the_edge() {
        Application a = ContractJson.readApplication("{\"exemptions\":[{\"provision\":\"bhl § 26\"}]}");
        assertThat(a.stage()).isNull();
        Application complete = a.withDefaults(java.time.LocalDate.of(2026, 11, 27));
        assertThat(complete.stage()).isEqualTo(Stage.PRELIMINARY);
        assertThat(complete.language()).isEqualTo(Language.NB);
        assertThat(complete.assessmentDate()).isEqualTo("2026-11-27");
        assertThat(complete.exemptions().get(0).effectOnIndividuals()).isEqualTo(EffectOnIndividuals.UNKNOWN);
    }

    @Test
    void malformed_json_says_where() {
        InputProblem p = problemWith("{\"exemptions\": [ {\"provision\": \"bhl § 26\" ]}");
        assertThat(p.message()).startsWith("malformed input");
        assertThat(p.location()).isEqualTo("application.json:1");
    }

    @Test
    void an_unknown_field_is_named_and_the_accepted_fields_listed() {
        InputProblem p = problemWith("{\"exemptions\":[{\"provision\":\"bhl § 26\"}],\"kommune\":\"X\"}");
        assertThat(p.message()).isEqualTo("unknown field 'kommune'");
        assertThat(p.accepted()).contains("applicants", "exemptions", "period");
    }

    @Test
    void an_unknown_field_inside_an_exemption_names_its_path() {
        InputProblem p = problemWith("{\"exemptions\":[{\"provision\":\"bhl § 26\",\"paragraf\":\"26\"}]}");
        assertThat(p.field()).isEqualTo("exemptions[0].paragraf");
        assertThat(p.message()).isEqualTo("unknown field 'paragraf'");
    }

    @Test
    void a_wrong_enum_value_lists_the_accepted_values() {
        InputProblem p = problemWith("{\"stage\":\"DRAFT\",\"exemptions\":[{\"provision\":\"bhl § 26\"}]}");
        assertThat(p.field()).isEqualTo("stage");
        assertThat(p.accepted()).isEqualTo("PRELIMINARY, FINAL");
        InputProblem type = problemWith("{\"applicants\":[{\"name\":\"X\",\"type\":\"KOMMUNE\"}],"
                + "\"exemptions\":[{\"provision\":\"bhl § 26\"}]}");
        assertThat(type.field()).isEqualTo("applicants[0].type");
        assertThat(type.accepted()).contains("MUNICIPALITY", "COUNTY_MUNICIPALITY", "PRIVATE_COMPANY");
    }

    @Test
    void a_wrong_language_lists_nb_and_nn() {
        InputProblem p = problemWith("{\"language\":\"en\",\"exemptions\":[{\"provision\":\"bhl § 26\"}]}");
        assertThat(p.field()).isEqualTo("language");
        assertThat(p.message() + p.accepted()).contains("nb").contains("nn");
    }

    @Test
    void an_impossible_date_is_refused() {
        InputProblem p = problemWith("{\"period\":{\"from\":\"2027-02-30\",\"to\":\"2028-01-01\"},"
                + "\"exemptions\":[{\"provision\":\"bhl § 26\"}]}");
        assertThat(p.field()).isEqualTo("period.from");
        assertThat(p.accepted()).contains("ISO date");
    }

    @Test
    void a_period_that_ends_before_it_starts_is_refused() {
        InputProblem p = problemWith("{\"period\":{\"from\":\"2027-08-01\",\"to\":\"2027-07-31\"},"
                + "\"exemptions\":[{\"provision\":\"bhl § 26\"}]}");
        assertThat(p.field()).isEqualTo("period.to");
        assertThat(p.message()).contains("ends (2027-07-31) before it starts (2027-08-01)");
    }

    @Test
    void an_application_without_exemptions_is_refused() {
        assertThat(problemWith("{\"title\":\"Forsøk\"}").field()).isEqualTo("exemptions");
        assertThat(problemWith("{\"exemptions\":[]}").field()).isEqualTo("exemptions");
        assertThat(problemWith("{\"exemptions\":[{\"provision\":\" \"}]}").field()).isEqualTo("exemptions[0].provision");
    }

    @Test
    void an_oversize_application_is_refused_before_it_is_parsed() {
        String big = "{\"description\":\"" + "x".repeat(ContractJson.MAX_APPLICATION_BYTES) + "\"}";
        InputProblem p = problemWith(big);
        assertThat(p.message()).contains("the limit is " + ContractJson.MAX_APPLICATION_BYTES + " bytes");
    }

    @Test
    void an_over_long_text_names_its_field() {
        String json = "{\"purpose\":\"" + "x".repeat(60_000) + "\",\"exemptions\":[{\"provision\":\"bhl § 26\"}]}";
        assertThat(problemWith(json).field()).isEqualTo("purpose");
    }

    @Test
    void an_extension_needs_the_period_approved_so_far() {
        InputProblem p = problemWith("{\"extension\":{\"reform\":null},\"exemptions\":[{\"provision\":\"bhl § 26\"}]}");
        assertThat(p.field()).isEqualTo("extension.previousPeriod");
    }

    @Test
    void an_organisation_number_has_nine_digits() {
        InputProblem p = problemWith("{\"applicants\":[{\"name\":\"X\",\"type\":\"MUNICIPALITY\",\"orgNumber\":\"12\"}],"
                + "\"exemptions\":[{\"provision\":\"bhl § 26\"}]}");
        assertThat(p.field()).isEqualTo("applicants[0].orgNumber");
    }

    @Test
    void a_null_body_is_refused() {
        assertThat(problemWith("null").message()).contains("empty");
    }
}
