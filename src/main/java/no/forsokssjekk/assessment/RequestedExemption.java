package no.forsokssjekk.assessment;

/**
 * One rule the applicant wants to set aside.
 *
 * @param provision           what the user typed: a citation ("oppl. § 14-3"), an id, or a law alone
 * @param deviation           what the trial would do differently
 * @param replacement         the replacement rule that would apply during the trial
 * @param effectOnIndividuals the applicant's answer on rights and duties; UNKNOWN when not given
 */
public record RequestedExemption(String provision, String deviation, String replacement,
                                 EffectOnIndividuals effectOnIndividuals) {
    public RequestedExemption {
        if (effectOnIndividuals == null) effectOnIndividuals = EffectOnIndividuals.UNKNOWN;
    }

    public RequestedExemption(String provision) {
        this(provision, null, null, EffectOnIndividuals.UNKNOWN);
    }
}
