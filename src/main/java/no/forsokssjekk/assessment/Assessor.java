package no.forsokssjekk.assessment;

/**
 * Pre-assesses an application. Implementations are built once and are thread-safe; each call is independent.
 * The application must already carry its defaults (assessment date, stage, language): see
 * {@link Application#withDefaults(java.time.LocalDate)}.
 */
public interface Assessor {
    Assessment assess(Application application);
}
