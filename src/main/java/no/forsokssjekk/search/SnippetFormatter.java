package no.forsokssjekk.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Formats the best passage of a field (a ledd: passages break at {@link Fields#LEDD_SEPARATOR}) as a {@link Raw}
 * snippet: the ledd's index in the stored text, and a window of the ledd around its first match, cut at word
 * boundaries, with the matched words marked. Thread-safe (stateless).
 */
final class SnippetFormatter extends PassageFormatter {
    /** Longest snippet shown, in characters of text. */
    static final int WINDOW = 260;
    static final int BEFORE_FIRST_MATCH = 60;

    /** A formatted passage: which value of the field (ledd index, 0-based) it came from and whether it matched. */
    record Raw(int leddIndex, String marked, String html, String text, boolean matched) {
    }

    @Override
    public Object format(Passage[] passages, String content) {
        if (passages.length == 0) return null;
        Passage p = passages[0];
        int start = p.getStartOffset();
        int end = p.getEndOffset();
        // the passage may include its separator; keep to the ledd itself
        while (start < end && content.charAt(start) == Fields.LEDD_SEPARATOR) start++;
        while (end > start && content.charAt(end - 1) == Fields.LEDD_SEPARATOR) end--;
        int leddIndex = 0;
        for (int i = 0; i < start; i++) if (content.charAt(i) == Fields.LEDD_SEPARATOR) leddIndex++;

        int from = start;
        int to = end;
        if (end - start > WINDOW) {
            int firstMatch = p.getNumMatches() > 0 ? p.getMatchStarts()[0] : start;
            from = Math.max(start, firstMatch - BEFORE_FIRST_MATCH);
            if (from > start) from = wordStart(content, from, start);
            to = Math.min(end, from + WINDOW);
            if (to < end) to = wordEnd(content, to, from);
        }
        StringBuilder marked = new StringBuilder();
        StringBuilder html = new StringBuilder();
        StringBuilder text = new StringBuilder();
        if (from > start) {
            marked.append("… ");
            html.append("… ");
            text.append("… ");
        }
        int pos = from;
        for (int m = 0; m < p.getNumMatches(); m++) {
            int ms = Math.max(p.getMatchStarts()[m], pos);
            int me = Math.min(p.getMatchEnds()[m], to);
            if (me <= ms || ms >= to) continue;
            append(content, pos, ms, marked, html, text);
            marked.append("<mark>");
            html.append("<mark>");
            append(content, ms, me, marked, html, text);
            marked.append("</mark>");
            html.append("</mark>");
            pos = me;
        }
        append(content, pos, to, marked, html, text);
        if (to < end) {
            marked.append(" …");
            html.append(" …");
            text.append(" …");
        }
        return new Raw(leddIndex, marked.toString().strip(), html.toString().strip(), text.toString().strip(),
                p.getNumMatches() > 0);
    }

    private static void append(String content, int from, int to, StringBuilder marked, StringBuilder html,
                               StringBuilder text) {
        for (int i = from; i < to; i++) {
            char c = content.charAt(i);
            text.append(c);
            marked.append(c);
            switch (c) {
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '&' -> html.append("&amp;");
                case '"' -> html.append("&quot;");
                default -> html.append(c);
            }
        }
    }

    private static int wordStart(String s, int i, int min) {
        while (i > min && !Character.isWhitespace(s.charAt(i - 1))) i--;
        return i;
    }

    private static int wordEnd(String s, int i, int min) {
        int j = i;
        while (j > min && !Character.isWhitespace(s.charAt(j - 1))) j--;
        return j > min + 20 ? j - 1 : i;
    }
}
