package no.forsokssjekk.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import no.forsokssjekk.assessment.rules.MessageBundle;
import no.forsokssjekk.assessment.rules.RuleBase;
import no.forsokssjekk.io.ResourceTree;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rules validate [DIR]}: compiles the rule files and checks their metadata and message bundles. */
@Command(name = "rules", mixinStandardHelpOptions = true, description = "Arbeid med regelfilene.",
        subcommands = RulesCommand.Validate.class)
final class RulesCommand implements Runnable {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "validate", mixinStandardHelpOptions = true,
            description = "Kompiler reglene og kontroller metadata og meldinger; feil vises med fil og linje.")
    static final class Validate implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", arity = "0..1", paramLabel = "MAPPE",
                description = "Regelmappen (standard: de innebygde reglene).")
        Path folder;

        @Override
        public Integer call() {
            ResourceTree tree;
            if (folder != null) {
                EngineOptions.requireFolder(folder, "MAPPE");
                tree = ResourceTree.directory(folder);
            } else {
                tree = ResourceTree.classpath("forsokssjekk/rules");
            }
            RuleBase rules = RuleBase.build(tree);
            MessageBundle messages = MessageBundle.load(tree);
            long missing = rules.rules().stream().filter(r -> !messages.has(r.id() + ".message")).count();
            var out = spec.commandLine().getOut();
            out.println("Reglene i " + tree.origin() + " er gyldige: " + rules.rules().size() + " regler, "
                    + messages.keys().size() + " meldinger.");
            if (missing > 0) out.println("Merk: " + missing + " regler har ingen egen melding.");
            out.flush();
            return Main.OK;
        }
    }
}
