package no.forsokssjekk.citation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.forsokssjekk.corpus.Corpus;
import no.forsokssjekk.corpus.DocumentInfo;
import no.forsokssjekk.corpus.DocumentKind;
import no.forsokssjekk.corpus.LegalDocument;
import no.forsokssjekk.corpus.catalogue.LawEntry;
import no.forsokssjekk.corpus.catalogue.LawName;

/**
 * Every name a user may type for a law or regulation, resolved by date: our curated names (legal-corpus/laws/) plus
 * Lovdata's short titles and abbreviations. "forvaltningsloven" means LOV-1967-02-10 until LOV-2025-06-20-81 enters
 * into force; "opplæringslova" means LOV-1998-07-17-61 until 2024-07-31 and LOV-2023-06-09-30 from 2024-08-01.
 */
public final class LawNameIndex {

    /** One way a name can point at a document, with the name's own validity (null dates: always). */
    record Binding(String documentKey, LawName name, boolean curated) {
    }

    /** The result of resolving a name on a date. */
    public record NameResolution(DocumentInfo document, Status status, DocumentInfo successor,
                                 List<DocumentInfo> alternatives) {
        public enum Status {
            /** The document the name means on that date, in force that day. */
            IN_FORCE,
            /** The name points only at a document repealed before the date (see successor). */
            REPEALED,
            /** The name points only at a document not yet in force on the date. */
            NOT_YET_IN_FORCE
        }
    }

    private final Corpus corpus;
    private final Map<String, List<Binding>> byName = new HashMap<>();
    private final List<String> names;
    /** names by length, so fuzzy lookup compares only names of about the same length */
    private final Map<Integer, List<String>> namesByLength = new HashMap<>();

    public LawNameIndex(Corpus corpus) {
        this.corpus = corpus;
        for (LawEntry e : corpus.catalogue().laws()) {
            if (e.shortTitle() != null) add(e.shortTitle(), e.id(), new LawName(e.shortTitle(), e.language(), null, null), true);
            add(e.title(), e.id(), new LawName(e.title(), e.language(), null, null), true);
            for (LawName n : e.names()) add(n.name(), e.id(), n, true);
        }
        corpus.lovdata().documents().forEach(this::addLovdata);
        this.names = List.copyOf(byName.keySet());
        for (String n : names) namesByLength.computeIfAbsent(n.length(), k -> new ArrayList<>()).add(n);
    }

    private void addLovdata(LegalDocument d) {
        if (d.pendingChange()) return; // amending acts are not what users cite
        if (d.shortTitle() != null && !d.shortTitle().isBlank()) {
            add(d.shortTitle(), d.key(), new LawName(d.shortTitle(), null, null, null), false);
        }
        for (String a : d.abbreviations()) add(a, d.key(), new LawName(a, null, null, null), false);
        add(d.title(), d.key(), new LawName(d.title(), null, null, null), false);
    }

    private void add(String name, String key, LawName binding, boolean curated) {
        if (name == null || name.isBlank()) return;
        for (String n : variants(name)) {
            List<Binding> list = byName.computeIfAbsent(n, k -> new ArrayList<>());
            boolean duplicate = list.stream().anyMatch(b -> b.documentKey().equals(key) && b.curated() == curated
                    && java.util.Objects.equals(b.name().validFrom(), binding.validFrom())
                    && java.util.Objects.equals(b.name().validTo(), binding.validTo()));
            if (!duplicate) list.add(new Binding(key, binding, curated));
        }
    }

    /** Lower case, no trailing full stop, single spaces; plus an ASCII-folded variant (ae/oe/aa). */
    static Set<String> variants(String name) {
        Set<String> out = new LinkedHashSet<>();
        String n = normalise(name);
        out.add(n);
        out.add(fold(n));
        return out;
    }

    static String normalise(String name) {
        String n = CitationParser.normalise(name);
        while (n.endsWith(".")) n = n.substring(0, n.length() - 1).strip();
        return TRAILING_STOP.matcher(STOP.matcher(n).replaceAll(". ").replace(" .", ".").strip()).replaceAll("");
    }

    private static final java.util.regex.Pattern STOP = java.util.regex.Pattern.compile("\\s*\\.\\s*");
    private static final java.util.regex.Pattern TRAILING_STOP = java.util.regex.Pattern.compile("\\.$");

    static String fold(String n) {
        return n.replace("æ", "ae").replace("ø", "oe").replace("å", "aa").replace("é", "e");
    }

    /** Exact (normalised) name lookup, resolved by date. */
    public Optional<NameResolution> resolve(String name, LocalDate date) {
        if (name == null) return Optional.empty();
        String n = normalise(name);
        List<Binding> bindings = byName.getOrDefault(n, byName.get(fold(n)));
        if (bindings == null || bindings.isEmpty()) return ofYear(n, date);
        return choose(bindings, date);
    }

    /** "opplæringslova av 1998", "opplæringsloven (1998)", "barnevernloven 1992": a name and the year of the act. */
    private static final java.util.regex.Pattern NAME_AND_YEAR = java.util.regex.Pattern.compile(
            "^(.+?)\\s*,?\\s*(?:\\(|\\bav\\s+|\\bfra\\s+|\\bfrå\\s+)?((?:18|19|20)\\d{2})\\)?$");

    /**
     * A name with the year of the act it means: among the acts that have carried the name, the one of that year, on
     * any date (so a repealed act is named as such, with its successor). Empty when no act of that year has the name.
     */
    private Optional<NameResolution> ofYear(String n, LocalDate date) {
        java.util.regex.Matcher m = NAME_AND_YEAR.matcher(n);
        if (!m.matches()) return Optional.empty();
        String bare = m.group(1).strip();
        List<Binding> bindings = byName.getOrDefault(bare, byName.get(fold(bare)));
        if (bindings == null) return Optional.empty();
        String year = "-" + m.group(2) + "-";
        List<Binding> ofYear = bindings.stream().filter(b -> b.documentKey().startsWith("LOV" + year)
                || b.documentKey().startsWith("FOR" + year)).toList();
        return ofYear.isEmpty() ? Optional.empty() : choose(ofYear, date);
    }

    private static final java.util.regex.Pattern LAWLIKE = java.util.regex.Pattern.compile(
            ".*(lov|loven|lova|lovi|lover|forskrift|forskriften|forskrifta|forskrifter|reglement|reglementet)$");

    /**
     * Whether text ends like the name of a law or regulation ("…loven", "…lova", "…forskriften"): only such text is
     * worth comparing with every name for typing errors.
     */
    public static boolean looksLikeLawName(String text) {
        return text != null && LAWLIKE.matcher(normalise(text)).matches();
    }

    /** Like {@link #resolve}, but tolerates one or two typing errors in longer names ("barnehagloven"). */
    public Optional<NameResolution> resolveFuzzy(String name, LocalDate date) {
        Optional<NameResolution> exact = resolve(name, date);
        if (exact.isPresent() || name == null) return exact;
        String n = fold(normalise(name));
        if (n.length() < 6) return Optional.empty();
        int allowed = n.length() >= 10 ? 2 : 1;
        String best = null;
        int bestEdits = allowed + 1;
        for (int len = n.length() - allowed; len <= n.length() + allowed; len++) {
            for (String candidate : namesByLength.getOrDefault(len, List.of())) {
                int edits = no.forsokssjekk.text.EditDistance.within(n, candidate, Math.min(allowed, bestEdits));
                if (edits < bestEdits && !otherNameSameEnding(n, candidate, edits)) {
                    best = candidate;
                    bestEdits = edits;
                }
            }
        }
        return best == null ? Optional.empty() : choose(byName.get(best), date);
    }

    /** The endings law names share: an error there is cheap, an error in what comes before is another law. */
    private static final List<String> COMMON_ENDINGS = List.of("forskriften", "forskrifta", "forskrift", "loven", "lova",
            "lov");

    /**
     * Two names with the same common ending whose distinctive beginnings differ by more than a typing error in a word
     * of that length ("skoleforskriften" is not "skiltforskriften": "skole" and "skilt" are two errors apart in five
     * letters): one error in a beginning of up to seven letters, two in a longer one.
     */
    static boolean otherNameSameEnding(String typed, String name, int edits) {
        for (String ending : COMMON_ENDINGS) {
            if (typed.endsWith(ending) && name.endsWith(ending)) {
                String a = typed.substring(0, typed.length() - ending.length());
                String b = name.substring(0, name.length() - ending.length());
                int allowed = Math.max(a.length(), b.length()) >= 8 ? 2 : 1;
                return no.forsokssjekk.text.EditDistance.within(a, b, allowed) > allowed;
            }
        }
        return false;
    }

    private Optional<NameResolution> choose(List<Binding> bindings, LocalDate date) {
        List<DocumentInfo> docs = new ArrayList<>();
        List<DocumentInfo> inForce = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (Binding b : bindings) {
            Optional<DocumentInfo> d = corpus.document(b.documentKey());
            // compare by key: a DocumentInfo carries the whole Lovdata document, and equals would compare all of it
            if (d.isEmpty() || !seen.add(d.get().key())) continue;
            docs.add(d.get());
            if (b.name().validOn(date) && d.get().inForceOn(date)) inForce.add(d.get());
        }
        if (docs.isEmpty()) return Optional.empty();
        Comparator<DocumentInfo> preference = Comparator
                .comparing((DocumentInfo d) -> d.catalogueEntry().isEmpty())      // curated first
                .thenComparing(d -> d.kind() != DocumentKind.LAW)                 // laws before regulations
                .thenComparing(DocumentInfo::documentId, Comparator.reverseOrder()); // newest first
        if (!inForce.isEmpty()) {
            inForce.sort(preference);
            return Optional.of(new NameResolution(inForce.get(0), NameResolution.Status.IN_FORCE, null,
                    inForce.subList(1, inForce.size())));
        }
        // nothing in force that day: the most recently repealed one (pointing to its successor), else one not yet in force
        Optional<DocumentInfo> repealed = docs.stream()
                .filter(d -> d.catalogueEntry().map(e -> e.validTo() != null && date.isAfter(e.validTo())).orElse(false))
                .max(Comparator.comparing(d -> d.catalogueEntry().get().validTo()));
        if (repealed.isPresent()) {
            DocumentInfo successor = repealed.get().catalogueEntry().map(LawEntry::successor)
                    .flatMap(corpus::document).orElse(null);
            return Optional.of(new NameResolution(repealed.get(), NameResolution.Status.REPEALED, successor, List.of()));
        }
        docs.sort(preference);
        return Optional.of(new NameResolution(docs.get(0), NameResolution.Status.NOT_YET_IN_FORCE, null, List.of()));
    }

    /** Names starting with a prefix (for autocomplete), shortest first. */
    public List<String> namesStartingWith(String prefix, int limit) {
        String p = normalise(prefix);
        return names.stream().filter(n -> n.startsWith(p)).sorted(Comparator.comparingInt(String::length)
                .thenComparing(Comparator.naturalOrder())).limit(limit).toList();
    }

    public List<String> allNames() {
        return names;
    }

}
