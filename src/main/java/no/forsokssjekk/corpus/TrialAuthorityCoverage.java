package no.forsokssjekk.corpus;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import no.forsokssjekk.corpus.catalogue.ClassificationKind;
import no.forsokssjekk.corpus.catalogue.TrialAuthority;
import no.forsokssjekk.corpus.catalogue.TrialAuthority.AuthorityKind;

/**
 * Which trial authorities reach a law or regulation on a date, read from the catalogue's data: a sector provision
 * covers the acts it names and, where it says so, the regulations made under them (a regulation is routed through its
 * enabling act); forsøksloven reaches all acts within § 3 a–d and § 4. This is the classification step both search
 * and the rules use; the rules decide which basis is preferred and what stands in the way.
 */
public final class TrialAuthorityCoverage {
    private final Corpus corpus;

    public TrialAuthorityCoverage(Corpus corpus) {
        this.corpus = corpus;
    }

    /** The authorities in force on the date whose coverage includes the document; sector provisions first. */
    public List<TrialAuthority> covering(DocumentInfo document, LocalDate date) {
        return corpus.catalogue().trialAuthorities(date).stream()
                .filter(a -> covers(a, document))
                .sorted(Comparator.comparing((TrialAuthority a) -> a.kind() == AuthorityKind.FORSOKSLOVEN)
                        .thenComparing(a -> a.kind().ordinal())
                        .thenComparing(TrialAuthority::id))
                .toList();
    }

    /** Whether the authority's coverage names the document, directly or as a regulation under a named act. */
    public boolean covers(TrialAuthority authority, DocumentInfo document) {
        if (authority.covers() == null) return false;
        if (authority.covers().allDocuments()) return true;
        if (authority.covers().documents().contains(document.key())) return true;
        if (document.kind() == DocumentKind.REGULATION && authority.covers().includesRegulationsUnder()) {
            return document.enablingActs().stream().anyMatch(act -> authority.covers().documents().contains(act));
        }
        return false;
    }

    /** Whether a sector provision (not forsøksloven) covers the document: the "has its own trial provision" facet. */
    public boolean hasOwnTrialProvision(DocumentInfo document, LocalDate date) {
        return covering(document, date).stream().anyMatch(a -> a.kind() != AuthorityKind.FORSOKSLOVEN);
    }

    /**
     * The authority an applicant would most likely use for a provision, for display beside a search hit: a general
     * sector provision open to applications; otherwise forsøksloven, unless the provision is forvaltningsloven's procedure
     * (forsøksloven § 4 første ledd bokstav b), which no trial may touch. The rules give the full reasoning.
     */
    public Optional<TrialAuthority> likelyAuthority(ProvisionInfo provision, LocalDate date) {
        List<TrialAuthority> candidates = covering(provision.document(), date);
        Optional<TrialAuthority> sector = candidates.stream()
                .filter(a -> a.kind() == AuthorityKind.SECTOR_GENERAL) // a concrete one covers only its own subject
                .filter(a -> !a.centralInitiativeOnly())
                .findFirst();
        if (sector.isPresent()) return sector;
        boolean untouchable = provision.curatedClassifications().stream()
                .anyMatch(c -> c.kind() == ClassificationKind.FVL_PROCEDURE && c.status().canGroundBlocker());
        if (untouchable) return Optional.empty();
        return candidates.stream().filter(a -> a.kind() == AuthorityKind.FORSOKSLOVEN).findFirst();
    }
}
