package no.forsokssjekk.assessment.rules.facts;

import java.time.LocalDate;

/** The Lovdata data loaded: the law as it stood on its dataset date (inserted only when data is loaded). */
public record CorpusFact(LocalDate lovdataDatasetDate) {
}
