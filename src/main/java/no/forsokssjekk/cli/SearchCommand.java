package no.forsokssjekk.cli;

import no.forsokssjekk.io.InputProblem;
import no.forsokssjekk.io.InvalidInputException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import no.forsokssjekk.Forsokssjekk;
import no.forsokssjekk.contract.ContractJson;
import no.forsokssjekk.corpus.DocumentKind;
import no.forsokssjekk.corpus.Language;
import no.forsokssjekk.search.KeyClassification;
import no.forsokssjekk.search.SearchFilters;
import no.forsokssjekk.search.SearchHit;
import no.forsokssjekk.search.SearchOptions;
import no.forsokssjekk.search.SearchResult;
import no.forsokssjekk.search.SearchResultJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code search [--json] [--limit N] [--offset N] [--lang nb|nn] [filters] QUERY…}: finds provisions by citation or in
 * the user's own words. {@code --json} prints {@code {query, total, hits: [...]}} (docs/schema/search-result.schema.json).
 */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Søk etter bestemmelser: med sitat («oppl. § 14-3») eller med egne ord («bemanningsnorm barnehage»).",
                "Første gang bygges søkeindeksen (med Lovdata-data: i datamappen, om lag et halvt minutt)."})
final class SearchCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    EngineOptions engineOptions;

    @Parameters(arity = "1..*", paramLabel = "SØK", description = "Søkeordene eller sitatet.")
    List<String> words;

    @Option(names = "--json", description = "Skriv resultatet som JSON.")
    boolean json;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "Antall treff (1–100, standard 10).")
    int limit;

    @Option(names = "--offset", paramLabel = "N", defaultValue = "0", description = "Hopp over de første N treffene.")
    int offset;

    @Option(names = "--lang", paramLabel = "nb|nn", defaultValue = "nb", description = "Språk for meldinger og sammendrag.")
    String lang;

    @Option(names = "--date", paramLabel = "ÅÅÅÅ-MM-DD", description = "Loven slik den gjaldt denne dagen (standard: i dag).")
    String date;

    @Option(names = "--law", paramLabel = "LOV", description = "Bare i denne loven eller forskriften (navn eller id); kan gjentas.")
    List<String> laws;

    @Option(names = "--ministry", paramLabel = "DEPARTEMENT", description = "Bare for dette departementet; kan gjentas.")
    List<String> ministries;

    @Option(names = "--area", paramLabel = "RETTSOMRÅDE", description = "Bare i dette rettsområdet (Lovdatas øverste nivå); kan gjentas.")
    List<String> areas;

    @Option(names = "--sector", paramLabel = "SEKTOR", description = "Bare i denne sektoren (barnehage, utdanning …); kan gjentas.")
    List<String> sectors;

    @Option(names = "--kind", paramLabel = "lov|forskrift", description = "Bare lover eller bare forskrifter.")
    String kind;

    @Option(names = "--own-trial-provision", negatable = true,
            description = "Bare lover med (eller med --no-own-trial-provision: uten) egen forsøkshjemmel.")
    Boolean ownTrialProvision;

    @Option(names = "--current-only", description = "Utelat opphevede bestemmelser og lover.")
    boolean currentOnly;

    @Option(names = "--facets", description = "Tell treff per lov, departement, rettsområde, sektor og type.")
    boolean facets;

    @Override
    public Integer call() {
        String query = String.join(" ", words).strip();
        if (query.isEmpty()) throw new CliInputException("Skriv inn noe å søke etter.");
        SearchOptions options = options();
        Forsokssjekk engine = engineOptions.engine();
        SearchResult r;
        try {
            r = engine.search(query, options);
        } catch (InvalidInputException e) {
            // name the option the user typed, not the library's field
            InputProblem p = e.problems().get(0);
            if (!p.field().equals("filters.laws")) throw e;
            throw new InvalidInputException(InputProblem.of("--law", p.message(), p.accepted()));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(ContractJson.write(SearchResultJson.of(r, options)));
        } else {
            print(r, options, out);
        }
        out.flush();
        return Main.OK;
    }

    private SearchOptions options() {
        if (limit < 1 || limit > SearchOptions.MAX_LIMIT) {
            throw new CliInputException("--limit må være mellom 1 og " + SearchOptions.MAX_LIMIT + ", ikke " + limit + ".");
        }
        if (offset < 0 || offset > SearchOptions.MAX_OFFSET) {
            throw new CliInputException("--offset må være mellom 0 og " + SearchOptions.MAX_OFFSET + ", ikke " + offset + ".");
        }
        Language language = Language.fromCode(lang).orElseThrow(() ->
                new CliInputException("--lang må være nb eller nn, ikke «" + lang + "»."));
        LocalDate on = null;
        if (date != null) {
            try {
                on = LocalDate.parse(date);
            } catch (DateTimeParseException e) {
                throw new CliInputException("--date må være en dato som 2026-08-01, ikke «" + date + "».");
            }
        }
        Set<DocumentKind> kinds = EnumSet.noneOf(DocumentKind.class);
        if (kind != null) {
            switch (kind.strip().toLowerCase(java.util.Locale.ROOT)) {
                case "lov", "law" -> kinds.add(DocumentKind.LAW);
                case "forskrift", "regulation" -> kinds.add(DocumentKind.REGULATION);
                default -> throw new CliInputException("--kind må være lov eller forskrift, ikke «" + kind + "».");
            }
        }
        SearchFilters filters = new SearchFilters(set(laws), set(ministries), set(areas), set(sectors), kinds,
                ownTrialProvision, !currentOnly);
        return new SearchOptions(limit, offset, language, on, filters, facets);
    }

    private static Set<String> set(List<String> values) {
        return values == null ? Set.of() : new LinkedHashSet<>(values);
    }

    /** A readable list in Norwegian: citation and heading, the law, the marked text, the trial authority. */
    static void print(SearchResult r, SearchOptions o, PrintWriter out) {
        boolean nn = o.language() == Language.NN;
        for (SearchResult.Notice n : r.notices()) out.println("Merk: " + n.message());
        if (r.hits().isEmpty()) {
            out.println(nn ? "Ingen treff på «" + r.query() + "»." : "Ingen treff på «" + r.query() + "».");
            return;
        }
        String total = (r.totalExact() ? "" : nn ? "over " : "over ") + r.total();
        out.println((nn ? "Treff " : "Treff ") + (r.offset() + 1) + "–" + (r.offset() + r.hits().size()) + " av " + total
                + " for «" + r.query() + "»" + (r.expansions().isEmpty() ? "" : (nn ? " (søkte òg etter: " : " (søkte også etter: ")
                + String.join(", ", r.expansions().subList(0, Math.min(5, r.expansions().size()))) + ")") + ":");
        int i = r.offset();
        for (SearchHit h : r.hits()) {
            i++;
            var p = h.provision();
            out.println();
            out.println(i + ". " + p.citation() + (p.title().isBlank() ? "" : " – " + p.title())
                    + (p.repealed() ? (nn ? " (oppheva)" : " (opphevet)") : ""));
            out.println("   " + p.document().title());
            String snippet = h.snippet().marked().replace("<mark>", "«").replace("</mark>", "»");
            if (!snippet.isBlank()) {
                out.println("   " + (h.ledd() == null ? "" : "(" + h.ledd() + ". ledd) ") + snippet);
            }
            var a = h.trialAuthority();
            if (a != null) {
                out.println("   " + (nn ? "Forsøksheimel: " : "Forsøkshjemmel: ")
                        + (a.citation() != null ? a.citation() : a.note()));
            }
            if (!h.classifications().isEmpty()) {
                out.println("   " + String.join(", ", h.classifications().stream().map(KeyClassification::label)
                        .distinct().toList()));
            }
            out.println("   id: " + p.id());
        }
        for (SearchResult.Facet f : r.facets()) {
            out.println();
            out.println(f.dimension() + ": " + String.join("; ", f.values().stream()
                    .map(v -> v.label() + " (" + v.count() + ")").toList()));
        }
    }
}
