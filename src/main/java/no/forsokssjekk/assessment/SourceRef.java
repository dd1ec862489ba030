package no.forsokssjekk.assessment;

/** A legal source a finding rests on: a provision id (or document id) and its citation in Norwegian. */
public record SourceRef(String id, String citation) {
}
