package no.forsokssjekk;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import no.forsokssjekk.assessment.Application;
import no.forsokssjekk.assessment.ApplicationValidator;
import no.forsokssjekk.assessment.Assessment;
import no.forsokssjekk.assessment.Assessor;
import no.forsokssjekk.assessment.Versions;
import no.forsokssjekk.assessment.rules.RuleBase;
import no.forsokssjekk.citation.CitationResolution;
import no.forsokssjekk.citation.CitationResolver;
import no.forsokssjekk.corpus.Corpus;
import no.forsokssjekk.corpus.LovdataDocuments;
import no.forsokssjekk.corpus.ProvisionId;
import no.forsokssjekk.corpus.ProvisionInfo;
import no.forsokssjekk.corpus.catalogue.Catalogue;
import no.forsokssjekk.corpus.catalogue.TrialAuthority;
import no.forsokssjekk.io.InputProblem;
import no.forsokssjekk.io.InvalidInputException;
import no.forsokssjekk.io.ResourceTree;

/**
 * The engine other systems embed: search the provisions, resolve citations, and pre-assess trial applications.
 * Build it once; it is immutable (apart from a rule reload, which swaps the rule base atomically) and thread-safe.
 *
 * <pre>{@code
 * Forsokssjekk engine = Forsokssjekk.builder().build();              // embedded catalogue and rules
 * Assessment a = engine.assess(application);
 * Optional<ProvisionInfo> p = engine.provision("LOV-1992-06-26-87/§4");
 * SearchResult r = engine.search("bemanningsnorm barnehage", SearchOptions.defaults());
 * }</pre>
 */
public final class Forsokssjekk {
    /** The engine release (the Maven version of the library). */
    public static final String VERSION = Optional.ofNullable(Forsokssjekk.class.getPackage().getImplementationVersion())
            .orElse("dev");

    private final Corpus corpus;
    private final CitationResolver citations;
    private final AtomicReference<Rules> rules;
    private final ResourceTree rulesSource;
    private final AssessorFactory assessorFactory;
    private final Clock clock;
    private final no.forsokssjekk.corpus.lovdata.InstalledCorpus installedCorpus;
    private final SearchSetup search;

    /** The current rule base and the assessor built on it, swapped together on reload. */
    private record Rules(RuleBase ruleBase, Assessor assessor) {
    }

    private Forsokssjekk(Builder b, Corpus corpus, RuleBase ruleBase) {
        this.corpus = corpus;
        this.citations = new CitationResolver(corpus);
        this.rulesSource = b.rulesSource;
        this.assessorFactory = b.assessorFactory;
        this.clock = b.clock;
        this.installedCorpus = b.installed;
        this.search = new SearchSetup(b, corpus, citations);
        this.rules = new AtomicReference<>(rulesOn(ruleBase));
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Pre-assesses an application. Missing defaults are filled here, at the edge: the assessment date is today by
     * this engine's clock, read once. Throws {@link InvalidInputException} for an application that is not valid.
     */
    public Assessment assess(Application application) {
        Objects.requireNonNull(application, "application");
        List<InputProblem> problems = ApplicationValidator.validate(application);
        if (!problems.isEmpty()) throw new InvalidInputException("the application is not valid", problems);
        Application complete = application.withDefaults(LocalDate.now(clock));
        return rules.get().assessor().assess(complete);
    }

    /** A § by id ({@code LOV-1992-06-26-87/§4}; ledd-level ids give their §), or by citation ("fvl § 24"). */
    public Optional<ProvisionInfo> provision(String idOrCitation) {
        Optional<ProvisionId> id = ProvisionId.tryParse(idOrCitation);
        if (id.isPresent()) return corpus.provision(id.get());
        CitationResolution r = citations.resolve(idOrCitation, LocalDate.now(clock));
        return r.first().flatMap(corpus::provision);
    }

    /** Resolves a citation, id or law name as it stood on a date. */
    public CitationResolution resolve(String citation, LocalDate date) {
        return citations.resolve(citation, date);
    }

    /** The trial authorities that apply on a date. */
    public List<TrialAuthority> trialAuthorities(LocalDate date) {
        return corpus.catalogue().trialAuthorities(date);
    }

    /**
     * Searches the provisions: citations first ("oppl. § 14-3"), then the words through Norwegian analysis, the
     * lexicon's synonyms and spelling correction, with highlighting, facets, filters and paging, the likely trial
     * authority and key classifications per hit. The search index is built on first use: in memory over the
     * catalogue, or (with Lovdata data) in the data directory, where later starts reopen it. Options without a date
     * use today. Throws {@link InvalidInputException} for an empty or overlong query or a filter naming no law.
     */
    public no.forsokssjekk.search.SearchResult search(String query, no.forsokssjekk.search.SearchOptions options) {
        Objects.requireNonNull(options, "options");
        var dated = options.date() == null ? options.withDate(today()) : options;
        try {
            return searchEngine().search(query, dated);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(InputProblem.of("query", e.getMessage(), "a non-empty query of at most "
                    + no.forsokssjekk.search.SearchEngine.MAX_QUERY_LENGTH + " characters, and filters naming known laws"));
        }
    }

    /** Autocomplete for law names and citations ("barneh" → barnehageloven, "oppl § 14" → opplæringslova § 14-1 …). */
    public List<no.forsokssjekk.search.Suggestion> suggest(String prefix, int limit) {
        return searchEngine().suggest(prefix, limit, today());
    }

    /** The search engine behind {@link #search}, built on first use (its index, lexicon and statistics). */
    public no.forsokssjekk.search.SearchEngine searchEngine() {
        return search.engine();
    }

    /** Builds the search engine once, on first use, where the builder said the index lives. */
    private static final class SearchSetup {
        private final Corpus corpus;
        private final CitationResolver citations;
        private final ResourceTree lexiconSource;
        private final Path indexFolder;
        private final Clock clock;
        private volatile no.forsokssjekk.search.SearchEngine engine;

        SearchSetup(Builder b, Corpus corpus, CitationResolver citations) {
            this.corpus = corpus;
            this.citations = citations;
            this.lexiconSource = b.catalogueSource;
            this.indexFolder = b.searchIndex != null ? b.searchIndex
                    : b.installed != null ? b.installed.indexDir() : null;
            this.clock = b.clock;
        }

        no.forsokssjekk.search.SearchEngine engine() {
            no.forsokssjekk.search.SearchEngine e = engine;
            if (e == null) {
                synchronized (this) {
                    e = engine;
                    if (e == null) {
                        java.util.function.Supplier<no.forsokssjekk.search.lexicon.Lexicon> lexicon =
                                () -> no.forsokssjekk.search.lexicon.Lexicon.load(lexiconSource);
                        LocalDate today = LocalDate.now(clock);
                        e = indexFolder == null
                                ? no.forsokssjekk.search.SearchEngine.inMemory(corpus, citations, lexicon, today)
                                : no.forsokssjekk.search.SearchEngine.persistent(indexFolder, corpus, citations, lexicon, today);
                        engine = e;
                    }
                }
            }
            return e;
        }
    }

    public Corpus corpus() {
        return corpus;
    }

    /** The imported Lovdata corpus in the data directory (with the folder for its search index), when one is used. */
    public Optional<no.forsokssjekk.corpus.lovdata.InstalledCorpus> installedCorpus() {
        return Optional.ofNullable(installedCorpus);
    }

    public CitationResolver citations() {
        return citations;
    }

    public RuleBase ruleBase() {
        return rules.get().ruleBase();
    }

    /** The versions an assessment made now would carry. */
    public Versions versions() {
        return new Versions(VERSION, ruleBase().contentHash(), corpus.catalogue().contentHash(),
                corpus.lovdata().datasetDate().map(LocalDate::toString).orElse(null));
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * Rebuilds the rule base from its source. On an error the engine keeps its last good rules and the error is
     * thrown ({@link InvalidInputException} with file and line).
     */
    public RuleBase reloadRules() {
        // build everything first; only a complete new pair replaces the running one
        Rules fresh = rulesOn(RuleBase.build(rulesSource));
        rules.set(fresh);
        return fresh.ruleBase();
    }

    private Rules rulesOn(RuleBase ruleBase) {
        Versions v = new Versions(VERSION, ruleBase.contentHash(), corpus.catalogue().contentHash(),
                corpus.lovdata().datasetDate().map(LocalDate::toString).orElse(null));
        return new Rules(ruleBase, assessorFactory.create(ruleBase, corpus, citations, v, this::suggestProvisions));
    }

    /**
     * For an exemption whose provision cannot be identified: the provisions the search finds for the applicant's
     * own words (matched on their text, not cited), best first.
     */
    private List<no.forsokssjekk.corpus.ProvisionId> suggestProvisions(String text, LocalDate date,
                                                                       no.forsokssjekk.corpus.Language language,
                                                                       int max) {
        if (text == null || text.isBlank() || text.length() > no.forsokssjekk.search.SearchEngine.MAX_QUERY_LENGTH) {
            return List.of();
        }
        var options = no.forsokssjekk.search.SearchOptions.defaults().withDate(date).withLanguage(language)
                .withLimit(max);
        try {
            return searchEngine().search(text, options).hits().stream()
                    .filter(h -> h.match() == no.forsokssjekk.search.SearchHit.Match.TEXT)
                    .map(h -> h.provision().id()).toList();
        } catch (RuntimeException e) {
            // a hint that cannot be given must not stop the assessment
            return List.of();
        }
    }

    /** Creates the assessor for a rule base (the default is the Drools assessor, with the search's suggestions). */
    @FunctionalInterface
    public interface AssessorFactory {
        Assessor create(RuleBase rules, Corpus corpus, CitationResolver citations, Versions versions);

        /** With suggestions for provisions that cannot be identified; a factory that has no use for them ignores them. */
        default Assessor create(RuleBase rules, Corpus corpus, CitationResolver citations, Versions versions,
                                no.forsokssjekk.assessment.ProvisionSuggestions suggestions) {
            return create(rules, corpus, citations, versions);
        }
    }

    /** The default: the Drools assessor, which suggests provisions through the engine's search. */
    private static final class DroolsAssessorFactory implements AssessorFactory {
        @Override
        public Assessor create(RuleBase rules, Corpus corpus, CitationResolver citations, Versions versions) {
            return new no.forsokssjekk.assessment.rules.DroolsAssessor(rules, corpus, citations, versions);
        }

        @Override
        public Assessor create(RuleBase rules, Corpus corpus, CitationResolver citations, Versions versions,
                               no.forsokssjekk.assessment.ProvisionSuggestions suggestions) {
            return new no.forsokssjekk.assessment.rules.DroolsAssessor(rules, corpus, citations, versions, suggestions);
        }
    }

    /** Builds an engine: the embedded catalogue and rules unless folders are given; Lovdata data when provided. */
    public static final class Builder {
        private ResourceTree catalogueSource = ResourceTree.classpath("forsokssjekk/legal-corpus");
        private ResourceTree rulesSource = ResourceTree.classpath("forsokssjekk/rules");
        private Catalogue catalogue;
        private LovdataDocuments lovdata = LovdataDocuments.none();
        private java.nio.file.Path dataDirectory;
        private no.forsokssjekk.corpus.lovdata.InstalledCorpus installed;
        private Path searchIndex;
        private Clock clock = Clock.systemDefaultZone();
        private AssessorFactory assessorFactory = new DroolsAssessorFactory();

        private Builder() {
        }

        /** Use the legal catalogue in this folder instead of the embedded one. */
        public Builder catalogue(Path folder) {
            this.catalogueSource = ResourceTree.directory(folder);
            this.catalogue = null;
            return this;
        }

        public Builder catalogue(Catalogue loaded) {
            this.catalogue = loaded;
            return this;
        }

        /** Use the rules in this folder instead of the embedded ones. */
        public Builder rules(Path folder) {
            this.rulesSource = ResourceTree.directory(folder);
            return this;
        }

        /** Lovdata's public data, imported at run time (see the corpus import command). */
        public Builder lovdata(LovdataDocuments documents) {
            this.lovdata = Objects.requireNonNull(documents);
            return this;
        }

        /**
         * Use the Lovdata data imported into this data directory (the corpus made current by {@code corpus import}),
         * when there is one; without an import the engine runs on the embedded catalogue alone.
         */
        public Builder dataDirectory(java.nio.file.Path dir) {
            this.dataDirectory = Objects.requireNonNull(dir);
            return this;
        }

        /**
         * Keep the search index in this folder (built there on first search, reopened on later starts while the
         * corpus and catalogue are unchanged). Default: the imported corpus's index folder in the data directory,
         * or in memory when only the embedded catalogue is used.
         */
        public Builder searchIndex(Path folder) {
            this.searchIndex = Objects.requireNonNull(folder);
            return this;
        }

        /** The clock that gives "today" when an application has no assessment date. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock);
            return this;
        }

        /** Replace the assessor (for tests and experiments). */
        public Builder assessor(AssessorFactory factory) {
            this.assessorFactory = Objects.requireNonNull(factory);
            return this;
        }

        /**
         * Loads and validates the catalogue, builds the rule base once. Throws {@link InvalidInputException} when
         * the catalogue or the rules have errors (each with file and line).
         */
        public Forsokssjekk build() {
            if (dataDirectory != null && lovdata == LovdataDocuments.none()) openImportedCorpus();
            Catalogue c = catalogue != null ? catalogue : Catalogue.load(catalogueSource);
            Corpus corpus = new Corpus(c, lovdata);
            RuleBase ruleBase = RuleBase.build(rulesSource);
            return new Forsokssjekk(this, corpus, ruleBase);
        }

        private void openImportedCorpus() {
            try {
                var store = new no.forsokssjekk.corpus.lovdata.LovdataStore(
                        no.forsokssjekk.corpus.DataDirectory.of(dataDirectory));
                var current = store.current();
                if (current.isPresent()) {
                    installed = current.get();
                    lovdata = installed.corpus();
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("cannot open the Lovdata data in " + dataDirectory + ": "
                        + e.getMessage() + " (import it again with 'corpus import')", e);
            }
        }
    }
}
