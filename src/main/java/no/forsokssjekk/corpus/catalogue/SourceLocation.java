package no.forsokssjekk.corpus.catalogue;

/** Where a catalogue entry was read from, for error messages and maintainers ("laws/kommuneloven.yaml:3"). */
public record SourceLocation(String file, int line) {
    public static final SourceLocation UNKNOWN = new SourceLocation("?", 0);

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line : file;
    }
}
