package no.forsokssjekk.io;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.PropertyBindingException;
import tools.jackson.databind.exc.ValueInstantiationException;

/** Turns Jackson's exceptions into {@link InputProblem}s a user can act on: field, what was wrong, what is accepted. */
public final class JacksonProblems {
    private JacksonProblems() {
    }

    public static InputProblem describe(JacksonException e, String source) {
        String field = path(e);
        String location = location(e, source);
        if (e instanceof PropertyBindingException pbe) {
            Collection<Object> known = pbe.getKnownPropertyIds();
            String accepted = known == null ? "" : known.stream().map(String::valueOf).sorted()
                    .collect(Collectors.joining(", "));
            return new InputProblem(location, field, "unknown field '" + pbe.getPropertyName() + "'", accepted);
        }
        if (e instanceof InvalidFormatException ife) {
            Class<?> target = ife.getTargetType();
            String accepted = acceptedFor(target);
            return new InputProblem(location, field, "'" + ife.getValue() + "' is not a valid " + typeName(target),
                    accepted);
        }
        if (e instanceof ValueInstantiationException vie && vie.getCause() != null) {
            Throwable cause = vie.getCause();
            if (cause instanceof InvalidInputException iie && !iie.problems().isEmpty()) {
                InputProblem p = iie.problems().get(0);
                String f = p.field().isBlank() ? field : (field.isBlank() ? p.field() : field + "." + p.field());
                return new InputProblem(location, f, p.message(), p.accepted());
            }
            return new InputProblem(location, field, cause.getMessage(), "");
        }
        if (e instanceof MismatchedInputException mie) {
            Class<?> target = mie.getTargetType();
            String accepted = target == null ? "" : acceptedFor(target);
            String msg = mie.getOriginalMessage();
            if (msg != null && msg.startsWith("Missing required creator property")) {
                return new InputProblem(location, field, "is required", accepted);
            }
            return new InputProblem(location, field, "has the wrong type or shape"
                    + (target == null ? "" : ": expected " + typeName(target)), accepted);
        }
        String msg = e.getOriginalMessage();
        if (msg == null) msg = e.getClass().getSimpleName();
        // syntax errors: keep Jackson's first sentence, it says what character was unexpected
        int cut = msg.indexOf('\n');
        if (cut > 0) msg = msg.substring(0, cut);
        return new InputProblem(location, field, "malformed input: " + msg, "");
    }

    static String path(JacksonException e) {
        StringBuilder sb = new StringBuilder();
        List<JacksonException.Reference> refs = e.getPath();
        for (JacksonException.Reference r : refs) {
            if (r.getPropertyName() != null) {
                if (!sb.isEmpty()) sb.append('.');
                sb.append(r.getPropertyName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    static String location(JacksonException e, String source) {
        TokenStreamLocation loc = e.getLocation();
        if (loc == null || loc.getLineNr() < 1) return source == null ? "" : source;
        return (source == null || source.isBlank() ? "line " : source + ":") + loc.getLineNr();
    }

    private static String typeName(Class<?> type) {
        if (type == null) return "value";
        if (type.isEnum()) return "value";
        if (type == java.time.LocalDate.class) return "date";
        if (type == Boolean.class || type == boolean.class) return "boolean";
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) return "number";
        if (type == String.class) return "text";
        if (Collection.class.isAssignableFrom(type)) return "list";
        return "object";
    }

    private static String acceptedFor(Class<?> type) {
        if (type == null) return "";
        if (type.isEnum()) {
            return Arrays.stream(type.getEnumConstants()).map(String::valueOf).collect(Collectors.joining(", "));
        }
        if (type == java.time.LocalDate.class) return "an ISO date such as 2027-08-01";
        if (type == Boolean.class || type == boolean.class) return "true, false";
        if (type == String.class) return "a text";
        if (Collection.class.isAssignableFrom(type)) return "a list";
        return "";
    }
}
