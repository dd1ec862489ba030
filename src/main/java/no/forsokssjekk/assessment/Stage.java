package no.forsokssjekk.assessment;

/** The stage of the application in the 2023 scheme: a preliminary application, or the final one. */
public enum Stage {
    PRELIMINARY, FINAL
}
