package no.forsokssjekk.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import no.forsokssjekk.text.EditDistance;
import org.junit.jupiter.api.Test;

/**
 * Spelling corrections are looked up with tables and a trie walk for speed; what they must return is defined here by
 * the plain rule, checked word by word against the whole vocabulary: the fewest typing errors (one; two for words of
 * eight letters or more), the first letter unchanged, then the most frequent word, then the first in order; only
 * words of four letters or more that occur at least twice.
 */
class VocabularyTest {
    private static final String LETTERS = "abdefghijklmnoprstuvyæøå";

    @Test
    void corrections_are_the_nearest_most_frequent_known_word_as_the_plain_rule_defines_it() {
        assertCorrectionsFollowThePlainRule(new Random(20261127), 3000, 2000,
                random -> randomWord(random, 3 + random.nextInt(10)));
    }

    /**
     * Compounds of a few parts share long beginnings ("barnehage", "barnehageplass", "barnehagelærer"), which the trie
     * walk reuses and skips by: the same rule must hold there.
     */
    @Test
    void corrections_among_words_with_shared_beginnings_follow_the_same_rule() {
        String[] parts = {"barn", "barne", "hage", "skole", "skule", "plass", "lærer", "lærar", "bemanning", "norm",
            "rett", "plikt", "taus", "taushet", "tilsyn", "sak", "saks", "behandling", "frist", "klage", "vedtak",
            "forsøk", "kommune", "fylke", "plan", "regulering", "bibliotek", "elev", "elevar", "vurdering"};
        assertCorrectionsFollowThePlainRule(new Random(11), 2500, 1500, random -> {
            StringBuilder w = new StringBuilder();
            int n = 1 + random.nextInt(3);
            for (int k = 0; k < n; k++) w.append(parts[random.nextInt(parts.length)]);
            return w.toString();
        });
    }

    /**
     * A vocabulary of words made by {@code newWord} (each used one to four times), then typos of them with one or two
     * errors: each must be corrected exactly as the plain rule says, and enough of them must have a correction.
     */
    private static void assertCorrectionsFollowThePlainRule(Random random, int wordCount, int typoCount,
                                                            Function<Random, String> newWord) {
        List<String> words = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < wordCount; i++) {
            String w = newWord.apply(random);
            if (typedForÆØÅ(w)) continue;
            words.add(w);
            int occurrences = 1 + random.nextInt(4);
            for (int k = 0; k < occurrences; k++) text.append(w).append(' ');
        }
        Vocabulary v = Vocabulary.builder().add(text.toString()).build();
        int corrected = 0;
        for (int i = 0; i < typoCount; i++) {
            String typo = typo(random, words.get(random.nextInt(words.size())), 1 + random.nextInt(2));
            if (typedForÆØÅ(typo)) continue;
            Optional<String> expected = byThePlainRule(v, words, typo);
            assertThat(v.correction(typo)).as(typo).isEqualTo(expected);
            if (expected.isPresent()) corrected++;
        }
        assertThat(corrected).as("typos with a correction").isGreaterThan(500);
    }

    private static Optional<String> byThePlainRule(Vocabulary v, List<String> words, String typo) {
        if (typo.length() < 4 || v.frequency(typo) > 0) return Optional.empty();
        int max = typo.length() >= 8 ? 2 : 1;
        String best = null;
        int bestEdits = max + 1, bestFrequency = 0;
        for (String w : words.stream().distinct().sorted().toList()) {
            if (w.length() < 4 || v.frequency(w) < 2 || w.charAt(0) != typo.charAt(0)) continue;
            int edits = EditDistance.within(typo, w, max);
            if (edits > max) continue;
            int f = v.frequency(w);
            if (edits < bestEdits || (edits == bestEdits && f > bestFrequency)) {
                best = w;
                bestEdits = edits;
                bestFrequency = f;
            }
        }
        return Optional.ofNullable(best);
    }

    /** "ae", "oe", "aa" are read as æ, ø, å (as users type them): such words are stored in another form. */
    private static boolean typedForÆØÅ(String w) {
        return w.contains("ae") || w.contains("oe") || w.contains("aa");
    }

    private static String randomWord(Random r, int length) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < length; i++) sb.append(LETTERS.charAt(r.nextInt(LETTERS.length())));
        return sb.toString();
    }

    private static String typo(Random r, String word, int errors) {
        String t = word;
        for (int e = 0; e < errors && t.length() > 2; e++) {
            int i = 1 + r.nextInt(t.length() - 1);
            char c = LETTERS.charAt(r.nextInt(LETTERS.length()));
            t = switch (r.nextInt(4)) {
                case 0 -> t.substring(0, i) + t.substring(i + 1);
                case 1 -> t.substring(0, i) + c + t.substring(i + 1);
                case 2 -> t.substring(0, i) + c + t.substring(i);
                default -> i < t.length() - 1 ? t.substring(0, i) + t.charAt(i + 1) + t.charAt(i) + t.substring(i + 2) : t;
            };
        }
        return t;
    }
}
