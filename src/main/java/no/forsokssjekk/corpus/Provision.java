package no.forsokssjekk.corpus;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One § of a law or regulation as Lovdata publishes it.
 *
 * @param id            the §-level id ({@code LOV-1992-06-26-87/§4})
 * @param displayNumber the number as printed ("§ 4", "§ 6 a", "Art 2")
 * @param title         the § heading, or "" when the § has none
 * @param chapterPath   headings of the enclosing parts and chapters, outermost first
 * @param repealedDate  set for a repealed stub ("(Opphevet)")
 * @param omitted       the text is omitted in the consolidation ("– – –")
 * @param history       Lovdata's amendment note ("Endret ved …"); not legal text
 * @param references    ids of provisions or documents the text links to
 * @param textHash      the § text hash (see legal-corpus/README.md) used for drift detection
 * @param footnotes     Lovdata's footnotes in the § ("1 Trer i kraft …"); not legal text
 * @param notes         non-normative text inside the § (editorial remarks such as "(Opphevet ved grunnlovsvedtak …)")
 */
public record Provision(
        ProvisionId id,
        String displayNumber,
        String title,
        List<String> chapterPath,
        List<Ledd> ledd,
        LocalDate repealedDate,
        boolean omitted,
        String history,
        List<String> references,
        String textHash,
        List<String> footnotes,
        List<String> notes) {

    public Provision {
        chapterPath = List.copyOf(chapterPath);
        ledd = List.copyOf(ledd);
        references = List.copyOf(references);
        title = title == null ? "" : title;
        history = history == null ? "" : history;
        footnotes = footnotes == null ? List.of() : List.copyOf(footnotes);
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    /** A § without footnotes or editorial notes. */
    public Provision(ProvisionId id, String displayNumber, String title, List<String> chapterPath, List<Ledd> ledd,
                     LocalDate repealedDate, boolean omitted, String history, List<String> references,
                     String textHash) {
        this(id, displayNumber, title, chapterPath, ledd, repealedDate, omitted, history, references, textHash,
                List.of(), List.of());
    }

    public boolean repealed() {
        return repealedDate != null;
    }

    public Optional<Ledd> ledd(int number) {
        return ledd.stream().filter(l -> l.number() == number).findFirst();
    }

    /** The whole normative text, ledd by ledd, separated by blank lines. */
    public String plainText() {
        return ledd.stream().map(Ledd::plainText).collect(Collectors.joining("\n\n"));
    }
}
