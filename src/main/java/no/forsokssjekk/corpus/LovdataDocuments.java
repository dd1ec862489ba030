package no.forsokssjekk.corpus;

import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Lovdata's public data as loaded at run time (never shipped with the project). Empty when only the embedded
 * catalogue is used.
 */
public interface LovdataDocuments {

    Optional<LegalDocument> document(String key);

    /** A § by its id (ledd-level ids resolve to their §). */
    Optional<Provision> provision(ProvisionId id);

    Stream<LegalDocument> documents();

    /** The date of the Lovdata dataset (lastModified of the archives), when data is loaded. */
    Optional<LocalDate> datasetDate();

    /** A content hash of the imported data; "none" when nothing is loaded. */
    String contentHash();

    default boolean isEmpty() {
        return datasetDate().isEmpty();
    }

    static LovdataDocuments none() {
        return None.INSTANCE;
    }

    /** No Lovdata data loaded. */
    enum None implements LovdataDocuments {
        INSTANCE;

        @Override
        public Optional<LegalDocument> document(String key) {
            return Optional.empty();
        }

        @Override
        public Optional<Provision> provision(ProvisionId id) {
            return Optional.empty();
        }

        @Override
        public Stream<LegalDocument> documents() {
            return Stream.empty();
        }

        @Override
        public Optional<LocalDate> datasetDate() {
            return Optional.empty();
        }

        @Override
        public String contentHash() {
            return "none";
        }
    }
}
