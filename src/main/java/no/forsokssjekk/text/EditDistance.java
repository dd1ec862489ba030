package no.forsokssjekk.text;

import java.util.Arrays;

/**
 * Edit distance for typing errors, bounded: letters left out, added, changed or swapped with their neighbour
 * ("kordinator", "utvidlse", "taushetplikt") each count one. Only the cells within {@code max} of the diagonal are
 * computed, so comparing a word with thousands of candidates stays cheap.
 */
public final class EditDistance {
    /** Three rows of the table, reused per thread: a lookup compares thousands of candidates. */
    private static final ThreadLocal<int[][]> ROWS = ThreadLocal.withInitial(() -> new int[][] {new int[64], new int[64], new int[64]});

    private EditDistance() {
    }

    /**
     * The optimal-string-alignment distance between a and b when it is at most {@code max}, else {@code max + 1}.
     */
    public static int within(CharSequence a, CharSequence b, int max) {
        int n = a.length(), m = b.length();
        if (Math.abs(n - m) > max) return max + 1;
        int big = max + 1;
        int[][] rows = ROWS.get();
        if (rows[0].length < m + 1) {
            rows = new int[][] {new int[m + 16], new int[m + 16], new int[m + 16]};
            ROWS.set(rows);
        }
        int[] prev2 = rows[0], prev = rows[1], cur = rows[2];
        Arrays.fill(prev2, 0, m + 1, big);
        for (int j = 0; j <= m; j++) prev[j] = j <= max ? j : big;
        for (int i = 1; i <= n; i++) {
            int from = Math.max(1, i - max), to = Math.min(m, i + max);
            Arrays.fill(cur, 0, m + 1, big);
            if (i <= max) cur[0] = i;
            int rowMin = cur[0];
            char ca = a.charAt(i - 1);
            for (int j = from; j <= to; j++) {
                char cb = b.charAt(j - 1);
                int cost = ca == cb ? 0 : 1;
                int v = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && ca == b.charAt(j - 2) && a.charAt(i - 2) == cb) v = Math.min(v, prev2[j - 2] + 1);
                cur[j] = Math.min(v, big);
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (rowMin > max) return big;
            int[] t = prev2;
            prev2 = prev;
            prev = cur;
            cur = t;
        }
        return Math.min(prev[m], big);
    }
}
