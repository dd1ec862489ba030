package no.forsokssjekk.assessment.rules.facts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/** Small helpers for rule consequences: lists of exemption indices and codes as message values. */
public final class Values {
    private Values() {
    }

    /** "0,2,3": the exemptions, sorted, for the {@code exemptions} message value. */
    public static String indices(Collection<?> indices) {
        TreeSet<Integer> sorted = new TreeSet<>();
        for (Object o : indices) if (o instanceof Integer i) sorted.add(i);
        return String.join(",", sorted.stream().map(String::valueOf).toList());
    }

    /** "A,B": codes in the order given, without repeats, for the {@code conditions} message value. */
    public static String codes(Collection<?> codes) {
        List<String> out = new ArrayList<>();
        for (Object o : codes) if (o != null && !out.contains(o.toString())) out.add(o.toString());
        return String.join(",", out);
    }

    /** The sources of a finding: the given ids, then more ids, without repeats or nulls. */
    public static List<String> sources(Object... ids) {
        List<String> out = new ArrayList<>();
        for (Object o : ids) {
            if (o instanceof Collection<?> c) {
                for (Object x : c) if (x != null && !out.contains(x.toString())) out.add(x.toString());
            } else if (o != null && !out.contains(o.toString())) {
                out.add(o.toString());
            }
        }
        return out;
    }

    /** Texts joined as sentences, without repeats, in a stable order. */
    public static String sentences(Collection<?> texts) {
        java.util.TreeSet<String> sorted = new java.util.TreeSet<>();
        for (Object o : texts) if (o != null && !o.toString().isBlank()) sorted.add(o.toString().strip());
        return String.join(" ", sorted);
    }

    public static String text(Object o) {
        return o == null ? null : o.toString();
    }
}
