package no.forsokssjekk.assessment;

/**
 * The receipt that lets an assessment be reproduced: engine release, rule-set and catalogue content hashes, and the
 * date of the Lovdata data loaded (null when only the embedded catalogue is loaded).
 */
public record Versions(String engine, String rules, String corpus, String lovdataDataset) {
}
