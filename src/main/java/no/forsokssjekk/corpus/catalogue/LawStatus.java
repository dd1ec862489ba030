package no.forsokssjekk.corpus.catalogue;

/** Whether a law or regulation is in force, adopted but not yet in force, or repealed. */
public enum LawStatus {
    IN_FORCE, PENDING, REPEALED
}
