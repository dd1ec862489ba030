package no.forsokssjekk.corpus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import no.forsokssjekk.corpus.catalogue.Catalogue;
import no.forsokssjekk.corpus.catalogue.Classification;
import no.forsokssjekk.corpus.catalogue.ProvisionEntry;

/**
 * Compares the catalogue's classifications with the current Lovdata text, § by §: a classification records the text
 * hash of the § it was made against ({@code madeAgainst.textHash}), so a different hash now means the § changed and
 * the classification must be reviewed. Entries whose § is repealed or gone are listed once per entry. The comparison
 * is per § (not per file), so an amendment elsewhere in the law does not flag anything.
 */
public final class DriftCheck {
    private DriftCheck() {
    }

    /** The outcome: what was checked against which data, and every drift found (sorted by provision). */
    public record Report(LocalDate datasetDate, String corpusHash, String catalogueOrigin, int entriesChecked,
                         int classificationsChecked, List<Drift> drifts) {
        public Report {
            drifts = List.copyOf(drifts);
        }

        public boolean clean() {
            return drifts.isEmpty();
        }
    }

    public static Report run(Catalogue catalogue, LovdataCorpus corpus) {
        List<Drift> drifts = new ArrayList<>();
        int entries = 0;
        int classifications = 0;
        for (ProvisionEntry entry : catalogue.provisions()) {
            entries++;
            classifications += entry.classifications().size();
            ProvisionId id = entry.id();
            String where = entry.location() == null ? "" : entry.location().toString();
            Optional<Provision> found = corpus.provision(id);
            if (found.isEmpty()) {
                Drift.Reason reason = corpus.document(id.documentKey()).isPresent()
                        ? Drift.Reason.SECTION_MISSING : Drift.Reason.DOCUMENT_MISSING;
                drifts.add(new Drift(id, reason, null, null, null, null, null, where));
                continue;
            }
            Provision p = found.get();
            if (p.repealed()) {
                drifts.add(new Drift(id, Drift.Reason.REPEALED, null, null, null, null, p.textHash(), where));
                continue;
            }
            for (Classification c : entry.classifications()) {
                if (c.madeAgainst() == null) continue; // derived at run time: nothing to compare
                String made = c.madeAgainst().textHash();
                if (!p.textHash().equals(made)) {
                    drifts.add(new Drift(id, Drift.Reason.TEXT_CHANGED, c.kind(), c.appliesTo(),
                            c.madeAgainst().date(), made, p.textHash(), where));
                } else if (c.appliesToPart().isPresent() && !hasPart(p, c.appliesToPart().get())) {
                    drifts.add(new Drift(id, Drift.Reason.PART_MISSING, c.kind(), c.appliesTo(),
                            c.madeAgainst().date(), made, p.textHash(), where));
                }
            }
        }
        drifts.sort(Comparator.comparing(Drift::provision).thenComparing(d -> d.reason().ordinal()));
        CorpusMetadata m = corpus.metadata();
        return new Report(m == null ? null : m.datasetDate(), corpus.contentHash(), catalogue.origin(), entries,
                classifications, drifts);
    }

    /** Whether a § has the part a classification names ("ledd2", "ledd2/bokstavA", "ledd1/nr3"). */
    static boolean hasPart(Provision p, String part) {
        Optional<ProvisionId> id = ProvisionId.tryParse(p.id() + "/" + part);
        if (id.isEmpty() || id.get().ledd().isEmpty()) return false;
        Optional<Ledd> ledd = p.ledd(id.get().ledd().get());
        if (ledd.isEmpty()) return false;
        if (id.get().bokstav().isPresent()) {
            String letter = id.get().bokstav().get();
            return ledd.get().items().stream().anyMatch(i -> i.label().equalsIgnoreCase(letter));
        }
        if (id.get().nr().isPresent()) {
            String number = id.get().nr().get().toString();
            return ledd.get().items().stream().anyMatch(i -> i.label().equals(number));
        }
        return true;
    }
}
