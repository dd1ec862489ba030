package no.forsokssjekk.search;

import java.util.Set;
import no.forsokssjekk.corpus.DocumentKind;

/**
 * What a search is narrowed to. Empty sets mean "any". Values are matched without regard to case.
 *
 * @param laws              laws or regulations, by document key (LOV-2005-06-17-64) or by a name ("barnehageloven")
 * @param ministries        responsible ministries ("Kunnskapsdepartementet")
 * @param legalAreas        Lovdata's legal areas, top level ("Forvaltnings- og kommunalrett")
 * @param sectors           the catalogue's sectors ("barnehage", "utdanning"; legal-corpus/README.md)
 * @param kinds             laws or regulations
 * @param ownTrialProvision true: only acts covered by their own sector trial provision; false: only acts without one
 * @param includeRepealed   whether repealed §§ and acts are included (they rank below current text either way)
 */
public record SearchFilters(
        Set<String> laws,
        Set<String> ministries,
        Set<String> legalAreas,
        Set<String> sectors,
        Set<DocumentKind> kinds,
        Boolean ownTrialProvision,
        boolean includeRepealed) {

    public static final SearchFilters NONE = new SearchFilters(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), null, true);

    public SearchFilters {
        laws = laws == null ? Set.of() : Set.copyOf(laws);
        ministries = ministries == null ? Set.of() : Set.copyOf(ministries);
        legalAreas = legalAreas == null ? Set.of() : Set.copyOf(legalAreas);
        sectors = sectors == null ? Set.of() : Set.copyOf(sectors);
        kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
    }

    public boolean none() {
        return laws.isEmpty() && ministries.isEmpty() && legalAreas.isEmpty() && sectors.isEmpty() && kinds.isEmpty()
                && ownTrialProvision == null && includeRepealed;
    }

    public SearchFilters withLaws(Set<String> v) {
        return new SearchFilters(v, ministries, legalAreas, sectors, kinds, ownTrialProvision, includeRepealed);
    }

    public SearchFilters withMinistries(Set<String> v) {
        return new SearchFilters(laws, v, legalAreas, sectors, kinds, ownTrialProvision, includeRepealed);
    }

    public SearchFilters withLegalAreas(Set<String> v) {
        return new SearchFilters(laws, ministries, v, sectors, kinds, ownTrialProvision, includeRepealed);
    }

    public SearchFilters withSectors(Set<String> v) {
        return new SearchFilters(laws, ministries, legalAreas, v, kinds, ownTrialProvision, includeRepealed);
    }

    public SearchFilters withKinds(Set<DocumentKind> v) {
        return new SearchFilters(laws, ministries, legalAreas, sectors, v, ownTrialProvision, includeRepealed);
    }

    public SearchFilters withOwnTrialProvision(Boolean v) {
        return new SearchFilters(laws, ministries, legalAreas, sectors, kinds, v, includeRepealed);
    }

    public SearchFilters withIncludeRepealed(boolean v) {
        return new SearchFilters(laws, ministries, legalAreas, sectors, kinds, ownTrialProvision, v);
    }
}
