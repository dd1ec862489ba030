package no.forsokssjekk.corpus;

import java.util.List;

/** A lettered or numbered item in a ledd ({@code label} "a", "1", "i"; "" for unlabelled bullets). */
public record ListItem(String label, String text, List<ListItem> items) {
    public ListItem {
        items = List.copyOf(items);
    }

    public String plainText() {
        StringBuilder sb = new StringBuilder(text);
        for (ListItem i : items) sb.append(' ').append(i.plainText());
        return sb.toString().strip();
    }
}
