package no.forsokssjekk.assessment;

/**
 * An application to extend an approved trial.
 *
 * @param previousPeriod the period approved so far
 * @param reform         a planned or decided reform in line with the trial (forsøksloven § 3 tredje ledd), or null
 */
public record Extension(Period previousPeriod, String reform) {
    public boolean hasReform() {
        return reform != null && !reform.isBlank();
    }
}
