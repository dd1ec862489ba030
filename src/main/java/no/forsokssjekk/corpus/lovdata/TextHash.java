package no.forsokssjekk.corpus.lovdata;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Set;

/**
 * The § text hash that catalogue classifications are pinned to (legal-corpus/README.md, "textHash"): the first 16 hex
 * characters of SHA-256 over all text inside the {@code article.legalArticle}, except its heading
 * ({@code legalArticleHeader}), {@code article.changesToParent}, {@code footer.footnotes},
 * {@code sup.footnotereference} and nested {@code legalArticle}s; Unicode NFC; every whitespace character removed.
 *
 * <p>"Whitespace" is exactly what Python's {@code \s} matches in a str pattern (the reference implementation is
 * {@code text_hash} in the developers' lovdata.py): besides the ASCII ones it includes U+001C–U+001F, U+0085, the
 * no-break spaces U+00A0, U+2007 and U+202F, and the other Unicode spaces. Java's {@code Character.isWhitespace}
 * differs (it leaves out the no-break spaces), so the set is spelled out here.
 */
public final class TextHash {
    /** Classes whose whole element is left out of the hashed text. */
    static final Set<String> EXCLUDED_CLASSES =
            Set.of("legalArticleHeader", "changesToParent", "footnotes", "footnotereference", "legalArticle");

    private TextHash() {
    }

    /** The hash of a § as Lovdata publishes it. */
    static String of(Markup.Element legalArticle) {
        StringBuilder text = new StringBuilder(1024);
        appendHashedText(legalArticle, text);
        return ofText(text);
    }

    /** The hash of a text already extracted by the rules above: NFC, whitespace removed, SHA-256, 16 hex chars. */
    public static String ofText(CharSequence text) {
        String s = text.toString();
        if (!Normalizer.isNormalized(s, Normalizer.Form.NFC)) s = Normalizer.normalize(s, Normalizer.Form.NFC);
        StringBuilder compact = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isPythonWhitespace(c)) compact.append(c);
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] digest = sha.digest(compact.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static void appendHashedText(Markup.Element element, StringBuilder out) {
        for (Object child : element.children) {
            if (child instanceof String s) {
                out.append(s);
            } else {
                Markup.Element e = (Markup.Element) child;
                if (!e.hasAnyClass(EXCLUDED_CLASSES)) appendHashedText(e, out);
            }
        }
    }

    /** Python's {@code str.isspace()} for the Basic Multilingual Plane (there are no whitespace characters above it). */
    static boolean isPythonWhitespace(char c) {
        if (c <= 0x20) return c == ' ' || (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x1f);
        if (c < 0x85) return false;
        return c == 0x85 || c == 0xa0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200a) || c == 0x2028 || c == 0x2029
                || c == 0x202f || c == 0x205f || c == 0x3000;
    }
}
