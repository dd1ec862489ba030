package no.forsokssjekk.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import no.forsokssjekk.assessment.rules.MessageBundle;
import no.forsokssjekk.assessment.rules.RuleBase;
import no.forsokssjekk.assessment.rules.RuleTexts;
import no.forsokssjekk.io.ResourceTree;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code rules validate [DIR]}: compiles the rule files and checks their metadata (a stable id and a legal source per
 * rule) and their texts in bokmål and nynorsk; every problem is reported with file and line or key.
 */
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
            RuleTexts.require(rules, messages);
            long classifying = rules.rules().stream().filter(RuleBase.RuleInfo::classifies).count();
            var out = spec.commandLine().getOut();
            out.println("Reglene i " + tree.origin() + " er gyldige: " + rules.rules().size() + " regler ("
                    + classifying + " klassifiserende, " + (rules.rules().size() - classifying) + " avgjørende), "
                    + messages.keys().size() + " meldinger på bokmål og nynorsk.");
            out.flush();
            return Main.OK;
        }
    }
}
