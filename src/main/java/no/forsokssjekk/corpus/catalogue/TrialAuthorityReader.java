package no.forsokssjekk.corpus.catalogue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.forsokssjekk.io.InputProblem;
import no.forsokssjekk.io.ResourceTree;

/** Reads legal-corpus/trial-authorities/*.yaml. */
final class TrialAuthorityReader {
    private TrialAuthorityReader() {
    }

    static Optional<TrialAuthority> read(ResourceTree tree, String file, Map<String, LawEntry> laws,
                                         List<InputProblem> problems) {
        return Optional.empty();
    }

    static void checkPredecessors(List<TrialAuthority> authorities, List<InputProblem> problems) {
    }
}
