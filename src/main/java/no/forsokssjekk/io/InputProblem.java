package no.forsokssjekk.io;

/**
 * One thing wrong with some input: where (file and line when known), which field, what was wrong, what is accepted.
 *
 * @param location "legal-corpus/laws/kommuneloven.yaml:12", "application.json line 4" or "" when not applicable
 * @param field    JSON-path-like field name ("exemptions[2].provision"), or "" for the whole input
 */
public record InputProblem(String location, String field, String message, String accepted) {

    public static InputProblem of(String field, String message, String accepted) {
        return new InputProblem("", field, message, accepted);
    }

    /** One line for a terminal or a log: {@code where: field 'x': message (accepted: …)}. */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        if (location != null && !location.isBlank()) sb.append(location).append(": ");
        if (field != null && !field.isBlank()) sb.append("field '").append(field).append("': ");
        sb.append(message);
        if (accepted != null && !accepted.isBlank()) sb.append(" (accepted: ").append(accepted).append(')');
        return sb.toString();
    }
}
