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
 *
 * <p>A corpus opened from the cache knows every document's header and § ids at once but decodes a document's text on
 * first use ({@link LazyDocument}); iterating all documents decodes them all. Either way the answers are the same.
 */
public final class LovdataCorpus implements LovdataDocuments {
    private final Map<String, Slot> documents;
    private final Map<String, Slot> provisionSlots;
    private final Map<String, Integer> provisionIndex;
    private final Map<String, List<String>> pendingAmendments;
    private final Map<String, List<String>> regulationsUnder;
    private final CorpusMetadata metadata;

    /** A corpus of documents already in memory (as an import produces them). */
    public LovdataCorpus(List<LegalDocument> documents, CorpusMetadata metadata) {
        this(metadata, documents.stream().<LazyDocument>map(Loaded::new).toList());
    }

    /** A corpus whose documents are decoded when first used (as the cache opens them). */
    public static LovdataCorpus lazy(List<? extends LazyDocument> documents, CorpusMetadata metadata) {
        return new LovdataCorpus(metadata, List.copyOf(documents));
    }

    private LovdataCorpus(CorpusMetadata metadata, List<LazyDocument> source) {
        List<LazyDocument> sorted = new ArrayList<>(source);
        sorted.sort(Comparator.comparing(LazyDocument::key));
        Map<String, Slot> byKey = new LinkedHashMap<>();
        int sections = 0;
        for (LazyDocument d : sorted) sections += d.provisionIds().size();
        Map<String, Slot> slotOf = new HashMap<>(sections * 4 / 3 + 16);
        Map<String, Integer> indexOf = new HashMap<>(sections * 4 / 3 + 16);
        Map<String, List<String>> pending = new HashMap<>();
        Map<String, List<String>> under = new HashMap<>();
        for (LazyDocument d : sorted) {
            Slot slot = new Slot(d);
            if (byKey.putIfAbsent(d.key(), slot) != null) {
                throw new IllegalArgumentException("document " + d.key() + " occurs twice");
            }
            List<String> ids = d.provisionIds();
            for (int i = 0; i < ids.size(); i++) {
                if (slotOf.putIfAbsent(ids.get(i), slot) != null) {
                    throw new IllegalArgumentException("provision " + ids.get(i) + " occurs twice");
                }
                indexOf.put(ids.get(i), i);
            }
            if (d.pendingChange()) {
                for (String target : d.changesDocuments()) {
                    pending.computeIfAbsent(documentKeyOf(target), k -> new ArrayList<>()).add(d.key());
                }
            }
            for (String basis : d.basedOn()) {
                List<String> list = under.computeIfAbsent(documentKeyOf(basis), k -> new ArrayList<>());
                if (!list.contains(d.key())) list.add(d.key());
            }
        }
        this.documents = Collections.unmodifiableMap(byKey);
        this.provisionSlots = slotOf;
        this.provisionIndex = indexOf;
        this.pendingAmendments = freeze(pending);
        this.regulationsUnder = freeze(under);
        this.metadata = metadata;
    }

    private static String documentKeyOf(String id) {
        int slash = id.indexOf('/');
        return slash < 0 ? id : id.substring(0, slash);
    }

    private static Map<String, List<String>> freeze(Map<String, List<String>> m) {
        Map<String, List<String>> out = new HashMap<>();
        m.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return Collections.unmodifiableMap(out);
    }

    /** A document by its key ({@code LOV-1992-06-26-87}, {@code LOV-1814-05-17/nn}). */
    @Override
    public Optional<LegalDocument> document(String key) {
        Slot s = documents.get(key);
        return s == null ? Optional.empty() : Optional.of(s.document());
    }

    /** All documents, in key order. */
    @Override
    public Stream<LegalDocument> documents() {
        return documents.values().stream().map(Slot::document);
    }

    /** The keys of all documents, in key order, without decoding any. */
    public Stream<String> documentKeys() {
        return documents.keySet().stream();
    }

    /** A § by its id; a ledd-, bokstav- or nr-level id gives its §. */
    @Override
    public Optional<Provision> provision(ProvisionId id) {
        String key = id.section().toString();
        Slot s = provisionSlots.get(key);
        return s == null ? Optional.empty() : Optional.of(s.document().provisions().get(provisionIndex.get(key)));
    }

    /** Whether the corpus has this § (or the § of this ledd), without decoding its text. */
    public boolean contains(ProvisionId id) {
        return provisionSlots.containsKey(id.section().toString());
    }

    /** The document a § belongs to. */
    public Optional<LegalDocument> documentOf(ProvisionId id) {
        Slot s = provisionSlots.get(id.section().toString());
        return s == null ? Optional.empty() : Optional.of(s.document());
    }

    /** Every §, documents in key order and §§ in document order. */
    public Stream<Provision> provisions() {
        return documents().flatMap(d -> d.provisions().stream());
    }

    /** Amending acts in the data that change this document but are not yet (fully) in force. */
    public List<LegalDocument> pendingAmendments(String documentKey) {
        return pendingAmendments.getOrDefault(documentKey, List.of()).stream()
                .map(k -> documents.get(k).document()).toList();
    }

    /** Regulations whose enabling provisions (Lovdata's "Hjemmel") are in this law. */
    public List<LegalDocument> regulationsUnder(String lawKey) {
        return regulationsUnder.getOrDefault(lawKey, List.of()).stream()
                .map(k -> documents.get(k).document()).toList();
    }

    public CorpusMetadata metadata() {
        return metadata;
    }

    /**
     * The Lovdata dataset date: Lovdata's publication time ({@code lastModified}) of the archives as listed in its
     * public data list, which {@code corpus download} saves beside them; without such a list, the newest modification
     * time of the archive entries (or files). The rules are spelt out on {@code LovdataImporter}.
     */
    @Override
    public Optional<LocalDate> datasetDate() {
        return Optional.ofNullable(metadata == null ? null : metadata.datasetDate());
    }

    @Override
    public String contentHash() {
        return metadata == null ? "" : metadata.contentHash();
    }

    public int documentCount() {
        return documents.size();
    }

    public int sectionCount() {
        return provisionSlots.size();
    }

    /** One document: decoded on first use, then kept (the source is let go, so its bytes can be freed). */
    private static final class Slot {
        private LazyDocument source;
        private volatile LegalDocument document;

        Slot(LazyDocument source) {
            if (source instanceof Loaded l) {
                document = l.document;
            } else {
                this.source = source;
            }
        }

        LegalDocument document() {
            LegalDocument d = document;
            if (d == null) {
                synchronized (this) {
                    d = document;
                    if (d == null) {
                        d = source.load();
                        document = d;
                        source = null;
                    }
                }
            }
            return d;
        }
    }

    /** A document already in memory. */
    private record Loaded(LegalDocument document) implements LazyDocument {
        @Override
        public String key() {
            return document.key();
        }

        @Override
        public DocumentKind kind() {
            return document.kind();
        }

        @Override
        public boolean pendingChange() {
            return document.pendingChange();
        }

        @Override
        public List<String> basedOn() {
            return document.basedOn();
        }

        @Override
        public List<String> changesDocuments() {
            return document.changesDocuments();
        }

        @Override
        public List<String> provisionIds() {
            return document.provisions().stream().map(p -> p.id().toString()).toList();
        }

        @Override
        public LegalDocument load() {
            return document;
        }
    }
}
