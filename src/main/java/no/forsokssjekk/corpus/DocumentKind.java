package no.forsokssjekk.corpus;

/** A law (lov) or a regulation (forskrift). */
public enum DocumentKind {
    LAW, REGULATION;

    public static DocumentKind ofDocumentId(String documentId) {
        return documentId.startsWith("FOR-") ? REGULATION : LAW;
    }
}
