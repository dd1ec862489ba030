package no.forsokssjekk.assessment.rules.facts;

import java.time.LocalDate;

/**
 * A change to the exemption's law that is adopted but not in force on the assessment date: the act's successor, or an
 * amending act Lovdata marks as pending that changes the exempted § (or may: it names no §-level targets in the law).
 *
 * @param changedBy the successor or amending act's document key
 * @param title     its title, for messages
 * @param inForceFrom the day it takes effect, or null when not yet decided ("Kongen bestemmer")
 * @param namesSection the amending act names the exempted § among what it changes (not only a chapter, the whole act,
 *                     or nothing at § level)
 */
public record PendingChangeFact(int exemption, Kind kind, String changedBy, String title, LocalDate inForceFrom,
                                boolean namesSection) {

    public enum Kind {
        /** The whole act is replaced by a new one. */
        SUCCESSOR,
        /** An amending act changes the exempted § (or may). */
        AMENDMENT
    }
}
