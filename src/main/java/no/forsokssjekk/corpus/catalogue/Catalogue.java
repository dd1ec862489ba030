package no.forsokssjekk.corpus.catalogue;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.forsokssjekk.corpus.ProvisionId;

/**
 * The project's own legal catalogue (legal-corpus/): laws and their names, our entries for provisions (summaries,
 * keywords, classifications) and the trial authorities. Immutable and thread-safe once loaded.
 */
public final class Catalogue {
    private final Map<String, LawEntry> laws;
    private final Map<ProvisionId, ProvisionEntry> provisions;
    private final List<TrialAuthority> trialAuthorities;
    private final List<TrialScheme> schemes;
    private final List<IncorporatedConvention> conventions;
    private final String origin;
    private final String contentHash;

    Catalogue(Map<String, LawEntry> laws, Map<ProvisionId, ProvisionEntry> provisions,
              List<TrialAuthority> trialAuthorities, String origin, String contentHash) {
        this(laws, provisions, trialAuthorities, List.of(), List.of(), origin, contentHash);
    }

    Catalogue(Map<String, LawEntry> laws, Map<ProvisionId, ProvisionEntry> provisions,
              List<TrialAuthority> trialAuthorities, List<TrialScheme> schemes,
              List<IncorporatedConvention> conventions, String origin, String contentHash) {
        this.laws = Map.copyOf(laws);
        this.provisions = Map.copyOf(provisions);
        this.trialAuthorities = List.copyOf(trialAuthorities);
        this.schemes = List.copyOf(schemes);
        this.conventions = List.copyOf(conventions);
        this.origin = origin;
        this.contentHash = contentHash;
    }

    /** Loads and validates the embedded default catalogue (inside the jar). */
    public static Catalogue embedded() {
        return CatalogueLoader.load(no.forsokssjekk.io.ResourceTree.classpath("forsokssjekk/legal-corpus"));
    }

    public static Catalogue load(no.forsokssjekk.io.ResourceTree tree) {
        return CatalogueLoader.load(tree);
    }

    /** A law or regulation by its document key ({@code LOV-2018-06-22-83}, {@code LOV-1814-05-17/nn}). */
    public Optional<LawEntry> law(String key) {
        return Optional.ofNullable(laws.get(key));
    }

    public Collection<LawEntry> laws() {
        return laws.values().stream().sorted(Comparator.comparing(LawEntry::id)).toList();
    }

    /** Our entry for a § (ledd-level ids are looked up by their §). */
    public Optional<ProvisionEntry> provision(ProvisionId id) {
        return Optional.ofNullable(provisions.get(id.section()));
    }

    public Collection<ProvisionEntry> provisions() {
        return provisions.values().stream().sorted(Comparator.comparing(ProvisionEntry::id)).toList();
    }

    public List<TrialAuthority> trialAuthorities() {
        return trialAuthorities;
    }

    /** The trial authorities that apply on a date (by their own validity). */
    public List<TrialAuthority> trialAuthorities(LocalDate date) {
        return trialAuthorities.stream().filter(a -> a.validOn(date)).toList();
    }

    public Optional<TrialAuthority> trialAuthority(String id) {
        return trialAuthorities.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    /** The government trial schemes (legal-corpus/schemes/), each dated. */
    public List<TrialScheme> schemes() {
        return schemes;
    }

    /** The conventions incorporated by menneskerettsloven § 2 (legal-corpus/conventions/), each dated. */
    public List<IncorporatedConvention> conventions() {
        return conventions;
    }

    public String origin() {
        return origin;
    }

    /** SHA-256 of all catalogue files: the catalogue's version in an assessment receipt. */
    public String contentHash() {
        return contentHash;
    }

    static Map<String, LawEntry> index(List<LawEntry> entries) {
        Map<String, LawEntry> m = new LinkedHashMap<>();
        for (LawEntry e : entries) m.put(e.id(), e);
        return m;
    }
}
