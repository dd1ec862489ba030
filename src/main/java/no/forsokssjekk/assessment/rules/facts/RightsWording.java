package no.forsokssjekk.assessment.rules.facts;

/**
 * Derived (rules/sektor/&lt;hjemmel&gt;.drl): what a sector trial provision's own words say about trials that restrict
 * individuals' rights or extend their duties. Each provision's reading is a classification rule in its own file; a
 * provision without one is silent, and the general rules treat it so.
 *
 * @param provisionId the ledd or § that says it (the source of the findings)
 */
public record RightsWording(String authorityId, Wording wording, String provisionId) {

    public enum Wording {
        /** Rights may not be restricted nor duties extended (folketrygdloven § 25-13 andre ledd). */
        FORBIDS_RESTRICTION,
        /** The pupils' basic rights may not be weakened (opplæringslova § 29-3 and its kin). */
        PROTECTS_BASIC_RIGHTS,
        /** The practice under the provision protects basic rights; the text does not say so. */
        PRACTICE_PROTECTS_BASIC_RIGHTS,
        /** Trials may restrict rights and extend duties under the provision's own act (integreringsloven § 38). */
        ALLOWS_IN_OWN_ACT
    }
}
