package no.forsokssjekk.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import no.forsokssjekk.Forsokssjekk;
import no.forsokssjekk.contract.ContractJson;
import no.forsokssjekk.corpus.Ledd;
import no.forsokssjekk.corpus.ListItem;
import no.forsokssjekk.corpus.ProvisionInfo;
import no.forsokssjekk.corpus.catalogue.Classification;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code show ID|CITATION}: one provision with our summary, classifications and (when loaded) Lovdata's text. */
@Command(name = "show", mixinStandardHelpOptions = true, description = "Vis én bestemmelse (id eller sitat).")
final class ShowCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    EngineOptions engineOptions;

    @Parameters(index = "0", arity = "1..*", paramLabel = "BESTEMMELSE",
            description = "Id (LOV-1992-06-26-87/§4) eller sitat («forsøksloven § 4»).")
    List<String> words;

    @Option(names = "--json", description = "Skriv som JSON.")
    boolean json;

    @Override
    public Integer call() {
        String query = String.join(" ", words);
        Forsokssjekk engine = engineOptions.engine();
        ProvisionInfo p = engine.provision(query).orElseThrow(() -> new CliInputException(
                "Finner ingen bestemmelse for «" + query + "». Oppgi en id (LOV-1992-06-26-87/§4) eller et sitat "
                        + "(«forsøksloven § 4»)."));
        var out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", p.id().toString());
            m.put("citation", p.citation());
            m.put("title", p.title());
            m.put("lawTitle", p.document().title());
            m.put("ministry", p.document().ministry().orElse(null));
            m.put("summary", p.catalogueEntry().map(e -> e.summary()).orElse(null));
            m.put("classifications", p.curatedClassifications());
            m.put("text", p.lovdataText().map(t -> t.ledd()).orElse(null));
            out.println(ContractJson.write(m));
        } else {
            out.println(p.citation() + (p.title().isBlank() ? "" : ". " + p.title()));
            out.println(p.document().title());
            p.document().ministry().ifPresent(m -> out.println("Departement: " + m));
            p.catalogueEntry().ifPresent(e -> {
                out.println();
                out.println("Sammendrag: " + e.summary().nb());
                for (Classification c : e.classifications()) {
                    out.println("Klassifisering: " + c.kind() + " (" + c.status() + ") – " + c.reason());
                }
            });
            p.lovdataText().ifPresent(t -> {
                out.println();
                for (Ledd l : t.ledd()) {
                    out.println("(" + l.number() + ") " + l.text());
                    for (ListItem i : l.items()) out.println("    " + i.label() + ". " + i.plainText());
                }
            });
        }
        out.flush();
        return Main.OK;
    }
}
