package no.forsokssjekk.search.quality;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The standard ranking measures over a judged query set.
 * <ul>
 *   <li>MRR: the mean of 1 / rank of the first relevant hit (any grade); 0 when none is returned.</li>
 *   <li>Recall@5: the share of a query's relevant provisions (any grade) among the first five hits; and, as "target
 *       recall", the share of its grade-3 provisions (what the user is looking for) among them.</li>
 *   <li>nDCG@10: discounted cumulative gain of the first ten hits with gain 2^grade − 1 and discount log2(rank + 1),
 *       divided by that of the ideal order.</li>
 * </ul>
 */
public final class RelevanceMetrics {
    private RelevanceMetrics() {
    }

    public static double reciprocalRank(List<String> ranked, Map<String, Integer> grades) {
        for (int i = 0; i < ranked.size(); i++) if (grades.containsKey(ranked.get(i))) return 1.0 / (i + 1);
        return 0;
    }

    public static double recall(List<String> ranked, Map<String, Integer> grades, int k) {
        if (grades.isEmpty()) return 0;
        long found = ranked.stream().limit(k).distinct().filter(grades::containsKey).count();
        return (double) found / grades.size();
    }

    public static double ndcg(List<String> ranked, Map<String, Integer> grades, int k) {
        double dcg = 0;
        for (int i = 0; i < Math.min(k, ranked.size()); i++) dcg += gain(grades.getOrDefault(ranked.get(i), 0)) / log2(i + 2);
        List<Integer> ideal = new ArrayList<>(grades.values());
        ideal.sort(Comparator.reverseOrder());
        double idcg = 0;
        for (int i = 0; i < Math.min(k, ideal.size()); i++) idcg += gain(ideal.get(i)) / log2(i + 2);
        return idcg == 0 ? 0 : dcg / idcg;
    }

    private static double gain(int grade) {
        return Math.pow(2, grade) - 1;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    /** Recall@k of the grade-3 provisions only, averaged over the queries that have any. */
    public static double targetRecall(List<JudgedQuery> queries, List<List<String>> ranked, int k) {
        double sum = 0;
        int n = 0;
        for (int i = 0; i < queries.size(); i++) {
            Map<String, Integer> top = new java.util.HashMap<>();
            queries.get(i).grades().forEach((id, g) -> {
                if (g == 3) top.put(id, g);
            });
            if (top.isEmpty()) continue;
            sum += recall(ranked.get(i), top, k);
            n++;
        }
        return n == 0 ? 0 : sum / n;
    }

    /** The three measures averaged over a set, plus how many queries found nothing relevant in the top ten. */
    public record Scores(double mrr, double recallAt5, double ndcgAt10, int queries, int missed) {
    }

    /** Ranked ids per query, in the same order as the queries. */
    public static Scores score(List<JudgedQuery> queries, List<List<String>> ranked) {
        double mrr = 0, r5 = 0, ndcg = 0;
        int missed = 0;
        for (int i = 0; i < queries.size(); i++) {
            Map<String, Integer> g = queries.get(i).grades();
            List<String> r = ranked.get(i);
            double rr = reciprocalRank(r, g);
            mrr += rr;
            r5 += recall(r, g, 5);
            ndcg += ndcg(r, g, 10);
            if (rr < 0.1) missed++;
        }
        int n = queries.size();
        return new Scores(mrr / n, r5 / n, ndcg / n, n, missed);
    }
}
