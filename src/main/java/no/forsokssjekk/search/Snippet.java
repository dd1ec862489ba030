package no.forsokssjekk.search;

/**
 * The piece of text shown under a hit, with the matched words marked.
 *
 * @param html   the text, HTML-escaped, matched words in {@code <mark>…</mark>}; "…" where it was cut
 * @param text   the same text without marks
 * @param ledd   the ledd (1-based, as numbered in the §) the text comes from; null when it is our summary
 * @param source where the text comes from
 */
public record Snippet(String html, String text, Integer ledd, Source source) {
    public enum Source {
        /** The law's text (Lovdata). */
        LAW_TEXT,
        /** Our own summary (the catalogue). */
        SUMMARY
    }

    public static Snippet empty() {
        return new Snippet("", "", null, Source.LAW_TEXT);
    }
}
