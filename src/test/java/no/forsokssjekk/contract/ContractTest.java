package no.forsokssjekk.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import no.forsokssjekk.Forsokssjekk;
import no.forsokssjekk.assessment.Applicant;
import no.forsokssjekk.assessment.Application;
import no.forsokssjekk.assessment.Assessment;
import no.forsokssjekk.assessment.CouncilResolution;
import no.forsokssjekk.assessment.EffectOnIndividuals;
import no.forsokssjekk.assessment.Extension;
import no.forsokssjekk.assessment.Hearing;
import no.forsokssjekk.assessment.Period;
import no.forsokssjekk.assessment.RequestedExemption;
import no.forsokssjekk.assessment.Stage;
import no.forsokssjekk.corpus.Language;
import no.forsokssjekk.corpus.catalogue.ApplicantType;
import no.forsokssjekk.testsupport.LovdataTestData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;

/**
 * Guards the JSON contract (docs/schema/*.json, docs/contract.md): field names are fixed; what the engine reads and
 * writes must match the published schemas.
 */
class ContractTest {
    private static final Path DOCS = LovdataTestData.projectDir().resolve("docs");
    private static Schema applicationSchema;
    private static Schema assessmentSchema;
    private static Forsokssjekk engine;

    @BeforeAll
    static void load() throws IOException {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
        applicationSchema = registry.getSchema(Files.newInputStream(DOCS.resolve("schema/application.schema.json")));
        assessmentSchema = registry.getSchema(Files.newInputStream(DOCS.resolve("schema/assessment.schema.json")));
        engine = Forsokssjekk.builder().build();
    }

    private static JsonNode tree(Object value) {
        return ContractJson.mapper().readTree(ContractJson.write(value));
    }

    @TestFactory
    Stream<DynamicTest> every_example_application_is_valid_and_its_assessment_matches_the_schema() throws IOException {
        List<Path> examples;
        try (Stream<Path> s = Files.list(DOCS.resolve("examples"))) {
            examples = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(examples).isNotEmpty();
        return examples.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
            String json = Files.readString(p);
            assertThat(applicationSchema.validate(ContractJson.mapper().readTree(json))).isEmpty();
            Application application = ContractJson.readApplication(json);
            Assessment assessment = engine.assess(application);
            List<Error> errors = assessmentSchema.validate(tree(assessment));
            assertThat(errors).as("assessment of %s against assessment.schema.json", p.getFileName()).isEmpty();
            assertThat(assessment.exemptions()).hasSameSizeAs(application.exemptions());
        }));
    }

    @Test
    void a_fully_filled_application_written_by_the_engine_matches_the_schema_field_for_field() {
        Application full = new Application(Stage.FINAL, LocalDate.of(2027, 1, 1), Language.NN,
                List.of(new Applicant("Kommune", ApplicantType.MUNICIPALITY, "944117784",
                        new CouncilResolution(LocalDate.of(2026, 12, 1), "K-sak 1/26"))),
                "Tittel", "Beskrivelse", "Formål", new Period(LocalDate.of(2027, 8, 1), LocalDate.of(2031, 7, 31)),
                new Extension(new Period(LocalDate.of(2023, 8, 1), LocalDate.of(2027, 7, 31)), "Reform"),
                List.of(new RequestedExemption("bhl § 26", "Avvik", "Erstatning", EffectOnIndividuals.NONE)),
                true, false, "Evaluering", "Tillitsvalgte", "Utkast", new Hearing(LocalDate.of(2026, 11, 1), "Høring"));
        // additionalProperties is false in the schema: a renamed or extra field fails here
        assertThat(applicationSchema.validate(tree(full))).isEmpty();
        assertThat(ContractJson.readApplication(ContractJson.write(full))).isEqualTo(full);
    }

    @Test
    void the_assessment_json_carries_the_fixed_field_names() {
        Assessment a = engine.assess(Application.builder().assessmentDate(LocalDate.of(2026, 11, 27))
                .exemption("forsøksloven § 4").build());
        JsonNode json = tree(a);
        assertThat(json.propertyNames()).contains("outcome", "exemptions", "findings", "versions", "assessmentDate",
                "language");
        assertThat(json.get("versions").propertyNames()).contains("engine", "rules", "corpus", "lovdataDataset");
        assertThat(json.get("exemptions").get(0).propertyNames()).contains("input", "provision", "legalBasis");
        assertThat(json.get("exemptions").get(0).get("provision").propertyNames())
                .contains("id", "citation", "title", "lawTitle", "ministry");
        assertThat(json.get("assessmentDate").asString()).isEqualTo("2026-11-27");
        assertThat(json.get("language").asString()).isEqualTo("nb");
        assertThat(ContractJson.readAssessment(ContractJson.write(a))).isEqualTo(a);
    }
}
