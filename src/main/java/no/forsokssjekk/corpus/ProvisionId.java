package no.forsokssjekk.corpus;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one provision id used everywhere: catalogue, search hits, rule facts, findings and the API.
 *
 * <pre>
 * provisionId  := documentId ( "/" qualifier )* "/" sectionLabel ( "/ledd" N ( "/bokstav" LETTER | "/nr" N )? )?
 * documentId   := ("LOV" | "FOR") "-" YYYY "-" MM "-" DD ( "-" number )?        Lovdata's datokode
 * qualifier    := "nb" | "nn"                                                language version (Grunnloven)
 *               | ("del" | "kap" | "vedlegg") NAME                           part, where a document repeats a § label
 *               | "del." N                                                   Nth occurrence, when no named part differs
 * sectionLabel := Lovdata's § label (data-name): "§4", "§5-1", "§6a", "a1", "gdpr/a15"
 * </pre>
 *
 * Examples: {@code LOV-1992-06-26-87/§4}, {@code LOV-1992-06-26-87/§4/ledd1/bokstavB},
 * {@code LOV-1814-05-17/nn/§49}. A document-level reference (a law without a §) is a {@link DocumentRef}, not a
 * provision id.
 */
public final class ProvisionId implements Comparable<ProvisionId> {

    static final Pattern DOCUMENT_ID = Pattern.compile("(LOV|FOR)-(\\d{4})-(\\d{2})-(\\d{2})(?:-(\\d+))?");
    private static final Pattern QUALIFIER = Pattern.compile("nb|nn|(?:del|kap|vedlegg)[0-9A-Za-zÆØÅæøå.]+");
    private static final Pattern LEDD = Pattern.compile("ledd(\\d{1,3})");
    private static final Pattern BOKSTAV = Pattern.compile("bokstav([A-Za-zÆØÅæøå])");
    private static final Pattern NR = Pattern.compile("nr(\\d{1,3})");

    private final String documentId;
    private final List<String> qualifiers;
    private final String label;
    private final Integer ledd;
    private final String bokstav;
    private final Integer nr;
    private final String canonical;

    private ProvisionId(String documentId, List<String> qualifiers, String label, Integer ledd, String bokstav, Integer nr) {
        this.documentId = documentId;
        this.qualifiers = List.copyOf(qualifiers);
        this.label = label;
        this.ledd = ledd;
        this.bokstav = bokstav;
        this.nr = nr;
        StringBuilder sb = new StringBuilder(documentId);
        for (String q : this.qualifiers) sb.append('/').append(q);
        sb.append('/').append(label);
        if (ledd != null) sb.append("/ledd").append(ledd);
        if (bokstav != null) sb.append("/bokstav").append(bokstav);
        if (nr != null) sb.append("/nr").append(nr);
        this.canonical = sb.toString();
    }

    /** A §-level id. */
    public static ProvisionId of(String documentKey, String label) {
        DocumentRef doc = DocumentRef.parse(documentKey);
        return new ProvisionId(doc.documentId(), doc.qualifiers(), normaliseLabel(label), null, null, null);
    }

    /** Parses an id; throws {@link IllegalArgumentException} with a message that says what is accepted. */
    @JsonCreator
    public static ProvisionId parse(String text) {
        return tryParse(text).orElseThrow(() -> new IllegalArgumentException(
                "'" + text + "' is not a provision id; expected e.g. LOV-1992-06-26-87/§4 or "
                        + "LOV-1992-06-26-87/§4/ledd1/bokstavB"));
    }

    public static Optional<ProvisionId> tryParse(String text) {
        if (text == null) return Optional.empty();
        String s = text.strip();
        Matcher m = DOCUMENT_ID.matcher(s);
        if (!m.lookingAt() || m.end() >= s.length() || s.charAt(m.end()) != '/') return Optional.empty();
        String doc = m.group();
        String[] parts = s.substring(m.end() + 1).split("/", -1);
        int i = 0;
        java.util.ArrayList<String> qualifiers = new java.util.ArrayList<>();
        // a qualifier is only a qualifier if something (the label) follows it
        while (i < parts.length - 1 && QUALIFIER.matcher(parts[i]).matches()) qualifiers.add(parts[i++]);
        int end = parts.length;
        Integer ledd = null, nr = null;
        String bokstav = null;
        // trailing ledd/bokstav/nr
        if (end - i >= 2) {
            Matcher b = BOKSTAV.matcher(parts[end - 1]);
            Matcher n = NR.matcher(parts[end - 1]);
            Matcher l2 = LEDD.matcher(parts[end - 2]);
            if (l2.matches() && (b.matches() || n.matches())) {
                ledd = Integer.valueOf(l2.group(1));
                if (b.matches()) bokstav = b.group(1).toUpperCase(Locale.ROOT);
                else nr = Integer.valueOf(n.group(1));
                end -= 2;
            }
        }
        if (ledd == null && end - i >= 2) {
            Matcher l = LEDD.matcher(parts[end - 1]);
            if (l.matches()) {
                ledd = Integer.valueOf(l.group(1));
                end -= 1;
            }
        }
        if (end <= i) return Optional.empty();
        String label = String.join("/", java.util.Arrays.asList(parts).subList(i, end));
        if (label.isBlank() || label.contains(" ")) return Optional.empty();
        if (ledd != null && ledd < 1) return Optional.empty();
        if (nr != null && nr < 1) return Optional.empty();
        return Optional.of(new ProvisionId(doc, qualifiers, normaliseLabel(label), ledd, bokstav, nr));
    }

    /** "§ 4" / "§4" / "§ 6 a" → "§4" / "§6a"; other labels (a1, gdpr/a15) unchanged apart from spaces. */
    public static String normaliseLabel(String label) {
        String l = label.strip().replace("\u00a0", " ");
        if (l.startsWith("§")) return "§" + l.substring(1).replace(" ", "");
        return l.replace(" ", "");
    }

    public ProvisionId withLedd(int leddNumber) {
        return new ProvisionId(documentId, qualifiers, label, leddNumber, null, null);
    }

    public ProvisionId withBokstav(int leddNumber, String letter) {
        return new ProvisionId(documentId, qualifiers, label, leddNumber, letter.toUpperCase(Locale.ROOT), null);
    }

    public ProvisionId withNr(int leddNumber, int number) {
        return new ProvisionId(documentId, qualifiers, label, leddNumber, null, number);
    }

    /** The §-level id this id belongs to (itself when it is §-level). */
    public ProvisionId section() {
        return isSection() ? this : new ProvisionId(documentId, qualifiers, label, null, null, null);
    }

    public boolean isSection() {
        return ledd == null;
    }

    /** Lovdata datokode, e.g. {@code LOV-1992-06-26-87}. */
    public String documentId() {
        return documentId;
    }

    /** The document key: the datokode plus a language qualifier where there is one ({@code LOV-1814-05-17/nn}). */
    public String documentKey() {
        return qualifiers.contains("nn") ? documentId + "/nn" : documentId;
    }

    public List<String> qualifiers() {
        return qualifiers;
    }

    public String label() {
        return label;
    }

    public Optional<Integer> ledd() {
        return Optional.ofNullable(ledd);
    }

    public Optional<String> bokstav() {
        return Optional.ofNullable(bokstav);
    }

    public Optional<Integer> nr() {
        return Optional.ofNullable(nr);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProvisionId other && canonical.equals(other.canonical);
    }

    @Override
    public int hashCode() {
        return canonical.hashCode();
    }

    @Override
    public int compareTo(ProvisionId o) {
        return canonical.compareTo(o.canonical);
    }

    @JsonValue
    @Override
    public String toString() {
        return canonical;
    }

    /** A reference to a whole document (a law or regulation without a §), with an optional language qualifier. */
    public record DocumentRef(String documentId, List<String> qualifiers) {
        public DocumentRef {
            Objects.requireNonNull(documentId);
            qualifiers = List.copyOf(qualifiers);
        }

        public static DocumentRef parse(String key) {
            String[] parts = key.strip().split("/");
            if (!DOCUMENT_ID.matcher(parts[0]).matches()) {
                throw new IllegalArgumentException("'" + key + "' is not a Lovdata document id; expected e.g. "
                        + "LOV-1992-06-26-87, LOV-1967-02-10 or FOR-2015-03-20-231");
            }
            List<String> q = java.util.Arrays.asList(parts).subList(1, parts.length);
            for (String s : q) {
                if (!QUALIFIER.matcher(s).matches()) {
                    throw new IllegalArgumentException("'" + key + "': unknown qualifier '" + s + "'; accepted: nb, nn, "
                            + "del…, kap…, vedlegg…");
                }
            }
            return new DocumentRef(parts[0], q);
        }

        public static boolean isDocumentId(String s) {
            return s != null && DOCUMENT_ID.matcher(s.strip()).matches();
        }

        public String key() {
            return qualifiers.isEmpty() ? documentId : documentId + "/" + String.join("/", qualifiers);
        }
    }
}
