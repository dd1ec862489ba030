package no.forsokssjekk.corpus.catalogue;

import java.time.LocalDate;

/** The Lovdata text a classification was made against: the dataset date and the § text hash. */
public record MadeAgainst(LocalDate date, String textHash) {
}
