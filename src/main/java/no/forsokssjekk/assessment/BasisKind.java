package no.forsokssjekk.assessment;

/** The kind of legal basis for a trial: forsøksloven, a sector trial provision, or none. */
public enum BasisKind {
    FORSOKSLOVEN, SECTOR, NONE
}
