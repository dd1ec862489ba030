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

    /**
     * The citations of other acts that follow the first in one text ("… og forskrift til opplæringslova § 12-19"), as
     * typed; the first is what {@link #resolve} resolves. Empty when the text cites one act.
     */
    public List<String> furtherCitations(String text) {
        List<String> all = parser.citations(text);
        return all.size() < 2 ? List.of() : all.subList(1, all.size());
    }

    /** Resolves a citation, an id or a law name on a date. */
    public CitationResolution resolve(String text, LocalDate date) {
        Optional<ParsedCitation> parsed = parser.parse(text);
        if (parsed.isEmpty()) {
            // a law named alone ("kommuneloven", "forskrift om pedagogisk bemanning")
            ParsedCitation lawOnly = parser.lawOnly(text);
            return lawOnly.law().flatMap(l -> LawNameIndex.looksLikeLawName(l) ? names.resolveFuzzy(l, date)
                            : names.resolve(l, date))
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
        String remainder = "";
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
            Optional<LawInText> found = lawIn(c.lawText(), date);
            if (found.isEmpty()) return unknownLaw(c);
            LawNameIndex.NameResolution r = found.get().resolution();
            doc = r.document();
            lawStatus = r.status();
            successor = r.successor();
            remainder = found.get().remainder();
        }
        if (!c.hasSection()) {
            return new CitationResolution(c.input(), CitationResolution.Status.DOCUMENT_ONLY, doc, List.of(),
                    CitationResolution.Existence.CONFIRMED, lawStatus, successor, remainder, c.chapter());
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
                existence(doc, ids), lawStatus, successor, remainder);
    }

    /** The law a text names, and the words around it that are not part of the name. */
    public record LawInText(LawNameIndex.NameResolution resolution, String remainder) {
        public DocumentInfo document() {
            return resolution.document();
        }
    }

    /**
     * A law or regulation named among other words of a search ("bemanning barnehageloven", "kva seier opplæringslova
     * om skyss"): the longest run of words that is a law name, and the other words. Names of three letters or fewer
     * count only when the whole run is a known abbreviation of at least three letters, so ordinary words are not
     * taken for laws. Empty when no law is named, or when nothing but the name is there (that is a law on its own).
     */
    public Optional<LawInText> lawMentioned(String text, LocalDate date) {
        if (text == null || text.isBlank()) return Optional.empty();
        String normalised = CitationParser.cleanLaw(CitationParser.normalise(text));
        if (normalised == null) return Optional.empty();
        String[] words = normalised.split("\\s+");
        for (int n = words.length - 1; n >= 1; n--) {
            for (int i = 0; i + n <= words.length; i++) {
                String candidate = String.join(" ", java.util.Arrays.asList(words).subList(i, i + n));
                if (candidate.replace(".", "").length() < MIN_MENTIONED_NAME) continue;
                Optional<LawNameIndex.NameResolution> r = fuzzyWorthIt(candidate)
                        ? names.resolveFuzzy(candidate, date) : names.resolve(candidate, date);
                if (r.isPresent()) {
                    List<String> rest = new ArrayList<>(java.util.Arrays.asList(words).subList(0, i));
                    rest.addAll(java.util.Arrays.asList(words).subList(i + n, words.length));
                    String remainder = String.join(" ", rest).strip();
                    return remainder.isEmpty() ? Optional.empty() : Optional.of(new LawInText(r.get(), remainder));
                }
            }
        }
        return Optional.empty();
    }

    /** Shorter runs of words are not taken for a law named among other words. */
    private static final int MIN_MENTIONED_NAME = 3;

    /**
     * The law named in the text beside a § number: the whole text ("kommuneloven", "forskrift om pedagogisk
     * bemanning"), else the longest run of its words that is a law name ("inhabilitet folkevalgt kommuneloven").
     * Runs of words are matched exactly, or with a typing error when they are long enough to be unambiguous.
     */
    private Optional<LawInText> lawIn(String text, LocalDate date) {
        Optional<LawNameIndex.NameResolution> whole = names.resolveFuzzy(text, date);
        if (whole.isPresent()) return Optional.of(new LawInText(whole.get(), ""));
        String[] words = text.strip().split("\\s+");
        for (int n = words.length - 1; n >= 1; n--) {
            for (int i = 0; i + n <= words.length; i++) {
                String candidate = String.join(" ", java.util.Arrays.asList(words).subList(i, i + n));
                Optional<LawNameIndex.NameResolution> r = fuzzyWorthIt(candidate)
                        ? names.resolveFuzzy(candidate, date) : names.resolve(candidate, date);
                if (r.isPresent()) {
                    List<String> rest = new ArrayList<>(java.util.Arrays.asList(words).subList(0, i));
                    rest.addAll(java.util.Arrays.asList(words).subList(i + n, words.length));
                    return Optional.of(new LawInText(r.get(), String.join(" ", rest)));
                }
            }
        }
        return Optional.empty();
    }

    /** A run of words this long may carry a typing error and still be taken for a law name. */
    private static final int FUZZY_RUN_LENGTH = 10;

    /** Compare with every name for typing errors only a long run that ends like a law name ("barnehagloven"). */
    private static boolean fuzzyWorthIt(String candidate) {
        return candidate.length() >= FUZZY_RUN_LENGTH && LawNameIndex.looksLikeLawName(candidate);
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
