package no.forsokssjekk.citation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import no.forsokssjekk.corpus.Corpus;
import no.forsokssjekk.corpus.DocumentInfo;
import no.forsokssjekk.corpus.LegalDocument;
import no.forsokssjekk.corpus.Provision;
import no.forsokssjekk.corpus.ProvisionId;

/**
 * Resolves what users type ("oppl. § 14-3", "bhl § 26 første ledd", "LOV-2005-06-17-64/§26", "kommuneloven") to
 * provision ids, by date. Thread-safe; built once per corpus.
 */
public final class CitationResolver {
    private final Corpus corpus;
    private final CitationParser parser = new CitationParser();
    private final LawNameIndex names;

    public CitationResolver(Corpus corpus) {
        this.corpus = corpus;
        this.names = new LawNameIndex(corpus);
    }

    public CitationParser parser() {
        return parser;
    }

    public LawNameIndex names() {
        return names;
    }

    /** Resolves a citation, an id or a law name on a date. */
    public CitationResolution resolve(String text, LocalDate date) {
        Optional<ParsedCitation> parsed = parser.parse(text);
        if (parsed.isEmpty()) {
            // a law named alone ("kommuneloven", "forskrift om pedagogisk bemanning")
            ParsedCitation lawOnly = parser.lawOnly(text);
            return lawOnly.law().flatMap(l -> names.resolveFuzzy(l, date))
                    .map(r -> new CitationResolution(text, CitationResolution.Status.DOCUMENT_ONLY, r.document(),
                            List.of(), CitationResolution.Existence.CONFIRMED, r.status(), r.successor()))
                    .orElseGet(() -> new CitationResolution(text, CitationResolution.Status.NOT_A_CITATION, null,
                            List.of(), CitationResolution.Existence.NOT_FOUND, null, null));
        }
        return resolve(parsed.get(), date);
    }

    public CitationResolution resolve(ParsedCitation c, LocalDate date) {
        DocumentInfo doc;
        LawNameIndex.NameResolution.Status lawStatus;
        DocumentInfo successor = null;
        if (c.documentId() != null) {
            Optional<DocumentInfo> d = corpus.document(c.documentId());
            if (d.isEmpty()) return unknownLaw(c);
            doc = d.get();
            lawStatus = doc.inForceOn(date) ? LawNameIndex.NameResolution.Status.IN_FORCE : statusOutOfForce(doc, date);
            if (lawStatus == LawNameIndex.NameResolution.Status.REPEALED) {
                successor = doc.catalogueEntry().map(e -> e.successor()).flatMap(corpus::document).orElse(null);
            }
        } else {
            if (c.law().isEmpty()) return unknownLaw(c);
            Optional<LawNameIndex.NameResolution> r = names.resolveFuzzy(c.lawText(), date);
            if (r.isEmpty()) return unknownLaw(c);
            doc = r.get().document();
            lawStatus = r.get().status();
            successor = r.get().successor();
        }
        if (!c.hasSection()) {
            return new CitationResolution(c.input(), CitationResolution.Status.DOCUMENT_ONLY, doc, List.of(),
                    CitationResolution.Existence.CONFIRMED, lawStatus, successor);
        }
        List<ProvisionId> ids = new ArrayList<>();
        for (String label : expand(doc, c)) {
            ProvisionId id = ProvisionId.of(doc.key(), label);
            if (c.ledd() != null) {
                if (c.bokstav() != null) id = id.withBokstav(c.ledd(), c.bokstav());
                else if (c.nr() != null) id = id.withNr(c.ledd(), c.nr());
                else id = id.withLedd(c.ledd());
            }
            ids.add(id);
        }
        return new CitationResolution(c.input(), CitationResolution.Status.PROVISION, doc, ids,
                existence(doc, ids), lawStatus, successor);
    }

    private LawNameIndex.NameResolution.Status statusOutOfForce(DocumentInfo doc, LocalDate date) {
        boolean repealed = doc.catalogueEntry().map(e -> e.validTo() != null && date.isAfter(e.validTo())).orElse(false);
        return repealed ? LawNameIndex.NameResolution.Status.REPEALED
                : LawNameIndex.NameResolution.Status.NOT_YET_IN_FORCE;
    }

    /** The labels cited; a range is expanded in document order when the law's text is loaded. */
    private List<String> expand(DocumentInfo doc, ParsedCitation c) {
        if (!c.range() || doc.lovdataDocument().isEmpty()) return c.sections();
        List<Provision> all = doc.lovdataDocument().map(LegalDocument::provisions).orElse(List.of());
        int from = -1, to = -1;
        for (int i = 0; i < all.size(); i++) {
            String l = all.get(i).id().label();
            if (l.equals(c.sections().get(0)) && from < 0) from = i;
            if (l.equals(c.sections().get(1))) to = i;
        }
        if (from < 0 || to < from) return c.sections();
        return all.subList(from, to + 1).stream().map(p -> p.id().label()).toList();
    }

    private CitationResolution.Existence existence(DocumentInfo doc, List<ProvisionId> ids) {
        boolean textLoaded = doc.lovdataDocument().isPresent();
        for (ProvisionId id : ids) {
            var p = corpus.provision(id);
            if (p.isEmpty()) {
                return textLoaded ? CitationResolution.Existence.NOT_FOUND : CitationResolution.Existence.UNVERIFIABLE;
            }
            if (id.ledd().isPresent() && p.get().lovdataText().isPresent()) {
                Provision text = p.get().lovdataText().get();
                if (text.ledd(id.ledd().get()).isEmpty()) return CitationResolution.Existence.NOT_FOUND;
            }
        }
        return CitationResolution.Existence.CONFIRMED;
    }

    private static CitationResolution unknownLaw(ParsedCitation c) {
        return new CitationResolution(c.input(), CitationResolution.Status.UNKNOWN_LAW, null, List.of(),
                CitationResolution.Existence.NOT_FOUND, null, null);
    }
}
