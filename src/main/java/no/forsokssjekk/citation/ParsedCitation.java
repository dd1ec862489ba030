package no.forsokssjekk.citation;

import java.util.List;
import java.util.Optional;

/**
 * The syntactic reading of a citation, before it is resolved against the corpus.
 *
 * @param lawText    the part naming the law ("oppl.", "barnehageloven", "forskrift om pedagogisk bemanning"), or null
 * @param documentId a Lovdata id given directly (LOV-…/FOR-…), or null
 * @param sections   § labels in our form ("§14-3", "§6a"); several for lists; a range is {@code from} and {@code to}
 * @param range      true when sections holds the two ends of a range ("§§ 13–13 f")
 * @param ledd       ledd number, when given
 * @param bokstav    letter (upper case), when given
 * @param nr         item number, when given
 * @param chapter    a chapter the citation names instead of a § ("14", "vi" for "kapittel VI"), lower case, or null
 */
public record ParsedCitation(
        String input,
        String lawText,
        String documentId,
        List<String> sections,
        boolean range,
        Integer ledd,
        String bokstav,
        Integer nr,
        String chapter) {

    public ParsedCitation {
        sections = List.copyOf(sections);
    }

    public ParsedCitation(String input, String lawText, String documentId, List<String> sections, boolean range,
                          Integer ledd, String bokstav, Integer nr) {
        this(input, lawText, documentId, sections, range, ledd, bokstav, nr, null);
    }

    public boolean hasSection() {
        return !sections.isEmpty();
    }

    public Optional<String> law() {
        return Optional.ofNullable(lawText).filter(s -> !s.isBlank());
    }
}
