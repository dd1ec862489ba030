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
        return new Rules(ruleBase, assessorFactory.create(ruleBase, corpus, citations, v));
    }

    /** Creates the assessor for a rule base (the default is the Drools assessor). */
    @FunctionalInterface
    public interface AssessorFactory {
        Assessor create(RuleBase rules, Corpus corpus, CitationResolver citations, Versions versions);
    }

    /** Builds an engine: the embedded catalogue and rules unless folders are given; Lovdata data when provided. */
    public static final class Builder {
        private ResourceTree catalogueSource = ResourceTree.classpath("forsokssjekk/legal-corpus");
        private ResourceTree rulesSource = ResourceTree.classpath("forsokssjekk/rules");
        private Catalogue catalogue;
        private LovdataDocuments lovdata = LovdataDocuments.none();
        private java.nio.file.Path dataDirectory;
        private no.forsokssjekk.corpus.lovdata.InstalledCorpus installed;
        private Clock clock = Clock.systemDefaultZone();
        private AssessorFactory assessorFactory = no.forsokssjekk.assessment.rules.DroolsAssessor::new;

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
