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
    private final Map<Language, Map<String, Template>> templates = new EnumMap<>(Language.class);

    private MessageBundle(Map<Language, Properties> texts) {
        this.texts = texts;
        for (Map.Entry<Language, Properties> e : texts.entrySet()) {
            Map<String, Template> m = new java.util.HashMap<>();
            for (String key : e.getValue().stringPropertyNames()) m.put(key, Template.parse(e.getValue().getProperty(key)));
            templates.put(e.getKey(), Map.copyOf(m));
        }
    }

    /**
     * A text split once into literal parts and placeholders. A placeholder that starts a sentence gets a capital
     * first letter: a law's short name is written in lower case in running text ("opplæringslova § 29-3 gir …").
     */
    private record Template(List<String> literals, List<String> names, List<Boolean> sentenceStart) {
        static Template parse(String text) {
            List<String> literals = new ArrayList<>();
            List<String> names = new ArrayList<>();
            List<Boolean> starts = new ArrayList<>();
            Matcher m = PLACEHOLDER.matcher(text);
            int last = 0;
            while (m.find()) {
                String before = text.substring(last, m.start());
                literals.add(before);
                names.add(m.group(1));
                String joined = String.join("", literals).stripTrailing();
                starts.add(joined.isEmpty() || joined.endsWith(".") || joined.endsWith("?") || joined.endsWith("!"));
                last = m.end();
            }
            literals.add(text.substring(last));
            return new Template(List.copyOf(literals), List.copyOf(names), List.copyOf(starts));
        }

        String fill(java.util.function.Function<String, String> values, Properties fallback) {
            StringBuilder sb = new StringBuilder(literals.get(0));
            for (int i = 0; i < names.size(); i++) {
                String name = names.get(i);
                String v = values.apply(name);
                if (v == null) v = fallback.getProperty("common.missing." + name);
                if (v == null) {
                    sb.append('{').append(name).append('}');
                } else if (sentenceStart.get(i) && !v.isEmpty() && Character.isLowerCase(v.charAt(0))) {
                    sb.append(Character.toUpperCase(v.charAt(0))).append(v, 1, v.length());
                } else {
                    sb.append(v);
                }
                sb.append(literals.get(i + 1));
            }
            return sb.toString();
        }
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
        return text(language, key, values::get);
    }

    /** As {@link #text(Language, String, Map)}, with values computed only for the placeholders the text has. */
    public String text(Language language, String key, java.util.function.Function<String, String> values) {
        Template t = templates.get(language).get(key);
        // a placeholder at the end that has nothing to say leaves no trailing space
        return t == null ? null : t.fill(values, texts.get(language)).strip();
    }
}
