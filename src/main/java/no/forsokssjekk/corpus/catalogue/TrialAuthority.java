package no.forsokssjekk.corpus.catalogue;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.forsokssjekk.corpus.ProvisionId;

/**
 * A trial authority: forsøksloven or a sector trial provision (legal-corpus/trial-authorities/*.yaml), dated, with
 * what it covers, who may apply, who decides, its duration limits, its own limits and conditions, and the source and
 * verification of each fact. See legal-corpus/README.md for the format.
 *
 * @param provision          the § that gives the authority
 * @param provisionInData    false for repealed acts or old § numbers that are not in today's Lovdata data
 * @param covers             which acts and regulations it may set aside (or, for forsøksloven, all within § 3 a–d)
 * @param applicantsNamedInText false when the provision names no applicant: "not specified", not "not eligible"
 * @param limits             limits that apply under this authority (forsøksloven § 4)
 * @param vedtekter          local regulation (vedtekter) required under this authority, when one is
 */
public record TrialAuthority(
        String id,
        ProvisionId provision,
        List<ProvisionId> additionalProvisions,
        Map<String, String> additionalProvisionParts,
        String provisionPart,
        boolean provisionInData,
        Boolean wordingInData,
        String citation,
        String title,
        AuthorityKind kind,
        LocalDate validFrom,
        LocalDate validTo,
        String predecessor,
        String successor,
        List<FormerLabel> formerLabels,
        Coverage covers,
        List<String> trialTypes,
        List<ApplicantType> applicants,
        boolean applicantsNamedInText,
        LocalizedText applicantRole,
        Integer maxUnits,
        boolean centralInitiativeOnly,
        boolean centralInitiativeAllowed,
        Boolean conditionsSetInDecision,
        List<DecisionMaker> decisionMakers,
        DecisionForm decisionForm,
        DurationLimits duration,
        boolean allowsRightsRestriction,
        String rightsRestrictionScope,
        Boolean allowsConfidentialityExemption,
        boolean forsoksloven4Applies,
        List<Limit> limits,
        Vedtekter vedtekter,
        List<Condition> conditions,
        Map<String, FactSource> factSources,
        MadeAgainst madeAgainst,
        Map<String, MadeAgainst> additionalMadeAgainst,
        VerificationStatus verification,
        String source,
        String note,
        @JsonIgnore SourceLocation location) {

    public TrialAuthority {
        additionalProvisions = nonNull(additionalProvisions);
        additionalProvisionParts = additionalProvisionParts == null ? Map.of() : Map.copyOf(additionalProvisionParts);
        formerLabels = nonNull(formerLabels);
        trialTypes = nonNull(trialTypes);
        applicants = nonNull(applicants);
        decisionMakers = nonNull(decisionMakers);
        limits = nonNull(limits);
        conditions = nonNull(conditions);
        factSources = factSources == null ? Map.of() : Map.copyOf(factSources);
        additionalMadeAgainst = additionalMadeAgainst == null ? Map.of() : Map.copyOf(additionalMadeAgainst);
    }

    static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    public TrialAuthority withLocation(SourceLocation where) {
        return new TrialAuthority(id, provision, additionalProvisions, additionalProvisionParts, provisionPart,
                provisionInData, wordingInData, citation, title, kind, validFrom, validTo, predecessor, successor,
                formerLabels, covers, trialTypes, applicants, applicantsNamedInText, applicantRole, maxUnits,
                centralInitiativeOnly, centralInitiativeAllowed, conditionsSetInDecision, decisionMakers, decisionForm,
                duration, allowsRightsRestriction, rightsRestrictionScope, allowsConfidentialityExemption,
                forsoksloven4Applies, limits, vedtekter, conditions, factSources, madeAgainst, additionalMadeAgainst,
                verification, source, note, where);
    }

    /** In force on the date (the authority's own validity). */
    public boolean validOn(LocalDate date) {
        return (validFrom == null || !date.isBefore(validFrom)) && (validTo == null || !date.isAfter(validTo));
    }

    /** The decision makers on a date for an administration level (KOMMUNESEKTOR first, as the delegation reads). */
    public List<DecisionMaker> decisionMakersOn(LocalDate date) {
        return decisionMakers.stream().filter(d -> d.validOn(date)).toList();
    }

    public Optional<Letter> letter(String letter) {
        return covers == null ? Optional.empty()
                : covers.letters().stream().filter(l -> l.letter().equalsIgnoreCase(letter)).findFirst();
    }

    /** The kinds of authority: the general act, a sector provision for the whole act or a defined subject, or a power only the state uses. */
    public enum AuthorityKind {
        FORSOKSLOVEN, SECTOR_GENERAL, SECTOR_CONCRETE, STATE_INSTRUMENT
    }

    /** How the authority is exercised. */
    public enum DecisionForm {
        APPROVAL, CONSENT, REGULATION, DELEGATED_REGULATION, PERMIT, DECISION
    }

    /** The administration a trial takes place in, which decides who decides under forsøksloven. */
    public enum Administration {
        KOMMUNESEKTOR, REGIONAL_LOCAL_STATE, CENTRAL_STATE
    }

    /** Whether a body decides by statute or by delegation. */
    public enum DecisionRole {
        STATUTORY, DELEGATE
    }

    /** Where a condition comes from. */
    public enum ConditionBasis {
        STATUTE, SCHEME, PRACTICE
    }

    /** A § label the provision had before a renumbering. */
    public record FormerLabel(String label, LocalDate validFrom, LocalDate validTo, String note) {
    }

    /**
     * What an authority may set aside.
     *
     * @param documents         the acts (and, with regulationsUnder, regulations made under them) it covers
     * @param allDocuments      forsøksloven: any act or regulation, within its letters and limits
     * @param subject           for a concrete authority: what the trial must be about
     * @param letters           forsøksloven § 3 første ledd a–d (or the letters of another provision)
     * @param confidentialityLifted confidentiality rules the authority allows a trial to set aside (barnevern)
     * @param subjectSignals words in an application that show the trial is of the authority's subject (catskiing,
     *                       self-driving vehicles): a concrete authority then fits the exemption
     */
    public record Coverage(
            List<String> documents,
            boolean allDocuments,
            Boolean regulationsUnder,
            LocalizedText subject,
            Keywords subjectSignals,
            List<Letter> letters,
            List<ConfidentialityLift> confidentialityLifted,
            Boolean commonRegisterAllowed) {
        public Coverage {
            documents = nonNull(documents);
            letters = nonNull(letters);
            confidentialityLifted = nonNull(confidentialityLifted);
            subjectSignals = subjectSignals == null ? Keywords.NONE : subjectSignals;
        }

        public boolean includesRegulationsUnder() {
            return Boolean.TRUE.equals(regulationsUnder);
        }
    }

    /**
     * One letter of a trial provision, e.g. forsøksloven § 3 første ledd bokstav d (enhetsfylke).
     *
     * @param classificationKinds provisions of these kinds fall under the letter
     * @param signals             words in the application that point to the letter (bokmål, nynorsk)
     * @param signalsIn           where to look for them: "deviation" (the exemption's own text) and/or "application"
     *                            (title, description, purpose: for letters that characterise the whole trial)
     * @param requiresSignal      true when the kinds alone are not enough (enhetsfylke is a trial type, not a kind of rule)
     */
    public record Letter(
            String letter,
            ProvisionId provision,
            LocalizedText covers,
            List<ClassificationKind> classificationKinds,
            List<ProvisionId> overridesLimits,
            Keywords signals,
            List<String> signalsIn,
            Boolean requiresSignal,
            String source,
            VerificationStatus verification) {
        public Letter {
            classificationKinds = nonNull(classificationKinds);
            overridesLimits = nonNull(overridesLimits);
            signals = signals == null ? Keywords.NONE : signals;
            signalsIn = signalsIn == null || signalsIn.isEmpty() ? List.of("deviation") : List.copyOf(signalsIn);
            requiresSignal = Boolean.TRUE.equals(requiresSignal);
        }
    }

    /** A confidentiality rule a trial may set aside (barnevernsloven § 15-13 andre ledd). */
    public record ConfidentialityLift(String document, String part, ProvisionId provision, List<ProvisionId> provisions,
                                      String label, LocalDate validFrom) {
        public ConfidentialityLift {
            provisions = nonNull(provisions);
        }
    }

    /** Who decides, dated, and for which administration and applicants. */
    public record DecisionMaker(
            String body,
            String namedInSource,
            DecisionRole role,
            DecisionScope appliesTo,
            LocalDate validFrom,
            LocalDate validTo,
            String source,
            VerificationStatus verification,
            String note) {

        public boolean validOn(LocalDate date) {
            return (validFrom == null || !date.isBefore(validFrom)) && (validTo == null || !date.isAfter(validTo));
        }
    }

    /** The administration levels and applicant types a decision maker is for (empty lists: all). */
    public record DecisionScope(List<Administration> administration, List<ApplicantType> applicants) {
        public DecisionScope {
            administration = nonNull(administration);
            applicants = nonNull(applicants);
        }
    }

    /**
     * Duration limits: a first period of at most maxYears, an extension of at most extensionYears, and, where
     * extendableUntilReform, until a planned or decided reform enters into force. Null numbers: no limit stated.
     */
    public record DurationLimits(Integer maxYears, Integer extensionYears, boolean extendableUntilReform,
                                 Boolean extendable, Boolean timeLimited) {
    }

    /**
     * A limit on what trials under this authority may set aside (forsøksloven § 4).
     *
     * @param documents  acts whose provisions are presumed to fall within the limit when our catalogue has no
     *                   classification for them (forvaltningsloven for bokstav b, kommuneloven for bokstav a): the
     *                   presumption gives a REVIEW, never a BLOCKER
     * @param rebuttedBy kinds that say a provision is outside the limit (KOMMUNELOV_NOT_FUNDAMENTAL): a verified one
     *                   rebuts the presumption, an unverified one leaves it for review
     */
    public record Limit(
            String code,
            ProvisionId provision,
            List<ClassificationKind> classificationKinds,
            boolean absolute,
            LocalizedText allowedIf,
            String evidence,
            List<String> exceptForLetters,
            List<String> documents,
            List<ClassificationKind> rebuttedBy,
            String source,
            VerificationStatus verification) {
        public Limit {
            classificationKinds = nonNull(classificationKinds);
            exceptForLetters = nonNull(exceptForLetters);
            documents = nonNull(documents);
            rebuttedBy = nonNull(rebuttedBy);
        }
    }

    /** The local regulation (vedtekter) a trial under this authority needs. */
    public record Vedtekter(
            boolean required,
            String adoptedBy,
            String approvedBy,
            boolean fvl37Applies,
            boolean approverMayMakeMinorChanges,
            String minorChangesDelegableTo,
            String source,
            VerificationStatus verification) {
    }

    /**
     * One of the authority's own conditions (e.g. opplæringslova § 29-3: ethically sound).
     *
     * @param evidence which application field shows it: purpose, evaluationPlan, description, duration,
     *                 localRegulation, hearing, councilDecision or none
     * @param signals  words in the application's title, description or purpose that suggest the condition may not
     *                 be met (e.g. "hele landet" for a limited scale)
     */
    public record Condition(
            String code,
            LocalizedText text,
            String evidence,
            ConditionBasis basis,
            List<ApplicantType> appliesToApplicants,
            Keywords signals,
            String source,
            VerificationStatus verification,
            String note) {
        public Condition {
            appliesToApplicants = nonNull(appliesToApplicants);
            signals = signals == null ? Keywords.NONE : signals;
        }
    }

    /** The source and verification of one fact of the entry. */
    public record FactSource(String source, VerificationStatus verification, String note) {
    }
}
