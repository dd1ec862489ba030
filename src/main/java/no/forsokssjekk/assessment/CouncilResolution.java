package no.forsokssjekk.assessment;

import java.time.LocalDate;

/** The resolution of kommunestyret or fylkestinget behind the application. */
public record CouncilResolution(LocalDate date, String reference) {
}
