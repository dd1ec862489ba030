package no.forsokssjekk.search.quality;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.core.type.TypeReference;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * One judged query of the search quality set (src/test/resources/search/judged-queries*.yaml): what a user typed, in
 * which language, what kind of query it is, and the provisions a good search returns, graded 1–3.
 */
public record JudgedQuery(String query, String language, List<String> categories, List<Judgment> relevant,
                          String need, String source) {

    public record Judgment(String id, int grade) {
    }

    public JudgedQuery {
        categories = categories == null ? List.of() : List.copyOf(categories);
        relevant = List.copyOf(relevant);
    }

    /** Grade of each relevant provision id. */
    public Map<String, Integer> grades() {
        return relevant.stream().collect(Collectors.toMap(Judgment::id, Judgment::grade, Math::max));
    }

    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    public static List<JudgedQuery> load(Path file) throws IOException {
        return YAML.readValue(Files.readString(file), new TypeReference<List<JudgedQuery>>() { });
    }

    static JsonMapper json() {
        return JsonMapper.builder().build();
    }
}
