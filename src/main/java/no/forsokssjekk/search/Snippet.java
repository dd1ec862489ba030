package no.forsokssjekk.search;

/**
 * The piece of text shown under a hit, with the matched words marked.
 *
 * @param marked the text with the matched words between {@code <mark>} and {@code </mark>}; all other text is
 *               plain (never HTML); "…" where it was cut
 * @param html   the same, HTML-escaped apart from the marks (ready for a page)
 * @param text   the same text without marks
 * @param ledd   the ledd (1-based, as numbered in the §) the text comes from; null when it is our summary
 * @param source where the text comes from
 */
public record Snippet(String marked, String html, String text, Integer ledd, Source source) {
    public enum Source {
        /** The law's text (Lovdata). */
        LAW_TEXT,
        /** Our own summary (the catalogue). */
        SUMMARY
    }

    public static Snippet empty() {
        return new Snippet("", "", "", null, Source.LAW_TEXT);
    }

    /** A snippet without marks (a cited or listed §). */
    static Snippet plain(String text, Integer ledd, Source source) {
        return new Snippet(text, escape(text), text, ledd, source);
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
