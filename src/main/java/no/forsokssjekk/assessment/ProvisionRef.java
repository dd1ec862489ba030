package no.forsokssjekk.assessment;

/** The provision an exemption was resolved to. */
public record ProvisionRef(String id, String citation, String title, String lawTitle, String ministry) {
}
