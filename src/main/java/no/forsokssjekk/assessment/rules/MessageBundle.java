package no.forsokssjekk.assessment.rules;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.forsokssjekk.corpus.Language;
import no.forsokssjekk.io.InputProblem;
import no.forsokssjekk.io.InvalidInputException;
import no.forsokssjekk.io.ResourceTree;

/**
 * The finding texts in bokmål and nynorsk (rules/messages/nb.properties, nn.properties), keyed on the rule id:
 * {@code <RULE-ID>.message} and {@code <RULE-ID>.resolveBy}. Placeholders such as {@code {provision}} are filled from
 * the finding's values. Both languages must define the same keys.
 */
public final class MessageBundle {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_]*)}");
    private final Map<Language, Properties> texts;

    private MessageBundle(Map<Language, Properties> texts) {
        this.texts = texts;
    }

    public static MessageBundle load(ResourceTree tree) {
        Map<Language, Properties> texts = new EnumMap<>(Language.class);
        List<InputProblem> problems = new ArrayList<>();
        for (Language l : Language.values()) {
            String file = "messages/" + l.code() + ".properties";
            Properties p = new Properties();
            try (Reader r = new InputStreamReader(tree.open(file), StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (IOException e) {
                problems.add(new InputProblem("rules/" + file, "", "cannot read the message bundle: " + e.getMessage(),
                        "a UTF-8 .properties file"));
            }
            texts.put(l, p);
        }
        if (problems.isEmpty()) {
            for (Object key : texts.get(Language.NB).keySet()) {
                if (!texts.get(Language.NN).containsKey(key)) {
                    problems.add(new InputProblem("rules/messages/nn.properties", key.toString(),
                            "is defined in bokmål but not in nynorsk", "the same keys in nb and nn"));
                }
            }
            for (Object key : texts.get(Language.NN).keySet()) {
                if (!texts.get(Language.NB).containsKey(key)) {
                    problems.add(new InputProblem("rules/messages/nb.properties", key.toString(),
                            "is defined in nynorsk but not in bokmål", "the same keys in nb and nn"));
                }
            }
        }
        if (!problems.isEmpty()) throw new InvalidInputException("the message bundles are not usable", problems);
        return new MessageBundle(texts);
    }

    public boolean has(String key) {
        return texts.get(Language.NB).containsKey(key);
    }

    public java.util.Set<String> keys() {
        return texts.get(Language.NB).stringPropertyNames();
    }

    /**
     * The text for a key with its placeholders filled. A value that is missing takes the bundle's
     * {@code common.missing.<name>} text when there is one ("en dato som ikke er fastsatt"); otherwise the placeholder
     * stays visible, which the tests catch.
     */
    public String text(Language language, String key, Map<String, String> values) {
        Properties p = texts.get(language);
        String template = p.getProperty(key);
        if (template == null) return null;
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String v = values.get(m.group(1));
            if (v == null) v = p.getProperty("common.missing." + m.group(1));
            m.appendReplacement(sb, Matcher.quoteReplacement(v != null ? v : m.group()));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
