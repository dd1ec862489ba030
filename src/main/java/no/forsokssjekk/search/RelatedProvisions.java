package no.forsokssjekk.search;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.forsokssjekk.corpus.Corpus;
import no.forsokssjekk.corpus.LegalDocument;
import no.forsokssjekk.corpus.Provision;
import no.forsokssjekk.corpus.ProvisionId;

/**
 * How closely two §§ belong together in the law's own structure: one refers to the other ("jf. § 13 b"), they stand
 * in the same chapter (next to each other, or further apart), or in the same act. Search uses it to lift a provision
 * that the best hits point to or stand beside: what belongs together in the law usually matters together to an
 * applicant. Built once from the corpus; immutable.
 */
final class RelatedProvisions {
    /** §-level ids a § refers to or is referred to by (both directions). */
    private final Map<String, Set<String>> links = new HashMap<>();
    /** Where each § stands: its document, its chapter and its place in the document. */
    private final Map<String, Place> places = new HashMap<>();

    private record Place(String document, String chapter, int index) {
    }

    RelatedProvisions(Corpus corpus) {
        corpus.lovdata().documents().forEach(this::add);
    }

    private void add(LegalDocument d) {
        List<Provision> provisions = d.provisions();
        for (int i = 0; i < provisions.size(); i++) {
            Provision p = provisions.get(i);
            String id = p.id().toString();
            places.put(id, new Place(d.key(), String.join("\u0001", p.chapterPath()), i));
            for (String ref : p.references()) {
                ProvisionId.tryParse(ref).map(r -> r.section().toString()).filter(r -> !r.equals(id)).ifPresent(r -> {
                    links.computeIfAbsent(id, k -> new HashSet<>()).add(r);
                    links.computeIfAbsent(r, k -> new HashSet<>()).add(id);
                });
            }
        }
    }

    /**
     * How closely b belongs with a, from 0 (unrelated) to 1: a reference either way 1; the next or previous § in the
     * same chapter 0.8; the same chapter 0.5; the same act 0.2.
     */
    double relation(String a, String b) {
        if (a.equals(b)) return 0;
        Set<String> l = links.get(a);
        if (l != null && l.contains(b)) return 1.0;
        Place pa = places.get(a), pb = places.get(b);
        if (pa == null || pb == null || !pa.document().equals(pb.document())) return 0;
        if (!pa.chapter().isEmpty() && pa.chapter().equals(pb.chapter())) {
            return Math.abs(pa.index() - pb.index()) == 1 ? 0.8 : 0.5;
        }
        return 0.2;
    }
}
