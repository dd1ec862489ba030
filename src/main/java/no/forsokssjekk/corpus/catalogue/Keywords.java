package no.forsokssjekk.corpus.catalogue;

import java.util.ArrayList;
import java.util.List;

/** Everyday words and phrases a user would search with, in bokmål and nynorsk. */
public record Keywords(List<String> nb, List<String> nn) {
    public static final Keywords NONE = new Keywords(List.of(), List.of());

    public Keywords {
        nb = nb == null ? List.of() : List.copyOf(nb);
        nn = nn == null ? List.of() : List.copyOf(nn);
    }

    public List<String> all() {
        List<String> all = new ArrayList<>(nb);
        all.addAll(nn);
        return all;
    }
}
