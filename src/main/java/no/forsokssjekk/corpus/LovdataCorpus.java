package no.forsokssjekk.corpus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The laws and regulations imported from Lovdata's public data: documents by key, §§ by id, and what the import was
 * made from. Immutable and thread-safe: build it once, share it everywhere.
 *
 * <p>§-level ids are the keys; an id below the § (a ledd, a bokstav) is looked up by its §. Documents iterate in key
 * order and §§ in document order, so every run over the same data sees the same sequence.
 */
public final class LovdataCorpus {
    private final Map<String, LegalDocument> documents;
    private final Map<ProvisionId, Provision> provisions;
    private final Map<ProvisionId, LegalDocument> documentOfProvision;
    private final Map<String, List<LegalDocument>> pendingAmendments;
    private final Map<String, List<LegalDocument>> regulationsUnder;
    private final CorpusMetadata metadata;

    public LovdataCorpus(List<LegalDocument> documents, CorpusMetadata metadata) {
        List<LegalDocument> sorted = new ArrayList<>(documents);
        sorted.sort(Comparator.comparing(LegalDocument::key));
        Map<String, LegalDocument> byKey = new LinkedHashMap<>();
        int sections = sorted.stream().mapToInt(d -> d.provisions().size()).sum();
        Map<ProvisionId, Provision> byId = new HashMap<>(sections * 4 / 3 + 16);
        Map<ProvisionId, LegalDocument> docOf = new HashMap<>(sections * 4 / 3 + 16);
        Map<String, List<LegalDocument>> pending = new HashMap<>();
        Map<String, List<LegalDocument>> under = new HashMap<>();
        for (LegalDocument d : sorted) {
            if (byKey.putIfAbsent(d.key(), d) != null) {
                throw new IllegalArgumentException("document " + d.key() + " occurs twice");
            }
            for (Provision p : d.provisions()) {
                if (byId.putIfAbsent(p.id(), p) != null) {
                    throw new IllegalArgumentException("provision " + p.id() + " occurs twice");
                }
                docOf.put(p.id(), d);
            }
            if (d.pendingChange()) {
                for (String target : d.changesDocuments()) {
                    pending.computeIfAbsent(documentKeyOf(target), k -> new ArrayList<>()).add(d);
                }
            }
            for (String basis : d.basedOn()) {
                List<LegalDocument> list = under.computeIfAbsent(documentKeyOf(basis), k -> new ArrayList<>());
                if (!list.contains(d)) list.add(d);
            }
        }
        this.documents = Collections.unmodifiableMap(byKey);
        this.provisions = Collections.unmodifiableMap(byId);
        this.documentOfProvision = Collections.unmodifiableMap(docOf);
        this.pendingAmendments = freeze(pending);
        this.regulationsUnder = freeze(under);
        this.metadata = metadata;
    }

    private static String documentKeyOf(String id) {
        int slash = id.indexOf('/');
        return slash < 0 ? id : id.substring(0, slash);
    }

    private static Map<String, List<LegalDocument>> freeze(Map<String, List<LegalDocument>> m) {
        Map<String, List<LegalDocument>> out = new HashMap<>();
        m.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return Collections.unmodifiableMap(out);
    }

    /** A document by its key ({@code LOV-1992-06-26-87}, {@code LOV-1814-05-17/nn}). */
    public Optional<LegalDocument> document(String key) {
        return Optional.ofNullable(documents.get(key));
    }

    /** All documents, in key order. */
    public Stream<LegalDocument> documents() {
        return documents.values().stream();
    }

    /** A § by its id; a ledd-, bokstav- or nr-level id gives its §. */
    public Optional<Provision> provision(ProvisionId id) {
        return Optional.ofNullable(provisions.get(id.section()));
    }

    /** The document a § belongs to. */
    public Optional<LegalDocument> documentOf(ProvisionId id) {
        return Optional.ofNullable(documentOfProvision.get(id.section()));
    }

    /** Every §, documents in key order and §§ in document order. */
    public Stream<Provision> provisions() {
        return documents.values().stream().flatMap(d -> d.provisions().stream());
    }

    /** Amending acts in the data that change this document but are not yet (fully) in force. */
    public List<LegalDocument> pendingAmendments(String documentKey) {
        return pendingAmendments.getOrDefault(documentKey, List.of());
    }

    /** Regulations whose enabling provisions (Lovdata's "Hjemmel") are in this law. */
    public List<LegalDocument> regulationsUnder(String lawKey) {
        return regulationsUnder.getOrDefault(lawKey, List.of());
    }

    public CorpusMetadata metadata() {
        return metadata;
    }

    /** The Lovdata dataset date (see {@link CorpusMetadata#datasetDate()}). */
    public Optional<LocalDate> datasetDate() {
        return Optional.ofNullable(metadata.datasetDate());
    }

    public String contentHash() {
        return metadata.contentHash();
    }

    public int documentCount() {
        return documents.size();
    }

    public int sectionCount() {
        return provisions.size();
    }
}
