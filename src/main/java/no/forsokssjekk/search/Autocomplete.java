package no.forsokssjekk.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.forsokssjekk.citation.CitationResolver;
import no.forsokssjekk.citation.LawNameIndex;
import no.forsokssjekk.corpus.Citations;
import no.forsokssjekk.corpus.Corpus;
import no.forsokssjekk.corpus.DocumentInfo;
import no.forsokssjekk.corpus.DocumentKind;
import no.forsokssjekk.corpus.LegalDocument;
import no.forsokssjekk.corpus.Provision;
import no.forsokssjekk.corpus.ProvisionId;
import no.forsokssjekk.corpus.catalogue.ProvisionEntry;

/**
 * Autocomplete for what users start typing: law names ("barneh" → barnehageloven, "fvl" → forvaltningsloven) and
 * citations ("oppl § 14" → opplæringslova § 14-1, § 14-2 …). Uses the same law names and date rules as the citation
 * resolver. Thread-safe.
 */
final class Autocomplete {
    /** "<law> § 14", "<law> §", "<law> 14-" : a law name followed by a § mark and/or the start of a number. */
    private static final Pattern CITATION_PREFIX = Pattern.compile(
            "^(.*?\\p{L}[\\p{L}.\\s-]*?)\\s*(?:(§§?|paragraf)\\s*(\\d[\\da-z-]*)?|(\\d[\\da-z-]*))$");

    private final Corpus corpus;
    private final CitationResolver citations;

    Autocomplete(Corpus corpus, CitationResolver citations) {
        this.corpus = corpus;
        this.citations = citations;
    }

    List<Suggestion> suggest(String prefix, int limit, LocalDate date) {
        String p = prefix.toLowerCase(Locale.ROOT).replace('\u00a0', ' ').replaceAll("\\s+", " ").stripLeading();
        Matcher m = CITATION_PREFIX.matcher(p.strip());
        if (m.matches()) {
            String number = m.group(3) != null ? m.group(3) : m.group(4);
            boolean mark = m.group(2) != null;
            Optional<LawNameIndex.NameResolution> law = citations.names().resolveFuzzy(m.group(1).strip(), date);
            if (law.isPresent() && (mark || number != null)) {
                return provisions(law.get().document(), number == null ? "" : number, limit);
            }
        }
        return laws(p.strip(), limit, date);
    }

    private List<Suggestion> provisions(DocumentInfo doc, String numberPrefix, int limit) {
        List<Suggestion> out = new ArrayList<>();
        List<ProvisionId> ids = new ArrayList<>();
        Map<ProvisionId, String> titles = new LinkedHashMap<>();
        Map<ProvisionId, String> numbers = new LinkedHashMap<>();
        if (doc.lovdataDocument().isPresent()) {
            for (Provision pr : doc.lovdataDocument().map(LegalDocument::provisions).orElse(List.of())) {
                ids.add(pr.id());
                titles.put(pr.id(), pr.title());
                numbers.put(pr.id(), pr.displayNumber());
            }
        } else {
            corpus.catalogue().provisions().stream().filter(e -> e.id().documentKey().equals(doc.key()))
                    .forEach((ProvisionEntry e) -> {
                        ids.add(e.id());
                        titles.put(e.id(), e.title());
                        numbers.put(e.id(), Citations.displayLabel(e.id().label()));
                    });
        }
        for (ProvisionId id : ids) {
            String label = id.label().startsWith("§") ? id.label().substring(1) : id.label();
            if (!label.toLowerCase(Locale.ROOT).startsWith(numberPrefix)) continue;
            String number = numbers.get(id) == null || numbers.get(id).isBlank()
                    ? Citations.displayLabel(id.label()) : numbers.get(id);
            String title = titles.getOrDefault(id, "");
            out.add(new Suggestion(Suggestion.Kind.PROVISION, doc.citationName() + " " + number,
                    number + (title.isBlank() ? "" : " " + title), id.toString()));
            if (out.size() >= limit) break;
        }
        return out;
    }

    private List<Suggestion> laws(String prefix, int limit, LocalDate date) {
        if (prefix.length() < 2) return List.of();
        Map<String, Candidate> best = new LinkedHashMap<>();
        for (String name : citations.names().allNames()) {
            int at = name.startsWith(prefix) ? 0 : name.indexOf(" " + prefix);
            if (at < 0) continue;
            Optional<LawNameIndex.NameResolution> r = citations.names().resolve(name, date);
            if (r.isEmpty()) continue;
            DocumentInfo doc = r.get().document();
            Candidate c = new Candidate(name, doc, at == 0, r.get().status() == LawNameIndex.NameResolution.Status.IN_FORCE);
            best.merge(doc.key(), c, (a, b) -> Candidate.ORDER.compare(a, b) <= 0 ? a : b);
        }
        return best.values().stream().sorted(Candidate.ORDER).limit(limit)
                .map(c -> new Suggestion(Suggestion.Kind.LAW, c.name(), c.document().title(), c.document().key()))
                .toList();
    }

    private record Candidate(String name, DocumentInfo document, boolean startsWith, boolean inForce) {
        static final Comparator<Candidate> ORDER = Comparator
                .comparing((Candidate c) -> !c.startsWith())
                .thenComparing(c -> !c.inForce())
                .thenComparing(c -> c.document().catalogueEntry().isEmpty())   // curated laws are the ones municipalities use
                .thenComparing(c -> c.document().kind() != DocumentKind.LAW)
                // the law's own short title (bokmål for a bokmål act) before shorter aliases such as a nynorsk name
                .thenComparing(c -> !c.name().equalsIgnoreCase(c.document().citationName()))
                .thenComparingInt(c -> c.name().length())
                .thenComparing(Candidate::name);
    }
}
