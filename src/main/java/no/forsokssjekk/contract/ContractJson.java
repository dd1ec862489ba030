package no.forsokssjekk.contract;

import java.nio.charset.StandardCharsets;
import java.util.List;
import no.forsokssjekk.assessment.Application;
import no.forsokssjekk.assessment.ApplicationValidator;
import no.forsokssjekk.assessment.Assessment;
import no.forsokssjekk.io.InputProblem;
import no.forsokssjekk.io.InvalidInputException;
import no.forsokssjekk.io.JacksonProblems;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON contract (docs/contract.md, docs/schema/*.json): reads applications strictly and writes assessments.
 * The same mapper serves the library, the CLI and the REST API. Thread-safe.
 */
public final class ContractJson {
    /** Applications larger than this are refused before parsing. */
    public static final int MAX_APPLICATION_BYTES = 1024 * 1024;

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private ContractJson() {
    }

    public static JsonMapper mapper() {
        return MAPPER;
    }

    /**
     * Reads and validates an application. Problems (malformed JSON, unknown fields, wrong enum values, impossible
     * dates, no exemptions, oversize input) are thrown as {@link InvalidInputException}, each naming its field.
     */
    public static Application readApplication(byte[] json, String source) {
        if (json.length > MAX_APPLICATION_BYTES) {
            throw new InvalidInputException(new InputProblem(source, "", "the application is " + json.length
                    + " bytes; the limit is " + MAX_APPLICATION_BYTES + " bytes", "at most 1 MiB of JSON"));
        }
        Application application;
        try {
            application = MAPPER.readValue(json, Application.class);
        } catch (JacksonException e) {
            throw new InvalidInputException("the application cannot be read", List.of(JacksonProblems.describe(e, source)));
        }
        if (application == null) {
            throw new InvalidInputException(new InputProblem(source, "", "the input is empty (null)",
                    "a JSON object with at least 'exemptions'"));
        }
        List<InputProblem> problems = ApplicationValidator.validate(application);
        if (!problems.isEmpty()) throw new InvalidInputException("the application is not valid", problems);
        return application;
    }

    public static Application readApplication(String json) {
        return readApplication(json.getBytes(StandardCharsets.UTF_8), "");
    }

    public static String write(Object value) {
        return MAPPER.writeValueAsString(value);
    }

    public static Assessment readAssessment(String json) {
        return MAPPER.readValue(json, Assessment.class);
    }
}
