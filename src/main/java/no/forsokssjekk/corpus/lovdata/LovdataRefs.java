package no.forsokssjekk.corpus.lovdata;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.forsokssjekk.corpus.ProvisionId;

/**
 * Converts Lovdata's relative links ({@code lov/1992-06-26-87/§4/ledd/1/bokstav/a}) into our ids
 * ({@code LOV-1992-06-26-87/§4/ledd1/bokstavA}). Links to a chapter keep only the document; a sentence
 * ({@code setning}) is cited at its ledd; EU acts, treaties, attachments and web pages have no id of ours and are
 * dropped.
 */
public final class LovdataRefs {
    private static final Pattern DOCUMENT = Pattern.compile("(lov|forskrift)/(\\d{4}-\\d{2}-\\d{2}(?:-\\d+)?)(/.*)?");
    private static final Pattern LEDD = Pattern.compile("/ledd/(\\d{1,3})");
    private static final Pattern BOKSTAV = Pattern.compile("/bokstav/([A-Za-zÆØÅæøå])");
    private static final Pattern NUMMER = Pattern.compile("/nummer/(\\d{1,3})");
    /** An article of an incorporated act inside a law: gdpr/a15, eøsl/a4. */
    private static final Pattern EMBEDDED_ARTICLE = Pattern.compile("/([a-zæøå]+/a\\d+[a-z]?)(/.*)?");

    private LovdataRefs() {
    }

    /** The document id for a refid ({@code lov/1967-02-10} → {@code LOV-1967-02-10}), or empty. */
    public static Optional<String> documentId(String refid) {
        if (refid == null) return Optional.empty();
        Matcher m = DOCUMENT.matcher(strip(refid));
        if (!m.matches()) return Optional.empty();
        return Optional.of(prefix(m.group(1)) + m.group(2));
    }

    /**
     * Our id for a link: a provision id (§, ledd, bokstav or nummer level), a document id, or empty when the target
     * is not a Lovdata law or regulation.
     */
    public static Optional<String> toId(String href) {
        if (href == null) return Optional.empty();
        Matcher m = DOCUMENT.matcher(strip(href));
        if (!m.matches()) return Optional.empty();
        String doc = prefix(m.group(1)) + m.group(2);
        String rest = m.group(3) == null ? "" : m.group(3);
        if (rest.isEmpty() || rest.equals("/")) return Optional.of(doc);
        if (rest.startsWith("/§")) {
            int end = rest.indexOf('/', 1);
            String label = end < 0 ? rest.substring(1) : rest.substring(1, end);
            String tail = end < 0 ? "" : rest.substring(end);
            return section(doc, label, tail);
        }
        Matcher embedded = EMBEDDED_ARTICLE.matcher(rest);
        if (embedded.matches()) {
            return section(doc, embedded.group(1), embedded.group(2) == null ? "" : embedded.group(2));
        }
        return Optional.of(doc); // a chapter, part or annex: the document is what we can name
    }

    private static Optional<String> section(String doc, String label, String tail) {
        Optional<ProvisionId> section = ProvisionId.tryParse(doc + "/" + label);
        if (section.isEmpty() || !section.get().isSection()) return Optional.of(doc);
        ProvisionId id = section.get();
        Matcher ledd = LEDD.matcher(tail);
        if (ledd.lookingAt()) {
            int n = Integer.parseInt(ledd.group(1));
            if (n < 1) return Optional.of(id.toString());
            String after = tail.substring(ledd.end());
            Matcher b = BOKSTAV.matcher(after);
            if (b.lookingAt()) return Optional.of(id.withBokstav(n, b.group(1)).toString());
            Matcher nr = NUMMER.matcher(after);
            if (nr.lookingAt() && Integer.parseInt(nr.group(1)) > 0) {
                return Optional.of(id.withNr(n, Integer.parseInt(nr.group(1))).toString());
            }
            return Optional.of(id.withLedd(n).toString());
        }
        return Optional.of(id.toString());
    }

    private static String prefix(String kind) {
        return kind.equals("lov") ? "LOV-" : "FOR-";
    }

    private static String strip(String href) {
        String s = href.strip();
        int hash = s.indexOf('#');
        if (hash >= 0) s = s.substring(0, hash);
        if (s.startsWith("https://lovdata.no/")) s = s.substring("https://lovdata.no/".length());
        if (s.startsWith("/")) s = s.substring(1);
        if (s.contains("%")) {
            try {
                s = java.net.URLDecoder.decode(s, java.nio.charset.StandardCharsets.UTF_8);
            } catch (IllegalArgumentException ignored) {
                // not percent-encoded after all
            }
        }
        return s;
    }
}
