package no.forsokssjekk.assessment;

import java.time.LocalDate;

/** The hearing of the draft local regulation (forvaltningsloven § 37). */
public record Hearing(LocalDate date, String summary) {
}
