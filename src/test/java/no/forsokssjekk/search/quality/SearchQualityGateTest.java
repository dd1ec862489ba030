package no.forsokssjekk.search.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.forsokssjekk.Forsokssjekk;
import no.forsokssjekk.search.SearchOptions;
import no.forsokssjekk.search.SearchResult;
import no.forsokssjekk.testsupport.FullLovdata;
import no.forsokssjekk.testsupport.LovdataTestData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The search quality gate: every judged query (src/test/resources/search/judged-queries.yaml, used for tuning, and
 * judged-queries-holdout.yaml, never tuned on) over the full Lovdata data and the catalogue, scored with MRR,
 * Recall@5 and nDCG@10, against floors; and a plain baseline (StandardAnalyzer, BM25, the same documents and text, no
 * synonyms, citations, field weights or spelling) scored in the same run, which ours must beat clearly.
 *
 * <p>Without the Lovdata data the test is skipped locally and fails in CI (CI=true), like every full-data test.
 */
@Tag("slow")
class SearchQualityGateTest {
    /** The date the queries are read on (citations resolve by date); fixed, so the gate does not drift with the clock. */
    static final LocalDate DATE = LocalDate.of(2026, 6, 1);
    static final List<String> FILES = List.of("judged-queries.yaml", "judged-queries-holdout.yaml");

    /** Floors, per file. */
    static final double MIN_MRR = 0.80;
    /** Share of the provisions the user is looking for (grade 3) in the first five. */
    static final double MIN_TARGET_RECALL_AT_5 = 0.90;
    /** Share of all judged provisions (grades 1–3) in the first five. */
    static final double MIN_RECALL_AT_5 = 0.70;
    static final double MIN_NDCG_AT_10 = 0.75;
    /** How much better than the baseline our MRR must be. */
    static final double MIN_MRR_OVER_BASELINE = 0.25;

    static Forsokssjekk engine;
    static BaselineSearch baseline;
    static final Map<String, Row> ours = new LinkedHashMap<>();
    static final Map<String, Row> plain = new LinkedHashMap<>();

    record Row(RelevanceMetrics.Scores scores, double targetRecallAt5) {
    }

    @BeforeAll
    static void run() throws IOException {
        engine = FullLovdata.engine();
        baseline = new BaselineSearch(engine.corpus());
        for (String file : FILES) {
            List<JudgedQuery> queries = JudgedQuery.load(judged(file));
            List<List<String>> rankedOurs = new ArrayList<>();
            List<List<String>> rankedPlain = new ArrayList<>();
            for (JudgedQuery q : queries) {
                SearchResult r = engine.search(q.query(), SearchOptions.defaults().withLimit(10).withDate(DATE));
                rankedOurs.add(r.hits().stream().map(h -> h.provision().id().toString()).toList());
                rankedPlain.add(baseline.search(q.query(), 10));
            }
            ours.put(file, new Row(RelevanceMetrics.score(queries, rankedOurs), RelevanceMetrics.targetRecall(queries, rankedOurs, 5)));
            plain.put(file, new Row(RelevanceMetrics.score(queries, rankedPlain), RelevanceMetrics.targetRecall(queries, rankedPlain, 5)));
        }
        System.out.println(table());
    }

    @AfterAll
    static void close() throws IOException {
        if (baseline != null) baseline.close();
    }

    static Path judged(String file) {
        return LovdataTestData.projectDir().resolve("src/test/resources/search/" + file);
    }

    static String table() {
        StringBuilder sb = new StringBuilder("\nSearch quality (full Lovdata data + catalogue, read on " + DATE + ")\n");
        sb.append(String.format("%-30s %-9s %7s %7s %9s %9s %7s%n", "file", "search", "queries", "MRR", "R@5 (3)",
                "R@5 (1-3)", "nDCG@10"));
        for (String f : FILES) {
            for (var e : List.of(Map.entry("ours", ours.get(f)), Map.entry("baseline", plain.get(f)))) {
                RelevanceMetrics.Scores s = e.getValue().scores();
                sb.append(String.format("%-30s %-9s %7d %7.3f %9.3f %9.3f %7.3f%n", f, e.getKey(), s.queries(), s.mrr(),
                        e.getValue().targetRecallAt5(), s.recallAt5(), s.ndcgAt10()));
            }
        }
        return sb.toString();
    }

    @Test
    void each_file_meets_the_floors() {
        for (String f : FILES) {
            Row r = ours.get(f);
            assertThat(r.scores().mrr()).as("MRR, %s%s", f, table()).isGreaterThanOrEqualTo(MIN_MRR);
            assertThat(r.targetRecallAt5()).as("Recall@5 of the grade-3 provisions, %s%s", f, table())
                    .isGreaterThanOrEqualTo(MIN_TARGET_RECALL_AT_5);
            assertThat(r.scores().recallAt5()).as("Recall@5 of all judged provisions, %s%s", f, table())
                    .isGreaterThanOrEqualTo(MIN_RECALL_AT_5);
            assertThat(r.scores().ndcgAt10()).as("nDCG@10, %s%s", f, table()).isGreaterThanOrEqualTo(MIN_NDCG_AT_10);
        }
    }

    @Test
    void each_file_beats_the_plain_baseline_clearly() {
        for (String f : FILES) {
            assertThat(ours.get(f).scores().mrr() - plain.get(f).scores().mrr()).as("MRR over the baseline, %s%s", f, table())
                    .isGreaterThanOrEqualTo(MIN_MRR_OVER_BASELINE);
        }
    }

    @Test
    void the_judged_sets_are_large_and_mixed_enough_to_mean_something() throws IOException {
        List<JudgedQuery> all = new ArrayList<>();
        for (String f : FILES) all.addAll(JudgedQuery.load(judged(f)));
        assertThat(all).hasSizeGreaterThanOrEqualTo(100);
        assertThat(all.stream().filter(q -> q.language().equals("nn")).count()).isGreaterThanOrEqualTo(all.size() / 4);
        assertThat(all.stream().filter(q -> q.categories().contains("typo")).count()).isGreaterThanOrEqualTo(all.size() * 15 / 100);
        assertThat(all.stream().filter(q -> q.categories().contains("citation")).count()).isGreaterThanOrEqualTo(all.size() * 15 / 100);
        assertThat(all.stream().filter(q -> q.categories().contains("everyday")).count()).isGreaterThanOrEqualTo(all.size() / 4);
        // every judged provision exists in the data (a renamed or repealed § would silently lower the scores)
        for (JudgedQuery q : all) {
            for (JudgedQuery.Judgment j : q.relevant()) {
                assertThat(engine.provision(j.id())).as("%s (judged for «%s»)", j.id(), q.query()).isPresent();
            }
        }
    }
}
