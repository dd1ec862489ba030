package no.forsokssjekk.search.lexicon;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.forsokssjekk.corpus.catalogue.SourceLocation;
import no.forsokssjekk.io.InputProblem;
import no.forsokssjekk.io.InvalidInputException;
import no.forsokssjekk.io.JacksonProblems;
import no.forsokssjekk.io.ResourceTree;
import no.forsokssjekk.search.analysis.CompoundSplitter;
import no.forsokssjekk.search.analysis.NorwegianAnalyzers;
import org.apache.lucene.analysis.Analyzer;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads and validates {@code lexicon/*.yaml}. Every problem is reported with file, line and field, like the catalogue
 * loader; either the whole lexicon is valid or {@link InvalidInputException} lists what is wrong.
 */
final class LexiconLoader {
    static final String FOLDER = "lexicon/";
    private static final int MAX_TERM_LENGTH = 80;
    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    /** The shape of a lexicon file. */
    record LexiconFile(List<EntryFile> entries, String note) {
    }

    /** One entry: exactly one of the four shapes (see legal-corpus/README.md). */
    record EntryFile(List<String> equivalent, List<String> everyday, List<String> legal, List<String> old,
                     List<String> current, LocalDate changed, List<String> abbreviation, List<String> full,
                     String note) {
    }

    private final ResourceTree tree;
    private final Analyzer analyzer = NorwegianAnalyzers.text(CompoundSplitter.none());
    private final List<InputProblem> problems = new ArrayList<>();
    private final Lexicon.Builder builder = new Lexicon.Builder();
    /** analysed term of an equivalence group → where that group is written */
    private final Map<List<String>, String> equivalentGroups = new HashMap<>();

    private LexiconLoader(ResourceTree tree) {
        this.tree = tree;
    }

    static Lexicon load(ResourceTree tree) {
        return new LexiconLoader(tree).run();
    }

    private Lexicon run() {
        for (String f : tree.files()) {
            if (f.startsWith(FOLDER) && (f.endsWith(".yaml") || f.endsWith(".yml"))) readFile(f);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("the search lexicon in " + tree.origin() + " has " + problems.size()
                    + " problem(s)", problems);
        }
        return builder.build(tree.origin());
    }

    private void readFile(String file) {
        String where = "legal-corpus/" + file;
        String text = tree.read(file);
        LexiconFile lf;
        try {
            lf = YAML.readValue(text, LexiconFile.class);
        } catch (JacksonException e) {
            problems.add(JacksonProblems.describe(e, where));
            return;
        }
        if (lf == null || lf.entries() == null || lf.entries().isEmpty()) {
            problems.add(new InputProblem(where, "entries", "the file has no entries", "entries: [ … ]"));
            return;
        }
        List<Integer> lines = entryLines(text);
        for (int i = 0; i < lf.entries().size(); i++) {
            int line = i < lines.size() ? lines.get(i) : 0;
            readEntry(where, line, "entries[" + i + "]", lf.entries().get(i));
        }
    }

    private void readEntry(String file, int line, String field, EntryFile e) {
        SourceLocation at = new SourceLocation(file, line);
        String loc = at.toString();
        if (e == null) {
            problems.add(new InputProblem(loc, field, "the entry is empty", SHAPES));
            return;
        }
        int shapes = (e.equivalent() != null ? 1 : 0) + (e.everyday() != null || e.legal() != null ? 1 : 0)
                + (e.old() != null || e.current() != null ? 1 : 0) + (e.abbreviation() != null || e.full() != null ? 1 : 0);
        if (shapes != 1) {
            problems.add(new InputProblem(loc, field, shapes == 0 ? "the entry has no terms"
                    : "the entry mixes " + shapes + " kinds of entry", SHAPES));
            return;
        }
        if (e.changed() != null && e.old() == null) {
            problems.add(new InputProblem(loc, field + ".changed", "'changed' belongs to an old/current entry", ""));
        }
        int before = problems.size();
        if (e.equivalent() != null) {
            List<Lexicon.Term> group = terms(loc, field + ".equivalent", e.equivalent(), 2);
            if (problems.size() > before) return;
            for (Lexicon.Term t : group) {
                String other = equivalentGroups.putIfAbsent(t.stems(), loc);
                if (other != null && !other.equals(loc)) {
                    problems.add(new InputProblem(loc, field + ".equivalent", "'" + t.text()
                            + "' is already in the equivalence group at " + other, "one group per word: merge them"));
                }
            }
            for (Lexicon.Term a : group) for (Lexicon.Term b : group) if (a != b) {
                builder.add(a, b, Lexicon.Relation.EQUIVALENT, at);
            }
        } else if (e.everyday() != null || e.legal() != null) {
            List<Lexicon.Term> everyday = terms(loc, field + ".everyday", e.everyday(), 1);
            List<Lexicon.Term> legal = terms(loc, field + ".legal", e.legal(), 1);
            if (problems.size() > before) return;
            for (Lexicon.Term from : everyday) {
                for (Lexicon.Term to : legal) builder.add(from, to, Lexicon.Relation.EVERYDAY_TO_LEGAL, at);
                // everyday words of one entry mean the same thing to users
                for (Lexicon.Term same : everyday) if (same != from) builder.add(from, same, Lexicon.Relation.EVERYDAY_TO_LEGAL, at);
            }
        } else if (e.old() != null || e.current() != null) {
            List<Lexicon.Term> old = terms(loc, field + ".old", e.old(), 1);
            List<Lexicon.Term> current = terms(loc, field + ".current", e.current(), 1);
            if (problems.size() > before) return;
            for (Lexicon.Term o : old) for (Lexicon.Term c : current) {
                builder.add(o, c, Lexicon.Relation.OLD_TO_CURRENT, at);
                builder.add(c, o, Lexicon.Relation.CURRENT_TO_OLD, at);
            }
        } else {
            List<Lexicon.Term> abbreviations = terms(loc, field + ".abbreviation", e.abbreviation(), 1);
            List<Lexicon.Term> full = terms(loc, field + ".full", e.full(), 1);
            if (problems.size() > before) return;
            for (Lexicon.Term a : abbreviations) for (Lexicon.Term f : full) {
                builder.add(a, f, Lexicon.Relation.ABBREVIATION, at);
                builder.add(f, a, Lexicon.Relation.ABBREVIATION, at);
            }
        }
        builder.entries++;
    }

    private static final String SHAPES = "{equivalent: [...]} | {everyday: [...], legal: [...]} | "
            + "{old: [...], current: [...], changed?} | {abbreviation: [...], full: [...]}";

    private List<Lexicon.Term> terms(String loc, String field, List<String> texts, int min) {
        List<Lexicon.Term> out = new ArrayList<>();
        if (texts == null || texts.size() < min) {
            problems.add(new InputProblem(loc, field, "needs at least " + min + " term" + (min > 1 ? "s" : ""),
                    "a list of words or phrases"));
            return out;
        }
        Map<List<String>, String> seen = new LinkedHashMap<>();
        for (int i = 0; i < texts.size(); i++) {
            String t = texts.get(i);
            String f = field + "[" + i + "]";
            if (t == null || t.isBlank()) {
                problems.add(new InputProblem(loc, f, "is empty", "a word or phrase"));
                continue;
            }
            if (t.length() > MAX_TERM_LENGTH) {
                problems.add(new InputProblem(loc, f, "is longer than " + MAX_TERM_LENGTH + " characters",
                        "a word or short phrase"));
                continue;
            }
            List<String> stems = NorwegianAnalyzers.words(analyzer, t);
            if (stems.isEmpty()) {
                problems.add(new InputProblem(loc, f, "'" + t + "' has only stop words; it can never match",
                        "a term with at least one word that is not a stop word"));
                continue;
            }
            if (t.strip().split("\\s+").length > 1 && stems.size() == 1) {
                problems.add(new InputProblem(loc, f, "'" + t + "' is only '" + stems.get(0)
                        + "' once its stop words are left out, so it would fire for every search with that one word",
                        "a phrase with at least two words that are not stop words, or the single word itself"));
                continue;
            }
            String dup = seen.putIfAbsent(stems, t);
            if (dup != null) {
                problems.add(new InputProblem(loc, f, "'" + t + "' is the same as '" + dup
                        + "' once inflection and æ/ø/å are set aside", "remove one of them"));
                continue;
            }
            out.add(new Lexicon.Term(t.strip(), stems));
        }
        return out;
    }

    /** 1-based lines where the items of the top-level {@code entries:} list start. */
    static List<Integer> entryLines(String text) {
        List<Integer> lines = new ArrayList<>();
        String[] all = text.split("\n", -1);
        boolean inEntries = false;
        int itemIndent = -1;
        for (int i = 0; i < all.length; i++) {
            String l = all[i];
            String stripped = l.strip();
            if (stripped.isEmpty() || stripped.startsWith("#")) continue;
            int indent = l.length() - l.stripLeading().length();
            if (indent == 0 && !stripped.startsWith("-")) {
                inEntries = stripped.startsWith("entries:");
                itemIndent = -1;
                continue;
            }
            if (inEntries && stripped.startsWith("-")) {
                if (itemIndent < 0) itemIndent = indent;
                if (indent == itemIndent) lines.add(i + 1);
            }
        }
        return lines;
    }
}
