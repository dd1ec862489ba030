package no.forsokssjekk.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import no.forsokssjekk.corpus.DocumentInfo;
import no.forsokssjekk.corpus.LegalDocument;
import no.forsokssjekk.corpus.Ledd;
import no.forsokssjekk.corpus.Provision;
import no.forsokssjekk.corpus.ProvisionInfo;
import no.forsokssjekk.corpus.catalogue.LawName;

/**
 * The texts and facts of one § as the index sees them: Lovdata's text (when loaded) and our catalogue entry merged,
 * with the law's names and its filterable metadata.
 */
record IndexedProvision(
        String id,
        String documentKey,
        String title,
        String summary,
        String keywords,
        String chapter,
        String lawNames,
        List<String> leddTexts,
        List<Integer> leddNumbers,
        List<String> labels,
        List<String> ministries,
        List<String> areas,
        String sector,
        String kind,
        boolean repealed,
        float prior,
        int order,
        List<String> references) {

    static IndexedProvision of(ProvisionInfo p, LawNamesCache names, LocalDate today, int order) {
        DocumentInfo doc = p.document();
        Provision text = p.lovdataText().orElse(null);
        var entry = p.catalogueEntry().orElse(null);
        List<String> ledd = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        for (Ledd l : ledd(p)) {
            ledd.add(leddText(l));
            numbers.add(l.number());
        }
        String summary = summary(p);
        String keywords = entry == null ? "" : String.join(". ", entry.keywords().all());
        String chapter = text == null ? "" : String.join(". ", text.chapterPath());
        boolean repealedText = p.repealed();
        boolean documentOutOfForce = !documentInForce(doc, today);
        float prior = repealedText ? 0.15f : documentOutOfForce ? 0.3f : text != null && text.omitted() ? 0.5f : 1.0f;
        String label = p.id().label().toLowerCase(Locale.ROOT);
        Set<String> labels = new LinkedHashSet<>();
        labels.add(label.startsWith("§") ? label.substring(1) : label);
        List<String> ministries = new ArrayList<>();
        doc.ministry().ifPresent(ministries::add);
        doc.lovdataDocument().ifPresent(d -> d.ministries().forEach(m -> {
            if (!ministries.contains(m)) ministries.add(m);
        }));
        List<String> areas = doc.lovdataDocument().map(LegalDocument::legalAreas).orElse(List.of()).stream()
                .map(IndexedProvision::topArea).distinct().toList();
        String self = p.id().toString();
        List<String> references = text == null ? List.of() : text.references().stream()
                .map(r -> no.forsokssjekk.corpus.ProvisionId.tryParse(r).map(id -> id.section().toString()).orElse(null))
                .filter(r -> r != null && !r.equals(self)).distinct().toList();
        return new IndexedProvision(self, doc.key(), p.title(), summary, keywords, chapter,
                names.of(doc), ledd, numbers, List.copyOf(labels), ministries, areas, doc.sector().orElse(null),
                doc.kind().name(), repealedText || documentOutOfForce, prior, order, references);
    }

    /** The ledd of a § that are indexed (those with text), in order: the values of the body field. */
    static List<Ledd> ledd(ProvisionInfo p) {
        if (p.lovdataText().isEmpty()) return List.of();
        List<Ledd> out = new ArrayList<>();
        for (Ledd l : p.lovdataText().get().ledd()) if (!l.plainText().isBlank()) out.add(l);
        return out;
    }

    static String leddText(Ledd l) {
        return l.plainText().replace(Fields.LEDD_SEPARATOR, ' ');
    }

    /** The body field's text, exactly as indexed (the highlighter reads it back from the corpus, not from the index). */
    static String body(ProvisionInfo p) {
        StringBuilder sb = new StringBuilder();
        for (Ledd l : ledd(p)) {
            if (!sb.isEmpty()) sb.append(Fields.LEDD_SEPARATOR);
            sb.append(leddText(l));
        }
        return sb.toString();
    }

    /** The summary field's text, exactly as indexed: bokmål, then nynorsk. */
    static String summary(ProvisionInfo p) {
        return p.catalogueEntry().map(e -> join(e.summary().nb(), e.summary().nn())).orElse("");
    }

    private static boolean documentInForce(DocumentInfo doc, LocalDate today) {
        if (doc.catalogueEntry().isPresent()) return doc.inForceOn(today);
        return doc.lovdataDocument().map(d -> !d.pendingChange()).orElse(true);
    }

    /** "Forvaltnings- og kommunalrett > Offentlig forvaltning" → "Forvaltnings- og kommunalrett". */
    static String topArea(String area) {
        int cut = area.indexOf('>');
        return (cut < 0 ? area : area.substring(0, cut)).strip();
    }

    String body() {
        return String.join(String.valueOf(Fields.LEDD_SEPARATOR), leddTexts);
    }

    /** Everything a user might type a word of: the vocabulary is counted from it. */
    List<String> allText() {
        List<String> all = new ArrayList<>(leddTexts);
        all.add(title);
        all.add(summary);
        all.add(keywords);
        all.add(chapter);
        return all;
    }

    private static String join(String a, String b) {
        StringBuilder sb = new StringBuilder();
        if (a != null && !a.isBlank()) sb.append(a.strip());
        if (b != null && !b.isBlank()) sb.append(sb.isEmpty() ? "" : "\n").append(b.strip());
        return sb.toString();
    }

    /** The names of each law, computed once per document (every § of a law carries them). */
    static final class LawNamesCache {
        private final java.util.Map<String, String> byKey = new java.util.concurrent.ConcurrentHashMap<>();

        String of(DocumentInfo doc) {
            return byKey.computeIfAbsent(doc.key(), k -> {
                Set<String> names = new LinkedHashSet<>();
                names.add(doc.title());
                names.add(doc.citationName());
                doc.catalogueEntry().ifPresent(e -> {
                    if (e.shortTitle() != null) names.add(e.shortTitle());
                    for (LawName n : e.names()) names.add(n.name());
                });
                doc.lovdataDocument().ifPresent(d -> {
                    if (d.shortTitle() != null) names.add(d.shortTitle());
                    names.addAll(d.abbreviations());
                });
                return names.stream().filter(s -> s != null && !s.isBlank()).collect(Collectors.joining(". "));
            });
        }
    }
}
