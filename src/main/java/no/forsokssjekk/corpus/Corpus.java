package no.forsokssjekk.corpus;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import no.forsokssjekk.corpus.catalogue.Catalogue;
import no.forsokssjekk.corpus.catalogue.LawEntry;
import no.forsokssjekk.corpus.catalogue.ProvisionEntry;

/**
 * Everything the engine knows about the legislation: our catalogue and, when imported, Lovdata's public data.
 * Immutable and thread-safe.
 */
public final class Corpus {
    private final Catalogue catalogue;
    private final LovdataDocuments lovdata;
    private final Map<String, DocumentInfo> documents;

    public Corpus(Catalogue catalogue, LovdataDocuments lovdata) {
        this.catalogue = catalogue;
        this.lovdata = lovdata;
        Map<String, DocumentInfo> docs = new LinkedHashMap<>();
        lovdata.documents().forEach(d -> docs.put(d.key(), new DocumentInfo(d.key(),
                catalogue.law(d.key()).orElse(null), d)));
        for (LawEntry e : catalogue.laws()) docs.putIfAbsent(e.id(), new DocumentInfo(e.id(), e, null));
        this.documents = Map.copyOf(docs);
    }

    public Catalogue catalogue() {
        return catalogue;
    }

    public LovdataDocuments lovdata() {
        return lovdata;
    }

    public Optional<DocumentInfo> document(String key) {
        return Optional.ofNullable(documents.get(key));
    }

    public Stream<DocumentInfo> documents() {
        return documents.values().stream();
    }

    /** A § (ledd-level ids give their §), known from Lovdata's text or from our catalogue. */
    public Optional<ProvisionInfo> provision(ProvisionId id) {
        ProvisionId section = id.section();
        DocumentInfo doc = documents.get(section.documentKey());
        if (doc == null) return Optional.empty();
        Provision text = lovdata.provision(section).orElse(null);
        ProvisionEntry entry = catalogue.provision(section).orElse(null);
        if (text == null && entry == null) return Optional.empty();
        return Optional.of(new ProvisionInfo(section, doc, text, entry));
    }

    /** The §§ of one law or regulation, in its own order (Lovdata's text), then the catalogue's entries it lacks. */
    public List<ProvisionInfo> provisionsOf(String documentKey) {
        DocumentInfo doc = documents.get(documentKey);
        if (doc == null) return List.of();
        List<ProvisionInfo> out = new java.util.ArrayList<>();
        doc.lovdataDocument().ifPresent(d -> d.provisions().forEach(p ->
                out.add(new ProvisionInfo(p.id(), doc, p, catalogue.provision(p.id()).orElse(null)))));
        List<ProvisionInfo> catalogueOnly = new java.util.ArrayList<>();
        for (ProvisionEntry e : catalogue.provisions()) {
            if (e.id().documentKey().equals(documentKey) && lovdata.provision(e.id()).isEmpty()) {
                catalogueOnly.add(new ProvisionInfo(e.id(), doc, null, e));
            }
        }
        catalogueOnly.sort(java.util.Comparator.comparing(p -> p.id().label(), Corpus::compareLabels));
        out.addAll(catalogueOnly);
        return out;
    }

    /** "§2" before "§2a" before "§10"; "§17-2" before "§17-11": the law's own order of § labels. */
    static int compareLabels(String a, String b) {
        java.util.regex.Matcher x = LABEL_PART.matcher(a), y = LABEL_PART.matcher(b);
        while (true) {
            boolean fx = x.find(), fy = y.find();
            if (!fx || !fy) return Boolean.compare(fx, fy);
            String px = x.group(), py = y.group();
            boolean nx = Character.isDigit(px.charAt(0)), ny = Character.isDigit(py.charAt(0));
            int c = nx && ny ? Long.compare(Long.parseLong(px), Long.parseLong(py))
                    : nx != ny ? (nx ? -1 : 1) : px.compareTo(py);
            if (c != 0) return c;
        }
    }

    private static final java.util.regex.Pattern LABEL_PART = java.util.regex.Pattern.compile("\\d{1,9}|\\p{L}+");

    /** Every § known: all of Lovdata's (when loaded) and the catalogue's entries that Lovdata lacks. */
    public Stream<ProvisionInfo> provisions() {
        Stream<ProvisionInfo> fromLovdata = lovdata.documents().flatMap(d -> d.provisions().stream()
                .map(p -> new ProvisionInfo(p.id(), documents.get(d.key()), p,
                        catalogue.provision(p.id()).orElse(null))));
        Stream<ProvisionInfo> catalogueOnly = catalogue.provisions().stream()
                .filter(e -> lovdata.provision(e.id()).isEmpty())
                .flatMap(e -> document(e.id().documentKey()).stream().map(d -> new ProvisionInfo(e.id(), d, null, e)));
        return Stream.concat(fromLovdata, catalogueOnly);
    }

    /** The citation of any id, in the law's own numbering ("forsøksloven § 4 første ledd bokstav b"). */
    public String citation(ProvisionId id, Language language) {
        Optional<ProvisionInfo> p = provision(id);
        DocumentInfo doc = p.map(ProvisionInfo::document)
                .or(() -> document(id.documentKey()))
                .orElse(new DocumentInfo(id.documentKey(), null, null));
        String number = p.map(ProvisionInfo::displayNumber).orElse(Citations.displayLabel(id.label()));
        return Citations.cite(id, doc, number, language);
    }
}
