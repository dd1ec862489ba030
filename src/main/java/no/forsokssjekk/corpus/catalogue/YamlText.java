package no.forsokssjekk.corpus.catalogue;

/** Finds the line of a value in a YAML file, so that semantic errors (dangling ids) can name file and line. */
final class YamlText {
    private final String[] lines;

    YamlText(String text) {
        this.lines = text.split("\n", -1);
    }

    /** 1-based line of the first line at or after {@code fromLine} that contains {@code needle}; 0 when absent. */
    int lineOf(String needle, int fromLine) {
        if (needle == null || needle.isEmpty()) return 0;
        for (int i = Math.max(0, fromLine - 1); i < lines.length; i++) {
            if (lines[i].contains(needle)) return i + 1;
        }
        return fromLine > 1 ? lineOf(needle, 1) : 0;
    }

    int lineOf(String needle) {
        return lineOf(needle, 1);
    }
}
