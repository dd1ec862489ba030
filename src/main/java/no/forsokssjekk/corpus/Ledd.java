package no.forsokssjekk.corpus;

import java.util.List;

/**
 * One ledd (subsection) of a §: its own text (without list items; continuation text after a list is appended)
 * and its lettered/numbered items.
 */
public record Ledd(int number, String text, List<ListItem> items) {
    public Ledd {
        items = List.copyOf(items);
    }

    public String plainText() {
        StringBuilder sb = new StringBuilder(text);
        for (ListItem i : items) sb.append(' ').append(i.plainText());
        return sb.toString().strip();
    }
}
